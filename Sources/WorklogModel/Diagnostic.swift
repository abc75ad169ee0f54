/// How bad a finding is. `error` makes the run exit 1; `warning` does so under `--strict`.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case error, warning, info

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A place in an input file. Lines and columns are 1-based; columns count UTF-8 bytes.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// One finding about the input: `path:line:col: severity[code]: message`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public var severity: Severity
    /// Stable kebab-case code, documented in the README (e.g. `date-order-guessed`).
    public var code: String
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ code: String, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(severity.rawValue)[\(code)]: \(message)" }

    /// Fixed order for reports: path, line, column, code, message.
    public static func sortedForReport(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            ($0.location.path, $0.location.line, $0.location.column, $0.code, $0.message)
                < ($1.location.path, $1.location.line, $1.location.column, $1.code, $1.message)
        }
    }
}
