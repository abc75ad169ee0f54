import WorklogModel

/// Computes SPEC 6 metrics from a cohort. Ratios are pooled (SPEC 9); statistics
/// over no values are nil; negative lags are reported and left out of statistics.
public struct MetricsCalculator: Sendable {
    public let matcher: TopicMatcher
    public let curriculum: Curriculum

    /// `curriculum` nil means the taxonomy's `core` topics.
    public init(taxonomy: Taxonomy, curriculum: Curriculum? = nil) {
        self.matcher = TopicMatcher(taxonomy: taxonomy)
        self.curriculum = curriculum ?? .core(of: taxonomy)
    }

    public var taxonomy: Taxonomy { matcher.taxonomy }

    /// `jobs` interns are measured at once; the result does not depend on it.
    public func metrics(for cohort: Cohort, jobs: Int = 1) -> CohortMetrics {
        let perIntern = ParallelMap.run(
            count: cohort.interns.count, workers: jobs, makeState: { () },
            body: { _, index in internMetrics(cohort.interns[index]) })
        var interns: [InternMetrics] = []
        interns.reserveCapacity(perIntern.count)
        var owners: [Diagnostic: (intern: String?, week: Int?)] = [:]
        for (intern, (metrics, extra)) in zip(cohort.interns, perIntern) {
            interns.append(metrics)
            for week in intern.weeks {
                for diagnostic in week.diagnostics where owners[diagnostic] == nil {
                    owners[diagnostic] = (intern.id, week.number)
                }
            }
            for record in extra { owners[record.diagnostic] = (record.intern, record.week) }
            for diagnostic in intern.diagnostics where owners[diagnostic] == nil {
                owners[diagnostic] = (intern.id, nil)
            }
        }
        // Diagnostics outside any week or intern list: attribute by path, longest id first.
        let idsByLength = cohort.interns.map(\.id).sorted { ($0.count, $0) > ($1.count, $1) }
        for diagnostic in cohort.diagnostics where owners[diagnostic] == nil {
            let path = diagnostic.location.path
            let owner = idsByLength.first { path == $0 || path.hasPrefix($0 + "/") }
            owners[diagnostic] = (owner, nil)
        }
        let records = owners.map { DiagnosticRecord(diagnostic: $0.key, intern: $0.value.intern, week: $0.value.week) }
            .sorted(by: MetricsCalculator.reportOrder)

        var byNumber: [Int: [(Intern, WeekMetrics, WeekLog)]] = [:]
        for (intern, metrics) in zip(cohort.interns, interns) {
            for (log, week) in zip(intern.weeks, metrics.weeks) { byNumber[week.number, default: []].append((intern, week, log)) }
        }
        let cohortWeeks = byNumber.keys.sorted().map { number -> CohortWeekMetrics in
            let rows = byNumber[number] ?? []
            let weeks = rows.map(\.1)
            let entryTasks = weeks.reduce(0) { $0 + $1.entryTasks }
            let withTask = weeks.reduce(0) { $0 + $1.entriesWithTask }
            return CohortWeekMetrics(
                week: number,
                internsActive: Set(weeks.filter { $0.tasks > 0 }.map(\.intern)).count,
                tasks: weeks.reduce(0) { $0 + $1.tasks },
                tasksPerDay: MetricsCalculator.ratio(entryTasks, withTask),
                lag: LagStatistics(lags: rows.flatMap { $0.2.entries.compactMap(\.lagDays) }),
                tasksByWeekday: MetricsCalculator.sum(weeks.map(\.tasksByWeekday)))
        }

        var topicWeekInterns: [String: [Int: Int]] = [:]
        for intern in interns {
            for topic in intern.topics {
                for week in topic.weeks { topicWeekInterns[topic.topicID, default: [:]][week, default: 0] += 1 }
            }
        }
        let topicWeeks = topicWeekInterns.keys.sorted().flatMap { id in
            (topicWeekInterns[id] ?? [:]).sorted { $0.key < $1.key }.map {
                TopicWeekCount(topicID: id, week: $0.key, interns: $0.value)
            }
        }

        let tasks = interns.reduce(0) { $0 + $1.tasks }
        let internWeeks = interns.reduce(0) { $0 + $1.weeksWithTask.count }
        let seen = Set(interns.flatMap { $0.topics.map(\.topicID) })
        let severities = records.map(\.diagnostic.severity)
        return CohortMetrics(
            interns: interns,
            weeks: cohortWeeks,
            topicWeeks: topicWeeks,
            tasks: tasks,
            internWeeksWithTask: internWeeks,
            tasksPerWeek: MetricsCalculator.ratio(tasks, internWeeks),
            tasksPerDay: MetricsCalculator.ratio(
                interns.reduce(0) { $0 + $1.entryTasks }, interns.reduce(0) { $0 + $1.entriesWithTask }),
            lag: LagStatistics(lags: cohort.interns.flatMap { $0.weeks.flatMap { $0.entries.compactMap(\.lagDays) } }),
            tasksByWeekday: MetricsCalculator.sum(interns.map(\.tasksByWeekday)),
            topics: taxonomy.topics.map(\.id).filter(seen.contains),
            curriculumCoverage: coverage(seen),
            errors: severities.count(where: { $0 == .error }),
            warnings: severities.count(where: { $0 == .warning }),
            infos: severities.count(where: { $0 == .info }),
            diagnostics: records)
    }

