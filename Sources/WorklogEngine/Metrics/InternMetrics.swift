import WorklogModel

/// SPEC 6 metrics of one intern.
public struct InternMetrics: Sendable, Hashable {
    public var id: String
    /// Numbers of the weeks that hold at least one task, ascending.
    public var weeksWithTask: [Int]
    public var firstWeek: Int? { weeksWithTask.first }
    public var lastWeek: Int? { weeksWithTask.last }
    /// Numbers absent between 1 and the last week with a task.
    public var missingWeeks: [Int]
    public var tasks: Int
    public var subtasks: Int
    /// tasks ÷ weeks with a task.
    public var tasksPerWeek: Double?
    public var entryTasks: Int
    public var entriesWithTask: Int
    /// Pooled: tasks in day entries ÷ day entries that hold a task.
    public var tasksPerDay: Double?
    public var firstDate: CalendarDate?
    public var lastDate: CalendarDate?
    public var lag: LagStatistics
    /// Monday first.
    public var tasksByWeekday: [Int]
    /// Topics mentioned, by topic id.
    public var topics: [InternTopic]
    /// Share of the curriculum's topics mentioned; nil for an empty curriculum.
    public var curriculumCoverage: Double?
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    public var weeks: [WeekMetrics]
    /// Issue 8: how much of the log is the intern's own; nil when not analysed.
    public var originality: InternOriginality? = nil
}
