/// A taxonomy or curriculum file that cannot be used; says where and what to fix.
public struct TaxonomyError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based line, 0 for the file as a whole.
    public var line: Int
    public var message: String

    public init(path: String, line: Int, _ message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
    }
}
