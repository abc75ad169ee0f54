public enum WorklogParserInfo { public static let name = "WorklogParser" }
