import Foundation
import Testing

/// `--template-site`, the `template-copy` warning in `check` and `report`, and the
/// originality outputs, on the engine's hand-worked fixture cohort.
@Suite struct OriginalityCLITests {
    static let fixture = CLIRunner.repoRoot.appendingPathComponent("Tests/WorklogEngineTests/Fixtures/originality")
    static let cohort = fixture.appendingPathComponent("cohort").path
    static let template = fixture.appendingPathComponent("template-site").path

    @Test func checkShowsTemplateCopyWithTheTemplateSite() throws {
        let result = try CLIRunner.run(["check", Self.cohort, "--template-site", Self.template])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").filter { $0.contains(": warning[template-copy]") }
        #expect(lines == ["em-template/content/worklog/week-01.md:14:1: warning[template-copy]: week 1: 6 of 6 "
            + "comparable texts are the starter template's (--template-site); replace the template's example rows "
            + "with the week's own work"])
        // Without the site, giang's week of common text is the one flagged.
        let common = try CLIRunner.run(["check", Self.cohort])
        #expect(common.stdout.split(separator: "\n").filter { $0.contains(": warning[template-copy]") }
            .map { String($0.prefix(45)) } == ["giang-common/content/worklog/week-01.md:12:1:"])
        #expect(common.stdout.contains("\n  warning[template-copy] 1\n"))
        #expect(try CLIRunner.run(["check", Self.cohort, "--strict"]).status == 1)
    }

    @Test func reportWritesOriginalityAndSimilarityIdenticallyAtAnyJobs() throws {
        let one = try CLIRunner.temporaryDirectory("orig1")
        let two = try CLIRunner.temporaryDirectory("orig2")
        defer { try? FileManager.default.removeItem(at: one); try? FileManager.default.removeItem(at: two) }
        for (dir, jobs) in [(one, "1"), (two, "2")] {
            let run = try CLIRunner.run(["report", Self.cohort, "--template-site", Self.template, "--jobs", jobs,
                                         "--out", dir.path])
            #expect(run.status == 0)
        }
        for name in ["interns.csv", "similarity.csv", "diagnostics.csv", "report.json", "review.xlsx"] {
            #expect(try Data(contentsOf: one.appendingPathComponent(name))
                == Data(contentsOf: two.appendingPathComponent(name)), "\(name)")
        }
        let similarity = try String(contentsOf: one.appendingPathComponent("similarity.csv"), encoding: .utf8)
        #expect(similarity == "intern_a,intern_b,shared,weeks,first_date_a,first_date_b\n"
            + "bao-source,cuong-copy,5,1:1,2026-01-12,2026-02-09\n")
        let interns = try String(contentsOf: one.appendingPathComponent("interns.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = try #require(interns.first)
        #expect(Array(header.suffix(3)) == ["originality", "top_sources", "shared_weeks"])
        let em = try #require(interns.first { $0.first == "em-template" })
        #expect(Array(em.suffix(3)) == ["0.2", "", "2"])
        let anh = try #require(interns.first { $0.first == "anh-original" })
        #expect(Array(anh.suffix(3)) == ["1", "", ""])
    }

    @Test func anonymizedReportRenamesPairsAndSources() throws {
        let out = try CLIRunner.temporaryDirectory("orig-anon")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CLIRunner.run(["report", Self.cohort, "--anonymize", "--format", "csv", "--out", out.path]).status == 0)
        let similarity = try String(contentsOf: out.appendingPathComponent("similarity.csv"), encoding: .utf8)
        // bao-source is intern-002, cuong-copy intern-003 (ids sorted).
        #expect(similarity.hasSuffix("\nintern-002,intern-003,5,1:1,2026-01-12,2026-02-09\n"))
        let interns = try String(contentsOf: out.appendingPathComponent("interns.csv"), encoding: .utf8)
        #expect(interns.contains(",0.182,intern-003:5;intern-004:2,1;2\n"))
        #expect(!interns.contains("bao-source"))
    }

    @Test func aMissingTemplateSiteIsExitTwo() throws {
        let result = try CLIRunner.run(["check", Self.cohort, "--template-site", "/nonexistent/starter"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--template-site /nonexistent/starter: no worklog page found"))
        #expect(result.stdout.isEmpty)
    }
}
