import WorklogModel

/// Why no summary could be rendered: a diagnostic that says where and what to do.
public struct SummaryError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic

    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    public var description: String { diagnostic.description }
}
