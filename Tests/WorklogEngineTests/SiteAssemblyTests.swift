import Foundation
import Testing
import WorklogEngine
import WorklogModel

/// Site assembly rules: drafts, week numbers from names and titles, duplicate pages,
/// empty weeks and the language chosen for each week (SPEC 1 and 9).
@Suite struct SiteAssemblyTests {
    /// Writes `files` (path → text) under a fresh site folder with `content/worklog/`.
    static func site(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("assembly-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static func table(_ rows: [String]) -> String {
        "## Tasks\n\n| Day | Task | Start Date |\n|---|---|---|\n" + rows.joined(separator: "\n") + "\n"
    }

    @Test func draftsAreSkippedWithAnInfo() throws {
        let root = try Self.site([
            "config.toml": "",
            "content/worklog/week-1.md": Self.table(["| Mon | - real task | 06/10/2025 |"]),
            "content/worklog/week-2.md": "---\ndraft: true\n---\n" + Self.table(["| Mon | - draft task | 13/10/2025 |"]),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let cohort = CohortReader.read(paths: [root.path])
        let intern = try #require(cohort.interns.first)
        #expect(intern.weeks.map(\.number) == [1])
        #expect(cohort.statistics.draftPages == 1)
        let info = try #require(cohort.diagnostics.first { $0.code == "draft-skipped" })
        #expect(info.severity == .info)
        #expect(info.location.path.hasSuffix("week-2.md"))
    }

    @Test func folderNameWinsOverTitleAndTitleFillsAGap() throws {
        let root = try Self.site([
            "config.toml": "",
            "content/worklog/1.3-Week3/_index.md": "---\ntitle: \"Week 4 Worklog\"\n---\n"
                + Self.table(["| Mon | - three | 22/09/2025 |"]),
            "content/worklog/notes/extra.md": "---\ntitle: \"Week 5 Worklog\"\n---\n"
                + Self.table(["| Mon | - five | 29/09/2025 |"]),
            "content/worklog/misc.md": Self.table(["| Mon | - nowhere | 29/09/2025 |"]),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let cohort = CohortReader.read(paths: [root.path])
        let intern = try #require(cohort.interns.first)
        #expect(intern.weeks.map(\.number) == [3, 5])
        #expect(cohort.diagnostics.contains { $0.code == "week-number-conflict" && $0.location.path.contains("1.3-Week3") })
        #expect(cohort.diagnostics.contains { $0.code == "no-week-number" && $0.location.path.hasSuffix("misc.md") })
    }

    @Test func twoPagesOfOneWeekAreOneWeek() throws {
        let root = try Self.site([
            "config.toml": "",
            "content/worklog/week-1.md": Self.table(["| Mon | - a | 06/10/2025 |", "| Tue | - b | 07/10/2025 |"]),
            "content/worklog/week_1.md": Self.table(["| Wed | - c | 08/10/2025 |"]),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let cohort = CohortReader.read(paths: [root.path])
        let weeks = try #require(cohort.interns.first?.weeks)
        #expect(weeks.count == 1)
        #expect(weeks.first?.taskCount == 3)
        #expect(weeks.first?.entries.map(\.weekday) == [1, 2, 3])
        #expect(cohort.diagnostics.count { $0.code == "duplicate-week-page" } == 1)
    }

    @Test func theChosenLanguageMustHoldATask() throws {
        let root = try Self.site([
            "config.toml": "",
            "content/worklog/week-1.md": "## Tasks\n\n| Day | Task |\n|---|---|\n| | |\n",
            "content/worklog/week-1.vi.md": Self.table(["| Thứ 2 | - việc một | 06/10/2025 |"]),
            "content/worklog/week-2.md": Self.table(["| Mon | - two | 13/10/2025 |"]),
            "content/worklog/week-2.vi.md": Self.table(["| Thứ 2 | - hai | 13/10/2025 |", "| Thứ 3 | - ba | 14/10/2025 |"]),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let en = try #require(CohortReader.read(paths: [root.path]).interns.first?.weeks)
        // Week 1: the English page holds no task, so the Vietnamese one counts; never both.
        #expect(en.map(\.lang) == ["vi", "en"])
        #expect(en.map(\.otherLangs) == [["en"], ["vi"]])
        #expect(en.map(\.taskCount) == [1, 1])
        let vi = try #require(CohortReader.read(paths: [root.path], options: ReadOptions(preferredLanguage: "vi"))
            .interns.first?.weeks)
        #expect(vi.map(\.lang) == ["vi", "vi"])
        #expect(vi.map(\.taskCount) == [1, 2])
    }
}
