import WorklogModel

/// One task or subtask line of a week, with the topics it mentions.
public struct TaskRecord: Sendable, Hashable {
    /// Index of its day entry; nil for a loose task of a list-style page.
    public var dayIndex: Int?
    /// 1-based position among the lines of its day entry (or among the loose tasks).
    public var taskIndex: Int
    public var kind: TaskKind
    public var text: String
    /// Topic ids, in taxonomy order.
    public var topics: [String]
    public var source: SourceLocation
}
