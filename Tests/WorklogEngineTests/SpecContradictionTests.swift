import Foundation
import Testing
import WorklogEngine
import WorklogModel

/// Real pages that SPEC does not read the way their authors meant. worklog follows
/// the spec; these fixtures (written for the project, modelled on corpus sites) pin
/// that down and were reported in the issue notes so the spec can be refined.
@Suite struct SpecContradictionTests {
    static func fixture(_ name: String) throws -> String {
        let dir = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return dir.appendingPathComponent("spec-contradictions/\(name)").path
    }

    /// Day numbers 1..5 that count the week's working days from a Tuesday: SPEC 9 reads
    /// `1` as Monday; the dates win the weekday and every row is a mismatch.
    @Test func dayNumbersCountingFromTuesday() throws {
        let cohort = CohortReader.read(paths: [try Self.fixture("day-numbers-from-tuesday")])
        let week = try #require(cohort.interns.first?.weeks.first)
        #expect(week.number == 2)
        #expect(week.entries.map(\.weekday) == [2, 3, 4, 5, 6])
        #expect(week.entries.first?.start == CalendarDate(year: 2026, month: 1, day: 27))
        #expect(week.taskCount == 5)
        #expect(week.subtaskCount == 1)
        #expect(cohort.diagnostics.count { $0.code == "weekday-mismatch" } == 5)
    }

    /// A config that declares only `[Languages.en]` (named "Tiếng Việt") over Vietnamese
    /// pages: SPEC 1 takes the config's language, so the week is `en`.
    @Test func vietnamesePagesUnderAnEnglishOnlyConfig() throws {
        let cohort = CohortReader.read(paths: [try Self.fixture("vietnamese-under-en-config")])
        let week = try #require(cohort.interns.first?.weeks.first)
        #expect(week.lang == "en")
        #expect(week.otherLangs.isEmpty)
        #expect(week.taskCount == 2)
        #expect(week.entries.map(\.weekday) == [1, 2])
        // `--lang vi` still finds the week: it is the only version there is.
        let vi = CohortReader.read(paths: [try Self.fixture("vietnamese-under-en-config")],
                                   options: ReadOptions(preferredLanguage: "vi"))
        #expect(vi.interns.first?.weeks.first?.taskCount == 2)
    }
}
