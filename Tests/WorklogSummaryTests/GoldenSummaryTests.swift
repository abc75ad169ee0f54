import Foundation
import Testing
import WorklogEngine
import WorklogModel
@testable import WorklogSummary

/// The Markdown of fixture interns against golden files in Tests/Golden/WorklogSummary (outside the
/// test target, so SwiftPM does not ask to declare them as resources); `WORKLOG_RECORD=1` re-records them.
@Suite struct GoldenSummaryTests {
    static let goldenFolder = SummaryFixtures.repoRoot.appendingPathComponent("Tests/Golden/WorklogSummary")

    func expectGolden(_ text: String, _ name: String) throws {
        let url = GoldenSummaryTests.goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WORKLOG_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: GoldenSummaryTests.goldenFolder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(actualLines, goldenLines).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(text == golden, "\(name) differs at line \((firstDifference?.offset ?? min(actualLines.count, goldenLines.count)) + 1): \(firstDifference.map { "got '\($0.element.0)', golden '\($0.element.1)'" } ?? "length differs")")
    }

    @Test func tableInternEnglish() throws {
        let summaries = try SummaryFixtures.render([SummaryFixtures.tableIntern], options: SummaryOptions())
        let md = try #require(summaries.first).markdown
        try expectGolden(md, "table-intern.en.md")
        // Worked out by hand from SummaryFixtures.tableIntern.
        let lines = Set(md.split(separator: "\n").map(String.init))
        #expect(lines.contains("- Internship period: 2025-09-01 to 2025-09-26 (26 days)"))
        #expect(lines.contains("- Weeks logged: 3 (1, 2, 4)"))
        #expect(lines.contains("- Weeks missing: 1 (3)"))
        // 10 tasks over 3 weeks = 3.33; 10 tasks over 8 entries = 1.25, half-even to 1.2.
        #expect(lines.contains("- Tasks: 10 (subtasks: 1), 3.3 per week, 1.2 per working day"))
        // Weeks 1 and 4 tie at 4 tasks: the earlier first.
        #expect(lines.contains("- Busiest weeks: week 1 (tasks: 4), week 4 (tasks: 4), week 2 (tasks: 2)"))
        // Lags 0,2,0,4,0,1 (the -1 is left out): sorted 0,0,0,1,2,4; median rank 3 = 0, p90 rank 6 = 4, mean 7/6.
        #expect(lines.contains("| 6 | 50% | 0 d | 4 d | 4 d | 1.2 d |"))
        #expect(md.contains("Of 6 day entries with both a start and a completion date, 50% were finished the day they started; the longest took 4 days. On average an entry took 1.2 days."))
        #expect(lines.contains("3 of 4 curriculum topics covered (75%)."))
        #expect(lines.contains("- Amazon RDS (`rds`)"))
        // Markdown is not HTML-escaped; HTML is.
        #expect(lines.contains("- Notes tidied & <b>kept</b>"))
        #expect(try #require(summaries.first).html.contains("<li>Notes tidied &amp; &lt;b&gt;kept&lt;/b&gt;</li>"))
        #expect(lines.contains("### Week 5"))
        #expect(lines.contains("_No task logged this week._"))
        // The empty week's warning and the negative lag are to fix; the info is only counted.
        #expect(lines.contains("Problems: 2 (errors: 0, warnings: 2; notes not listed: 1)"))
        #expect(lines.contains("- `table-intern/content/1-Worklog/week4.md:14:1` warning [negative-lag]: completion date 2025-09-25 is 1 day(s) before start date 2025-09-26; the lag is left out of lag statistics: check both dates"))
        #expect(lines.contains("- `table-intern/content/1-Worklog/week5.md:1:1` warning [empty-week]: the page holds no task: fill it in or remove it"))
    }

    @Test func viInternVietnamese() throws {
        let summaries = try SummaryFixtures.render([SummaryFixtures.viIntern], options: SummaryOptions(language: "vi"))
        let summary = try #require(summaries.first)
        try expectGolden(summary.markdown, "vi-intern.vi.md")
        let lines = Set(summary.markdown.split(separator: "\n").map(String.init))
        #expect(lines.contains("- Thời gian thực tập: chưa rõ (không có mục nào ghi ngày)"))
        // 3 tasks in 1 week; 3 tasks over 2 entries = 1.5, written with a decimal comma.
        #expect(lines.contains("- Số công việc: 3 (việc con: 0), 3 việc mỗi tuần, 1,5 việc mỗi ngày làm việc"))
        #expect(lines.contains("Không có mục nào ghi đủ ngày bắt đầu và ngày hoàn thành, nên chưa biết độ trễ hoàn thành."))
        #expect(lines.contains("Không tìm thấy chủ đề nào của danh mục trong nhật ký."))
        #expect(lines.contains("Đã học 0 trên 4 chủ đề của chương trình (0%)."))
        #expect(summary.warnings.isEmpty)
    }

    @Test func anonymizedSummaryUsesPseudonyms() throws {
        let summaries = try SummaryFixtures.render([SummaryFixtures.tableIntern, SummaryFixtures.viIntern],
                                                   options: SummaryOptions(anonymize: true, internFilter: "vi-intern"))
        // Sorted ids: table-intern is intern-001, vi-intern intern-002.
        #expect(summaries.map(\.internID) == ["intern-002"])
        let md = try #require(summaries.first).markdown
        #expect(md.hasPrefix("# End-of-internship summary: intern-002\n"))
        #expect(!md.contains("vi-intern"))
        let table = try SummaryFixtures.render([SummaryFixtures.tableIntern, SummaryFixtures.viIntern],
                                               options: SummaryOptions(anonymize: true, internFilter: "intern-001"))
        let tableMD = try #require(table.first).markdown
        #expect(tableMD.contains("`intern-001/content/1-Worklog/week5.md:1:1` warning [empty-week]"))
        #expect(!tableMD.contains("table-intern"))
    }

    @Test func unknownInternIsAnError() throws {
        #expect {
            _ = try SummaryFixtures.render([SummaryFixtures.tableIntern], options: SummaryOptions(internFilter: "nobody"))
        } throws: { error in
            (error as? SummaryError)?.diagnostic.code == SummaryCodes.unknownIntern
        }
    }
}
