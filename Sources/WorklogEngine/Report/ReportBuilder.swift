import WorklogModel

/// Turns a cohort into the SPEC 7 tables: interns, weeks, days, tasks, topics,
/// diagnostics, cohort, topic_weeks, similarity, in that order, rows sorted (intern, week, day entry, task).
public struct ReportBuilder: Sendable {
    public let calculator: MetricsCalculator
    /// Replace intern ids by `intern-001`... everywhere (`--anonymize`).
    public let anonymize: Bool
    /// Issue 8 analysis run by `metrics(for:)` when no result is given; nil skips it (`stats`).
    public var originalityAnalyzer: OriginalityAnalyzer? = OriginalityAnalyzer()

    public static let tableNames = ["interns", "weeks", "days", "tasks", "topics", "diagnostics", "cohort", "topic_weeks",
                                     "similarity"]
    static let weekdayColumns = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    public static let columns: [String: [String]] = [
        "interns": ["intern", "weeks", "first_week", "last_week", "missing_weeks", "tasks", "tasks_per_week",
                    "tasks_per_day", "lag_mean", "lag_median", "lag_p90", "topics_covered", "curriculum_coverage",
                    "errors", "warnings"] + weekdayColumns
            + ["subtasks", "first_date", "last_date", "lag_max", "same_day_share", "infos", "topics"]
            + ["originality", "top_sources", "shared_weeks"],
        "weeks": ["intern", "week", "lang", "other_langs", "style", "day_entries", "tasks", "subtasks",
                  "tasks_per_day", "active_days", "first_date", "last_date", "lag_mean", "lag_median", "lag_p90",
                  "lag_max", "same_day_share", "objectives", "achievements", "references", "topics", "date_order",
                  "diagnostics", "source", "topic_ids"],
        "days": ["intern", "week", "lang", "day_index", "day_label", "weekday", "start_date", "completion_date",
                 "lag_days", "tasks", "subtasks", "references", "source", "topics"],
        "tasks": ["intern", "week", "lang", "day_index", "task_index", "kind", "text", "topics", "source"],
        "topics": ["intern", "topic_id", "topic", "category", "mentions", "weeks", "first_week", "last_week"],
        "diagnostics": ["severity", "code", "intern", "week", "path", "line", "column", "message"],
        "cohort": ["week", "interns_active", "tasks", "tasks_per_day", "lag_median", "lag_mean", "lag_p90",
                   "lag_max"] + weekdayColumns,
        "topic_weeks": ["topic_id", "week", "interns", "topic"],
        "similarity": ["intern_a", "intern_b", "shared", "weeks", "first_date_a", "first_date_b"],
    ]

    public init(taxonomy: Taxonomy, curriculum: Curriculum? = nil, anonymize: Bool = false) {
        self.calculator = MetricsCalculator(taxonomy: taxonomy, curriculum: curriculum)
        self.anonymize = anonymize
    }

    /// The cohort as the report sees it (anonymized when asked).
    public func prepared(_ cohort: Cohort) -> Cohort {
        anonymize ? Anonymizer(internIDs: cohort.interns.map(\.id)).apply(to: cohort) : cohort
    }

    /// Metrics with originality. `originality` is a result for `cohort` as read (ids not yet
    /// anonymized), its `template-copy` warnings already in `cohort` (`OriginalityAnalyzer.apply`);
    /// nil runs `originalityAnalyzer` here. `jobs` interns are measured at once; the result
    /// does not depend on it.
    public func metrics(for cohort: Cohort, originality: OriginalityResult? = nil, jobs: Int = 1) -> CohortMetrics {
        var source = cohort
        var result = originality
        if result == nil, let analyzer = originalityAnalyzer {
            (source, result) = analyzer.apply(to: cohort, jobs: max(1, jobs))
        }
        var metrics = calculator.metrics(for: prepared(source), jobs: jobs)
        guard var result else { return metrics }
        if anonymize {
            let names = Anonymizer(internIDs: cohort.interns.map(\.id)).pseudonyms
            result = result.renamed { names[$0] ?? $0 }
        }
        for i in metrics.interns.indices { metrics.interns[i].originality = result.intern(metrics.interns[i].id) }
        metrics.similarity = result.pairs
        return metrics
    }

    public func build(_ cohort: Cohort) -> [ReportTable] {
        tables(from: metrics(for: cohort))
    }

    public func tables(from metrics: CohortMetrics) -> [ReportTable] {
        let interns = metrics.interns.sorted { $0.id < $1.id }
        return [
            table("interns", interns.map(internRow)),
            table("weeks", interns.flatMap { $0.weeks.sorted { $0.number < $1.number }.map(weekRow) }),
            table("days", interns.flatMap { intern in
                intern.weeks.sorted { $0.number < $1.number }.flatMap { week in
                    week.days.sorted { ($0.index, $0.source) < ($1.index, $1.source) }.map { dayRow($0, week) }
                }
            }),
            table("tasks", interns.flatMap { intern in
                intern.weeks.sorted { $0.number < $1.number }.flatMap { week in
                    week.taskRecords.sorted(by: ReportBuilder.taskOrder).map { taskRow($0, week) }
                }
            }),
            table("topics", interns.flatMap { intern in intern.topics.map { topicRow($0, intern: intern.id) } }),
            table("diagnostics", metrics.diagnostics.map(diagnosticRow)),
            table("cohort", metrics.weeks.map(cohortRow)),
            table("topic_weeks", metrics.topicWeeks.map { count in
                [.text(count.topicID), .integer(count.week), .integer(count.interns),
                 .text(calculator.taxonomy.topic(count.topicID)?.name ?? "")]
            }),
            table("similarity", metrics.similarity.map { pair in
                [.text(pair.internA), .text(pair.internB), .integer(pair.shared), .text(pair.weeksText),
                 date(pair.firstDateA), date(pair.firstDateB)]
            }),
        ]
    }

