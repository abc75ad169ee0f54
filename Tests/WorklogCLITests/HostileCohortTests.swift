import Foundation
import Testing

/// A cohort where one good site sits among hostile files: each bad file gets a
/// diagnostic, nothing crashes or hangs, and the good site is still reported in full.
@Suite struct HostileCohortTests {
    static func makeCohort() throws -> URL {
        let root = try CLIRunner.temporaryDirectory("hostile")
        let fm = FileManager.default
        // The good site: a copy of the sample's alice-fcj (14 tasks in weeks 1, 2 and 4).
        try fm.copyItem(atPath: CLIRunner.samplePath + "/alice-fcj", toPath: root.appendingPathComponent("good").path)

        let bad = root.appendingPathComponent("bad/content/worklog")
        try fm.createDirectory(at: bad, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: bad.appendingPathComponent(name))
        }
        try write("week-01.md", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] + Array(repeating: 0, count: 64))
        try write("week-02.md", [])
        try write("week-03.md", Array("---\ntitle: Week 3\n| Day | Task |\n|---|---|\n| Mon | - a |\n".utf8))
        var long = Array("| Day | Task |\n|---|---|\n| Mon | ".utf8)
        long += Array(repeating: UInt8(ascii: "x"), count: 50_000_000)
        long += Array(" |\n".utf8)
        try write("week-04.md", long)
        let header = "| Day | Task |" + String(repeating: " c |", count: 498)
        let separator = "|---|---|" + String(repeating: "---|", count: 498)
        let row = "| Mon | - wide table task |" + String(repeating: " v |", count: 498)
        try write("week-05.md", Array("## Tasks\n\(header)\n\(separator)\n\(row)\n".utf8))
        try write("week-06.md", [0x2D, 0x20, 0xC3, 0x28, 0xFF, 0xFE, 0x0A])
        #expect(mkfifo(bad.appendingPathComponent("week-07.md").path, 0o644) == 0)
        try fm.createSymbolicLink(atPath: bad.appendingPathComponent("loop").path, withDestinationPath: bad.path)
        try fm.createDirectory(at: bad.appendingPathComponent("week-08.md"), withIntermediateDirectories: false)
        try fm.createSymbolicLink(atPath: bad.appendingPathComponent("week-09.md").path,
                                  withDestinationPath: bad.appendingPathComponent("week-09.md").path)
        return root
    }

    @Test func everyBadFileIsReportedAndTheGoodSiteSurvives() throws {
        let root = try Self.makeCohort()
        defer { try? FileManager.default.removeItem(at: root) }
        let check = try CLIRunner.run(["check", root.path])
        #expect(check.status == 1, "binary content is an error")
        let out = check.stdout
        #expect(out.contains("bad/content/worklog/week-01.md:1:1: error[binary-content]"))
        #expect(out.contains("week-03.md") && out.contains("front-matter-unclosed"))
        #expect(out.contains("week-06.md") && out.contains("invalid-utf8"))
        #expect(out.contains("week-07.md") && out.contains("not-a-regular-file"))
        #expect(out.contains("symlink-loop") || out.contains("broken-symlink"))
        #expect(out.contains("summary: 2 sites"))

        let stats = try CLIRunner.run(["stats", root.path])
        let good = try #require(stats.stdout.split(separator: "\n").first { $0.hasPrefix("good ") })
        #expect(good.split(separator: " ").prefix(4) == ["good", "3", "3", "14"])
        // The 50 MB one-cell row and the 500-column table still give their one task each.
        let bad = try #require(stats.stdout.split(separator: "\n").first { $0.hasPrefix("bad ") })
        #expect(bad.split(separator: " ")[3] == "3")
    }
}
