import WorklogModel

/// A finding of the originality analysis, with the intern and week it belongs to.
public struct OriginalityDiagnostic: Sendable, Hashable {
    public var intern: String
    public var week: Int
    public var diagnostic: Diagnostic

    public init(intern: String, week: Int, diagnostic: Diagnostic) {
        self.intern = intern
        self.week = week
        self.diagnostic = diagnostic
    }
}