    /// An intern's metrics and the diagnostics the metrics add (negative lags).
    func internMetrics(_ intern: Intern) -> (InternMetrics, [DiagnosticRecord]) {
        var weeks: [WeekMetrics] = []
        var extra: [DiagnosticRecord] = []
        // The engine may already have reported a negative lag: never report it twice.
        let known = Set((intern.diagnostics + intern.weeks.flatMap(\.diagnostics))
            .filter { $0.code == MetricsDiagnostics.negativeLag }
            .map { "\($0.location.path):\($0.location.line)" })
        for log in intern.weeks {
            let added = negativeLagDiagnostics(log).filter { !known.contains("\($0.location.path):\($0.location.line)") }
            extra += added.map { DiagnosticRecord(diagnostic: $0, intern: intern.id, week: log.number) }
            weeks.append(weekMetrics(log, intern: intern.id, addedDiagnostics: added.count))
        }
        let weeksWithTask = Array(Set(weeks.filter { $0.tasks > 0 }.map(\.number))).sorted()
        let present = Set(weeksWithTask)
        let missing = weeksWithTask.last.map { last in (1..<max(last, 1)).filter { !present.contains($0) } } ?? []
        let tasks = weeks.reduce(0) { $0 + $1.tasks }
        let entryTasks = weeks.reduce(0) { $0 + $1.entryTasks }
        let withTask = weeks.reduce(0) { $0 + $1.entriesWithTask }

        var mentions: [String: Int] = [:]
        var topicWeeks: [String: Set<Int>] = [:]
        for week in weeks {
            for (id, count) in week.topicMentions {
                mentions[id, default: 0] += count
                topicWeeks[id, default: []].insert(week.number)
            }
        }
        let topics = mentions.keys.sorted().map {
            InternTopic(topicID: $0, mentions: mentions[$0] ?? 0, weeks: (topicWeeks[$0] ?? []).sorted())
        }
        // Every diagnostic about the intern once: its list, its weeks', and those the metrics add.
        var diagnostics = Set(intern.diagnostics)
        for log in intern.weeks { diagnostics.formUnion(log.diagnostics) }
        diagnostics.formUnion(extra.map(\.diagnostic))
        let dates = weeks.flatMap { [$0.firstDate, $0.lastDate].compactMap { $0 } }
        let metrics = InternMetrics(
            id: intern.id,
            weeksWithTask: weeksWithTask,
            missingWeeks: missing,
            tasks: tasks,
            subtasks: weeks.reduce(0) { $0 + $1.subtasks },
            tasksPerWeek: MetricsCalculator.ratio(tasks, weeksWithTask.count),
            entryTasks: entryTasks,
            entriesWithTask: withTask,
            tasksPerDay: MetricsCalculator.ratio(entryTasks, withTask),
            firstDate: dates.min(),
            lastDate: dates.max(),
            lag: LagStatistics(lags: intern.weeks.flatMap { $0.entries.compactMap(\.lagDays) }),
            tasksByWeekday: MetricsCalculator.sum(weeks.map(\.tasksByWeekday)),
            topics: topics,
            curriculumCoverage: coverage(Set(mentions.keys)),
            errors: diagnostics.count(where: { $0.severity == .error }),
            warnings: diagnostics.count(where: { $0.severity == .warning }),
            infos: diagnostics.count(where: { $0.severity == .info }),
            weeks: weeks)
        return (metrics, extra)
    }

