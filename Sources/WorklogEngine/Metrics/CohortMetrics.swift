import WorklogModel

/// SPEC 6 metrics of the whole cohort: pooled across interns, never averages of averages.
public struct CohortMetrics: Sendable, Hashable {
    public var interns: [InternMetrics]
    /// One per week number that any intern has, ascending.
    public var weeks: [CohortWeekMetrics]
    public var topicWeeks: [TopicWeekCount]
    public var tasks: Int
    /// Intern-weeks that hold a task.
    public var internWeeksWithTask: Int
    /// tasks ÷ intern-weeks with a task.
    public var tasksPerWeek: Double?
    /// Pooled over every day entry.
    public var tasksPerDay: Double?
    public var lag: LagStatistics
    /// Monday first.
    public var tasksByWeekday: [Int]
    /// Distinct topic ids mentioned by anyone, in taxonomy order.
    public var topics: [String]
    /// Share of the curriculum mentioned by at least one intern.
    public var curriculumCoverage: Double?
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    /// Every diagnostic of the run, with its intern and week, sorted.
    public var diagnostics: [DiagnosticRecord]
    /// Issue 8: intern pairs sharing at least 5 texts, sorted by (A, B).
    public var similarity: [SimilarPair] = []
}
