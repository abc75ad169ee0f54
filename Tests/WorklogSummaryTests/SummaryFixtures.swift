import Foundation
import WorklogEngine
import WorklogModel
@testable import WorklogSummary

/// Small cohorts written for the summary tests; their figures are worked out by hand
/// in the tests that use them.
enum SummaryFixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func date(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    }

    static func entry(_ index: Int, _ weekday: Int?, _ start: String?, _ completion: String?, _ tasks: [TaskLine],
                      path: String, line: Int) -> DayEntry {
        DayEntry(index: index, label: weekday.map { "Day \($0)" } ?? "", weekday: weekday,
                 start: start.flatMap(date), completion: completion.flatMap(date), tasks: tasks, references: [],
                 source: SourceLocation(path: path, line: line))
    }

    static func task(_ text: String, _ line: Int) -> TaskLine { TaskLine(.task, text, line: line) }

    /// Weeks 1, 2 and 4 hold tasks, week 3 is absent, week 5's page is empty.
    static var tableIntern: Intern {
        let id = "table-intern"
        let w1 = "\(id)/content/1-Worklog/week1.md", w2 = "\(id)/content/1-Worklog/week2.md"
        let w4 = "\(id)/content/1-Worklog/week4.md", w5 = "\(id)/content/1-Worklog/week5.md"
        let info = Diagnostic(.info, "date-order-guessed", at: SourceLocation(path: w1, line: 12, column: 3), "dates read day first")
        let empty = Diagnostic(.warning, "empty-week", at: SourceLocation(path: w5, line: 1), "the page holds no task: fill it in or remove it")
        let weeks = [
            WeekLog(number: 1, lang: "en", style: .table, entries: [
                entry(1, 1, "2025-09-01", "2025-09-01", [task("Create an AWS account", 12), task("Enable MFA on the root user", 12)], path: w1, line: 12),
                entry(2, 2, "2025-09-02", "2025-09-04", [task("Launch an EC2 instance", 13), TaskLine(.subtask, "Connect with SSH", line: 13)], path: w1, line: 13),
                entry(3, 3, "2025-09-03", "2025-09-03", [task("Read about IAM policies", 14)], path: w1, line: 14),
            ], objectives: [TextItem("Set up the AWS account", line: 6), TextItem("Learn IAM", line: 7)],
            achievements: [TextItem("Account protected with MFA", line: 18)], source: w1, diagnostics: [info]),
            WeekLog(number: 2, lang: "en", style: .table, entries: [
                entry(1, 1, "2025-09-08", "2025-09-12", [task("Build a VPC with two subnets", 12)], path: w2, line: 12),
                entry(2, 2, "2025-09-09", "2025-09-09", [task("Upload files to S3", 13)], path: w2, line: 13),
            ], objectives: [TextItem("Understand VPC networking", line: 6)], source: w2),
            WeekLog(number: 4, lang: "en", style: .table, entries: [
                entry(1, 1, "2025-09-22", "2025-09-23", [task("Write a Lambda function", 12), task("Package it with Docker", 12)], path: w4, line: 12),
                entry(2, 3, "2025-09-24", nil, [task("Review with the mentor", 13)], path: w4, line: 13),
                entry(3, 5, "2025-09-26", "2025-09-25", [task("Fix a typo & <tidy> the notes", 14)], path: w4, line: 14),
            ], objectives: [TextItem("Try serverless", line: 6)],
            achievements: [TextItem("A function behind an API", line: 18), TextItem("Notes tidied & <b>kept</b>", line: 19)], source: w4),
            WeekLog(number: 5, lang: "en", style: .empty, objectives: [TextItem("Prepare the final report", line: 6)],
                    source: w5, diagnostics: [empty]),
        ]
        return Intern(id: id, weeks: weeks, diagnostics: [info, empty])
    }

    /// One Vietnamese week with weekday labels and no dates: period and lag unknown, no topic.
    static var viIntern: Intern {
        let id = "vi-intern"
        let w1 = "\(id)/content/1-worklog/tuan-1.vi.md"
        let weeks = [
            WeekLog(number: 1, lang: "vi", style: .table, entries: [
                entry(1, 1, nil, nil, [task("Họp nhóm", 10), task("Đọc nội quy", 10)], path: w1, line: 10),
                entry(2, 2, nil, nil, [task("Viết báo cáo tuần", 11)], path: w1, line: 11),
            ], objectives: [TextItem("Làm quen với nhóm", line: 5)], source: w1),
        ]
        return Intern(id: id, weeks: weeks, diagnostics: [])
    }

    static func cohort(_ interns: [Intern]) -> Cohort {
        let diagnostics = Diagnostic.sortedForReport(Array(Set(interns.flatMap(\.diagnostics))))
        return Cohort(interns: interns.sorted { $0.id < $1.id }, diagnostics: diagnostics, statistics: ReadStatistics())
    }

    /// IAM, EC2, S3 and RDS: the table intern covers three of the four.
    static func curriculum() -> Curriculum { Curriculum(topicIDs: ["iam", "ec2", "s3", "rds"]) }

    static func render(_ interns: [Intern], options: SummaryOptions) throws -> [RenderedSummary] {
        let taxonomy = try Taxonomy.bundled()
        let cohort = cohort(interns)
        let metrics = MetricsCalculator(taxonomy: taxonomy, curriculum: curriculum()).metrics(for: cohort)
        return try SummaryRenderer.render(cohort: cohort, metrics: metrics, taxonomy: taxonomy,
                                          curriculum: curriculum(), options: options)
    }
}
