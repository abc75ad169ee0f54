import WorklogEngine
import WorklogModel

/// The cohort figures `report` and `stats` print: what a coordinator looks at first.
struct CohortFigures {
    var lines: [String] = []

    init(metrics: CohortMetrics, taxonomy: Taxonomy) {
        let weeks = metrics.interns.reduce(0) { $0 + $1.weeksWithTask.count }
        lines.append("interns: \(metrics.interns.count); weeks with a task: \(weeks); tasks: \(metrics.tasks)")
        lines.append("tasks per week: \(show(metrics.tasksPerWeek)); tasks per day: \(show(metrics.tasksPerDay))")
        lines.append("completion lag (days): median \(show(metrics.lag.median)), mean \(show(metrics.lag.mean)), "
            + "p90 \(show(metrics.lag.p90)), same day \(show(metrics.lag.sameDayShare.map { $0 * 100 }))%")
        var mentions: [String: Int] = [:]
        for intern in metrics.interns {
            for topic in intern.topics { mentions[topic.topicID, default: 0] += topic.mentions }
        }
        let top = mentions.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(10)
        lines.append("top topics (mentions): " + top.map {
            "\(taxonomy.topic($0.key)?.name ?? $0.key) \($0.value)"
        }.joined(separator: ", "))
        let coverage = metrics.interns.compactMap(\.curriculumCoverage).sorted()
        if let low = coverage.first, let high = coverage.last {
            // Nearest rank, as every median of the report: the value at rank ceil(n / 2).
            let median = coverage[(coverage.count + 1) / 2 - 1]
            lines.append("curriculum coverage: min \(show(low)), median \(show(median)), max \(show(high)) "
                + "(over \(coverage.count) interns)")
        }
        lines.append("diagnostics: \(metrics.errors) errors, \(metrics.warnings) warnings, \(metrics.infos) infos")
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}

func show(_ value: Double?) -> String { value.map { ReportCell.format($0) } ?? "-" }
func show(_ value: Int?) -> String { value.map(String.init) ?? "-" }
