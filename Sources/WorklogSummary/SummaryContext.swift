import WorklogEngine
import WorklogModel

/// The values one intern's summary templates see, as Mustache reads them: maps of
/// names (see `TemplateSchema`), lists, texts, numbers and flags. A value that is
/// unknown is left out, so `{{#name}}` sections skip it.
struct SummaryContext {
    let taxonomy: Taxonomy
    let curriculum: Curriculum
    let wording: SummaryWording

    func values(intern: Intern, metrics: InternMetrics, diagnostics: [DiagnosticRecord]) -> [String: Any] {
        var c: [String: Any] = ["intern": metrics.id, "lang": wording.language]
        if let first = metrics.firstDate, let last = metrics.lastDate {
            c["period"] = ["first_date": first.iso, "last_date": last.iso,
                           "days": last.dayNumber - first.dayNumber + 1] as [String: Any]
        }
        c["weeks_logged"] = metrics.weeksWithTask.count
        c["weeks_logged_list"] = wording.list(metrics.weeksWithTask)
        if let first = metrics.firstWeek { c["first_week"] = first }
        if let last = metrics.lastWeek { c["last_week"] = last }
        c["missing_weeks_count"] = metrics.missingWeeks.count
        c["missing_weeks_list"] = wording.list(metrics.missingWeeks)
        c["has_missing_weeks"] = !metrics.missingWeeks.isEmpty
        c["tasks"] = metrics.tasks
        c["subtasks"] = metrics.subtasks
        if let perWeek = metrics.tasksPerWeek { c["tasks_per_week"] = wording.decimal(perWeek) }
        if let perDay = metrics.tasksPerDay { c["tasks_per_day"] = wording.decimal(perDay) }
        c["busiest_weeks"] = SummaryContext.busiest(metrics.weeks).map { ["week": $0.number, "tasks": $0.tasks] as [String: Any] }
        if let median = metrics.lag.median, let p90 = metrics.lag.p90, let max = metrics.lag.max,
           let mean = metrics.lag.mean, let sameDay = metrics.lag.sameDayShare {
            c["lag"] = ["entries": metrics.lag.values.count, "mean": wording.decimal(mean), "median": median,
                        "p90": p90, "max": max, "same_day_percent": wording.percent(sameDay)] as [String: Any]
        }
        c["lag_text"] = wording.lag(metrics.lag)
        if let o = metrics.originality, let share = o.originality {
            // Says who shares text, never who copied whom (issue 8).
            c["originality"] = [
                "percent": wording.percent(share), "comparable": o.comparableTexts, "shared": o.sharedTexts,
                "template": o.templateTexts, "has_sources": !o.topSources.isEmpty,
                "sources": o.topSources.map { ["intern": $0.intern, "texts": $0.texts] as [String: Any] },
            ] as [String: Any]
        }
        c["topic_count"] = metrics.topics.count
        c["categories"] = categories(metrics.topics)
        if let curriculum = curriculumValues(metrics) { c["curriculum"] = curriculum }
        c["weeks"] = weekValues(intern: intern, metrics: metrics)
        let toFix = diagnostics.filter { $0.diagnostic.severity != .info }
        c["diagnostics"] = toFix.map { record -> [String: Any] in
            let d = record.diagnostic
            var item: [String: Any] = [
                "severity": d.severity.rawValue, "severity_name": wording.severityNames[d.severity.rawValue] ?? d.severity.rawValue,
                "code": d.code, "location": "\(d.location.path):\(d.location.line):\(d.location.column)",
                "message": d.message,
            ]
            if let week = record.week { item["week"] = week }
            return item
        }
        c["has_diagnostics"] = !toFix.isEmpty
        c["diagnostics_count"] = toFix.count
        c["errors"] = metrics.errors
        c["warnings"] = metrics.warnings
        c["infos"] = metrics.infos
        c["chart_svg"] = chart(metrics)?.svg() ?? ""
        return c
    }

    /// Up to three weeks with the most tasks; ties go to the earlier week. None when every
    /// week with a task holds as many: no week stands out then.
    static func busiest(_ weeks: [WeekMetrics]) -> [WeekMetrics] {
        let active = weeks.filter { $0.tasks > 0 }
        if active.count > 1, Set(active.map(\.tasks)).count == 1 { return [] }
        return Array(active.sorted { ($0.tasks, -$0.number) > ($1.tasks, -$1.number) }.prefix(3))
    }

    /// Topics grouped by category, categories and topics in taxonomy order.
    func categories(_ topics: [InternTopic]) -> [[String: Any]] {
        let byID = Dictionary(topics.map { ($0.topicID, $0) }, uniquingKeysWith: { first, _ in first })
        var order: [String] = []
        var grouped: [String: [[String: Any]]] = [:]
        for topic in taxonomy.topics {
            guard let seen = byID[topic.id] else { continue }
            if grouped[topic.category] == nil { order.append(topic.category) }
            var item: [String: Any] = ["id": topic.id, "name": topic.name, "weeks_list": wording.list(seen.weeks),
                                       "mentions": seen.mentions]
            if let first = seen.firstWeek { item["first_week"] = first }
            grouped[topic.category, default: []].append(item)
        }
        return order.map { ["category": $0, "name": wording.category($0), "topics": grouped[$0] ?? []] }
    }

    func curriculumValues(_ metrics: InternMetrics) -> [String: Any]? {
        guard !curriculum.topicIDs.isEmpty else { return nil }
        let byID = Dictionary(metrics.topics.map { ($0.topicID, $0) }, uniquingKeysWith: { first, _ in first })
        var covered: [[String: Any]] = []
        var missing: [[String: Any]] = []
        for id in curriculum.topicIDs {
            let name = taxonomy.topic(id)?.name ?? id
            if let seen = byID[id] {
                var item: [String: Any] = ["id": id, "name": name]
                if let first = seen.firstWeek { item["first_week"] = first }
                covered.append(item)
            } else {
                missing.append(["id": id, "name": name])
            }
        }
        return [
            "size": curriculum.topicIDs.count, "covered_count": covered.count,
            "coverage_percent": wording.percent(metrics.curriculumCoverage ?? 0),
            "complete": missing.isEmpty, "has_missing": !missing.isEmpty,
            "covered": covered, "missing": missing,
        ]
    }

    func weekValues(intern: Intern, metrics: InternMetrics) -> [[String: Any]] {
        let byNumber = Dictionary(metrics.weeks.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        return intern.weeks.sorted { $0.number < $1.number }.map { log in
            let week = byNumber[log.number]
            let tasks = week?.tasks ?? log.taskCount
            var item: [String: Any] = [
                "week": log.number, "lang": log.lang, "source": log.source, "has_tasks": tasks > 0, "tasks": tasks,
                "objectives": log.objectives.map { ["text": $0.text] },
                "achievements": log.achievements.map { ["text": $0.text] },
                "has_objectives": !log.objectives.isEmpty, "has_achievements": !log.achievements.isEmpty,
            ]
            if let first = week?.firstDate { item["first_date"] = first.iso }
            if let last = week?.lastDate { item["last_date"] = last.iso }
            return item
        }
    }

    func chart(_ metrics: InternMetrics) -> TrendChart? {
        let missing = Set(metrics.missingWeeks)
        let weeks = metrics.weeks.map {
            TrendChart.Week(number: $0.number, tasks: $0.tasks, medianLag: $0.lag.median, missing: missing.contains($0.number))
        }
        return TrendChart(weeks: weeks, wording: wording)
    }
}
