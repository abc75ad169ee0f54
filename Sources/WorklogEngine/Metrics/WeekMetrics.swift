import WorklogModel

/// SPEC 6 metrics of one intern's week.
public struct WeekMetrics: Sendable, Hashable {
    public var intern: String
    public var number: Int
    public var lang: String
    public var otherLangs: [String]
    public var style: WeekStyle
    public var dayEntries: Int
    /// Tasks of the week: in day entries and loose.
    public var tasks: Int
    public var subtasks: Int
    /// Tasks in day entries (loose tasks excluded), the numerator of `tasksPerDay`.
    public var entryTasks: Int
    /// Day entries that hold a task, the denominator of `tasksPerDay`.
    public var entriesWithTask: Int
    /// entryTasks ÷ entriesWithTask; nil without such entries.
    public var tasksPerDay: Double?
    public var activeDays: Int
    public var firstDate: CalendarDate?
    public var lastDate: CalendarDate?
    public var lag: LagStatistics
    public var objectives: Int
    public var achievements: Int
    public var references: Int
    /// Distinct topic ids of the week, in taxonomy order.
    public var topics: [String]
    /// Texts (tasks, subtasks, objectives, achievements, topic texts) that mention each topic.
    public var topicMentions: [String: Int]
    public var dateOrder: DateOrder
    /// Diagnostics of the week's page(s), the engine's `negative-lag` ones included.
    public var diagnostics: Int
    public var source: String
    /// Tasks by weekday of their day entry, Monday first.
    public var tasksByWeekday: [Int]
    public var days: [DayMetrics]
    public var taskRecords: [TaskRecord]
}
