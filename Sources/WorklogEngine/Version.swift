public enum WorklogEngineInfo { public static let version = "0.1.0" }
