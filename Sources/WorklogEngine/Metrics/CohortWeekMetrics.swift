/// One week number across the cohort (`cohort.csv`).
public struct CohortWeekMetrics: Sendable, Hashable {
    public var week: Int
    /// Interns whose week of that number holds a task.
    public var internsActive: Int
    public var tasks: Int
    /// Pooled over the interns' day entries of that week.
    public var tasksPerDay: Double?
    public var lag: LagStatistics
    /// Monday first.
    public var tasksByWeekday: [Int]
}
