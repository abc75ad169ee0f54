import Foundation
import Testing
import WorklogEngine
import WorklogModel

/// The sample cohort shipped in samples/cohort, read end to end. Every expected value
/// below was worked out by hand from those pages.
@Suite struct SampleCohortTests {
    static let samplePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples/cohort").path

    static let cohort = CohortReader.read(paths: [samplePath], options: ReadOptions(jobs: 2))

    func intern(_ id: String) throws -> Intern {
        try #require(Self.cohort.interns.first { $0.id == id })
    }

    func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? { CalendarDate(year: y, month: m, day: d) }

    @Test func findsTheThreeInterns() {
        #expect(Self.cohort.interns.map(\.id) == ["alice-fcj", "binh-report", "chau-worklog"])
        #expect(Self.cohort.statistics.sites == 3)
    }

    @Test func unforcedDayFirstPageIsReadByItsSpan() throws {
        // 08/09 .. 12/09/2025 force nothing; day-first spans 4 days, month-first ~4 months.
        let week1 = try #require(try intern("alice-fcj").weeks.first)
        #expect(week1.number == 1)
        #expect(week1.lang == "en")
        #expect(week1.otherLangs == ["vi"])
        #expect(week1.dateOrder == .dmy)
        #expect(week1.entries.map(\.start) == [date(2025, 9, 8), date(2025, 9, 9), date(2025, 9, 10),
                                               date(2025, 9, 11), date(2025, 9, 12)])
        #expect(week1.entries.map(\.weekday) == [1, 2, 3, 4, 5])
        #expect(week1.entries.map(\.lagDays) == [0, 1, 0, 1, 0])
        // 2 + 1 + 1 + 2 + 1 tasks; the two `&emsp; +` lines under row 2 are subtasks.
        #expect(week1.taskCount == 7)
        #expect(week1.subtaskCount == 2)
        #expect(week1.objectives.count == 2)
        #expect(week1.achievements.count == 3)
        #expect(week1.references.count == 3)
    }

    @Test func internWeeksSkipTheMissingOne() throws {
        let alice = try intern("alice-fcj")
        #expect(alice.weeks.map(\.number) == [1, 2, 4])
        let week4 = try #require(alice.weeks.last)
        #expect(week4.entries.map(\.start) == [date(2025, 9, 29), date(2025, 10, 1)])
        #expect(week4.entries.map(\.weekday) == [1, 3])
        #expect(week4.entries.map(\.lagDays) == [1, 0])
    }

    @Test func vietnameseDefaultLanguageListWeeks() throws {
        let binh = try intern("binh-report")
        #expect(binh.weeks.map(\.number) == [1, 2, 3])
        let week1 = binh.weeks[0]
        #expect(week1.lang == "vi")
        #expect(week1.style == .list)
        #expect(week1.entries.count == 2)
        #expect(week1.entries.map(\.start) == [date(2025, 10, 6), date(2025, 10, 8)])
        #expect(week1.entries.map(\.weekday) == [1, 3])
        #expect(week1.taskCount == 3)
        #expect(week1.subtaskCount == 2)
        #expect(week1.objectives.count == 1)
        #expect(week1.achievements.count == 2)
        let week3 = binh.weeks[2]
        #expect(week3.taskCount == 0)
        #expect(week3.style == .empty)
        #expect(binh.diagnostics.contains { $0.code == "template-leftover" && $0.location.path.hasSuffix("week3/_index.md") })
    }

    @Test func monthFirstHTMLTableAndDayPages() throws {
        let chau = try intern("chau-worklog")
        let week1 = try #require(chau.weeks.first)
        #expect(week1.style == .table)
        #expect(week1.dateOrder == .mdy)
        #expect(week1.entries.map(\.start) == [date(2026, 1, 5), date(2026, 1, 6), date(2026, 1, 9)])
        #expect(week1.entries.map(\.lagDays) == [0, 2, 0])
        #expect(week1.taskCount == 4)
        let week2 = try #require(chau.weeks.last)
        #expect(week2.number == 2)
        #expect(week2.entries.count == 2)
        #expect(week2.entries.map(\.start) == [date(2026, 1, 12), date(2026, 1, 13)])
        #expect(week2.entries.map(\.taskCount) == [2, 1])
        #expect(week2.entries.map { $0.source.path.contains("1.2.1-Day1") } == [true, false])
        #expect(week2.objectives.count == 1)
        #expect(week2.achievements.count == 1)
    }

    @Test func sequentialAndParallelReadsAreIdentical() {
        let one = CohortReader.read(paths: [Self.samplePath], options: ReadOptions(jobs: 1))
        let many = CohortReader.read(paths: [Self.samplePath], options: ReadOptions(jobs: 7))
        #expect(one == many)
        #expect(one == Self.cohort)
        #expect(!one.interns.isEmpty)
    }
}
