import WorklogModel

/// SPEC 6 metrics of one day entry.
public struct DayMetrics: Sendable, Hashable {
    public var index: Int
    public var label: String
    public var weekday: Int?
    public var start: CalendarDate?
    public var completion: CalendarDate?
    /// completion − start in days, negative values included (they are reported, not used in statistics).
    public var lagDays: Int?
    public var tasks: Int
    public var subtasks: Int
    public var references: Int
    /// Topic ids its tasks, subtasks and topic text mention, in taxonomy order.
    public var topics: [String]
    public var source: SourceLocation
}