    private func table(_ name: String, _ rows: [[ReportCell]]) -> ReportTable {
        ReportTable(name: name, columns: ReportBuilder.columns[name] ?? [], rows: rows)
    }

    /// Day entry (loose tasks last), then position.
    static func taskOrder(_ a: TaskRecord, _ b: TaskRecord) -> Bool {
        (a.dayIndex ?? Int.max, a.taskIndex, a.source) < (b.dayIndex ?? Int.max, b.taskIndex, b.source)
    }

    private func internRow(_ intern: InternMetrics) -> [ReportCell] {
        [.text(intern.id), .integer(intern.weeksWithTask.count), int(intern.firstWeek), int(intern.lastWeek),
         list(intern.missingWeeks.map(String.init)), .integer(intern.tasks), .decimal(intern.tasksPerWeek),
         .decimal(intern.tasksPerDay), .decimal(intern.lag.mean), int(intern.lag.median), int(intern.lag.p90),
         .integer(intern.topics.count), .decimal(intern.curriculumCoverage), .integer(intern.errors),
         .integer(intern.warnings)]
            + intern.tasksByWeekday.map { .integer($0) }
            + [.integer(intern.subtasks), date(intern.firstDate), date(intern.lastDate), int(intern.lag.max),
               .decimal(intern.lag.sameDayShare), .integer(intern.infos), list(intern.topics.map(\.topicID))]
            + [.decimal(intern.originality?.originality),
               list(intern.originality?.topSources.map { "\($0.intern):\($0.texts)" } ?? []),
               list(intern.originality?.sharedWeeks.map(String.init) ?? [])]
    }

    private func weekRow(_ week: WeekMetrics) -> [ReportCell] {
        [.text(week.intern), .integer(week.number), .text(week.lang), list(week.otherLangs),
         .text(week.style.rawValue), .integer(week.dayEntries), .integer(week.tasks), .integer(week.subtasks),
         .decimal(week.tasksPerDay), .integer(week.activeDays), date(week.firstDate), date(week.lastDate),
         .decimal(week.lag.mean), int(week.lag.median), int(week.lag.p90), int(week.lag.max),
         .decimal(week.lag.sameDayShare), .integer(week.objectives), .integer(week.achievements),
         .integer(week.references), .integer(week.topics.count), .text(week.dateOrder.rawValue),
         .integer(week.diagnostics), .text(week.source), list(week.topics)]
    }

    private func dayRow(_ day: DayMetrics, _ week: WeekMetrics) -> [ReportCell] {
        [.text(week.intern), .integer(week.number), .text(week.lang), .integer(day.index), .text(day.label),
         int(day.weekday), date(day.start), date(day.completion), int(day.lagDays), .integer(day.tasks),
         .integer(day.subtasks), .integer(day.references), source(day.source), list(day.topics)]
    }

    private func taskRow(_ task: TaskRecord, _ week: WeekMetrics) -> [ReportCell] {
        [.text(week.intern), .integer(week.number), .text(week.lang), int(task.dayIndex), .integer(task.taskIndex),
         .text(task.kind.rawValue), .text(task.text), list(task.topics), source(task.source)]
    }

    private func topicRow(_ topic: InternTopic, intern: String) -> [ReportCell] {
        let info = calculator.taxonomy.topic(topic.topicID)
        return [.text(intern), .text(topic.topicID), .text(info?.name ?? ""), .text(info?.category ?? ""),
                .integer(topic.mentions), .integer(topic.weeks.count), int(topic.firstWeek), int(topic.lastWeek)]
    }

    private func diagnosticRow(_ record: DiagnosticRecord) -> [ReportCell] {
        let d = record.diagnostic
        return [.text(d.severity.rawValue), .text(d.code), record.intern.map { .text($0) } ?? .empty,
                int(record.week), .text(d.location.path), .integer(d.location.line), .integer(d.location.column),
                .text(d.message)]
    }

    private func cohortRow(_ week: CohortWeekMetrics) -> [ReportCell] {
        [.integer(week.week), .integer(week.internsActive), .integer(week.tasks), .decimal(week.tasksPerDay),
         int(week.lag.median), .decimal(week.lag.mean), int(week.lag.p90), int(week.lag.max)]
            + week.tasksByWeekday.map { .integer($0) }
    }

    private func int(_ value: Int?) -> ReportCell { value.map { .integer($0) } ?? .empty }
    private func date(_ value: CalendarDate?) -> ReportCell { value.map { .date($0) } ?? .empty }
    /// `;`-joined; an empty list is an empty cell.
    private func list(_ items: [String]) -> ReportCell { items.isEmpty ? .empty : .text(items.joined(separator: ";")) }
    private func source(_ location: SourceLocation) -> ReportCell { .text("\(location.path):\(location.line)") }
}
