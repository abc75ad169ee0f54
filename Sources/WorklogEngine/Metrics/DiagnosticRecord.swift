import WorklogModel

/// A diagnostic with the intern and week it belongs to, when known.
public struct DiagnosticRecord: Sendable, Hashable {
    public var diagnostic: Diagnostic
    public var intern: String?
    public var week: Int?
}