    func weekMetrics(_ log: WeekLog, intern: String, addedDiagnostics: Int = 0) -> WeekMetrics {
        var mentionCounts: [Int: Int] = [:]
        var scratch: Set<Int> = []
        /// Topics of one text; each text counts a topic once.
        func mention(_ text: String) -> Set<Int> {
            scratch.removeAll(keepingCapacity: true)
            matcher.collect(text, into: &scratch)
            for topic in scratch { mentionCounts[topic, default: 0] += 1 }
            return scratch
        }
        func ids(_ topics: Set<Int>) -> [String] { topics.sorted().map { taxonomy.topics[$0].id } }

        var days: [DayMetrics] = []
        var records: [TaskRecord] = []
        var weekday = Array(repeating: 0, count: 7)
        var entryTasks = 0, withTask = 0
        var dates: [CalendarDate] = []
        var activeDates: Set<Int> = [], activeWeekdays: Set<Int> = [], undated = 0
        for entry in log.entries {
            var entryTopics: Set<Int> = []
            for (position, line) in entry.tasks.enumerated() {
                let topics = mention(line.text)
                entryTopics.formUnion(topics)
                records.append(TaskRecord(
                    dayIndex: entry.index, taskIndex: position + 1, kind: line.kind, text: line.text,
                    topics: ids(topics), source: SourceLocation(path: entry.source.path, line: line.line)))
            }
            if !entry.topicText.isEmpty { entryTopics.formUnion(mention(entry.topicText)) }
            let count = entry.taskCount
            entryTasks += count
            if count > 0 {
                withTask += 1
                if let start = entry.start {
                    activeDates.insert(start.dayNumber)
                } else if let day = entry.weekday {
                    activeWeekdays.insert(day)
                } else {
                    undated += 1
                }
            }
            if let day = entry.weekday, (1...7).contains(day) { weekday[day - 1] += count }
            dates += [entry.start, entry.completion].compactMap { $0 }
            days.append(DayMetrics(
                index: entry.index, label: entry.label, weekday: entry.weekday, start: entry.start,
                completion: entry.completion, lagDays: entry.lagDays, tasks: count,
                subtasks: entry.subtaskCount, references: entry.references.count,
                topics: ids(entryTopics), source: entry.source))
        }
        for (position, line) in log.looseTasks.enumerated() {
            let topics = mention(line.text)
            records.append(TaskRecord(
                dayIndex: nil, taskIndex: position + 1, kind: line.kind, text: line.text,
                topics: ids(topics), source: SourceLocation(path: log.source, line: line.line)))
        }
        for item in log.objectives + log.achievements { _ = mention(item.text) }
        // An undated entry's weekday is the same day as a dated entry on that weekday.
        let datedWeekdays = Set(activeDates.map { CalendarDate(dayNumber: $0).weekday })
        let activeDays = activeDates.count + activeWeekdays.subtracting(datedWeekdays).count + undated

        let weekTopics = Set(mentionCounts.keys)
        return WeekMetrics(
            intern: intern,
            number: log.number,
            lang: log.lang,
            otherLangs: log.otherLangs,
            style: log.style,
            dayEntries: log.entries.count,
            tasks: log.taskCount,
            subtasks: log.subtaskCount,
            entryTasks: entryTasks,
            entriesWithTask: withTask,
            tasksPerDay: MetricsCalculator.ratio(entryTasks, withTask),
            activeDays: activeDays,
            firstDate: dates.min(),
            lastDate: dates.max(),
            lag: LagStatistics(lags: log.entries.compactMap(\.lagDays)),
            objectives: log.objectives.count,
            achievements: log.achievements.count,
            references: log.references.count,
            topics: ids(weekTopics),
            topicMentions: Dictionary(uniqueKeysWithValues: mentionCounts.map { (taxonomy.topics[$0.key].id, $0.value) }),
            dateOrder: log.dateOrder,
            diagnostics: log.diagnostics.count + addedDiagnostics,
            source: log.source,
            tasksByWeekday: weekday,
            days: days,
            taskRecords: records)
    }

    func negativeLagDiagnostics(_ log: WeekLog) -> [Diagnostic] {
        log.entries.compactMap { entry in
            guard let lag = entry.lagDays, lag < 0, let start = entry.start, let completion = entry.completion else {
                return nil
            }
            return Diagnostic(
                .warning, MetricsDiagnostics.negativeLag, at: entry.source,
                "completion date \(completion.iso) is \(-lag) day(s) before start date \(start.iso); the lag is left out of lag statistics: check both dates")
        }
    }

    func coverage(_ seen: Set<String>) -> Double? {
        MetricsCalculator.ratio(curriculum.topicIDs.count(where: seen.contains), curriculum.topicIDs.count)
    }

    static func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator > 0 ? Double(numerator) / Double(denominator) : nil
    }

    static func sum(_ rows: [[Int]]) -> [Int] {
        var total = Array(repeating: 0, count: 7)
        for row in rows { for (index, value) in row.enumerated() where index < 7 { total[index] += value } }
        return total
    }

    /// Intern, week (none first), then the diagnostic's own report order.
    static func reportOrder(_ a: DiagnosticRecord, _ b: DiagnosticRecord) -> Bool {
        let l = a.diagnostic, r = b.diagnostic
        return (a.intern ?? "", a.week ?? Int.min, l.location.path, l.location.line, l.location.column)
            < (b.intern ?? "", b.week ?? Int.min, r.location.path, r.location.line, r.location.column)
            || (a.intern ?? "", a.week ?? Int.min, l.location.path, l.location.line, l.location.column)
            == (b.intern ?? "", b.week ?? Int.min, r.location.path, r.location.line, r.location.column)
            && (l.code, l.message, l.severity.rawValue) < (r.code, r.message, r.severity.rawValue)
    }
}
