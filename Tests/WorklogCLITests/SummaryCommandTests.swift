import Foundation
import Testing
@testable import worklog

@Suite struct SummaryCommandTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples/cohort").path

    @Test func writesMarkdownAndHTMLPerIntern() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("summary-cli-\(getpid())")
        defer { try? FileManager.default.removeItem(at: out) }
        let command = try SummaryCommand.parse([SummaryCommandTests.samples, "--out", out.path, "--anonymize",
                                                "--intern", "binh-report", "--lang", "vi", "--jobs", "1"])
        try command.run()
        // Sorted ids alice-fcj, binh-report, chau-worklog: binh-report is intern-002.
        let folder = out.appendingPathComponent("intern-002")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["intern-002"])
        let md = try String(contentsOf: folder.appendingPathComponent("summary.md"), encoding: .utf8)
        let html = try String(contentsOf: folder.appendingPathComponent("summary.html"), encoding: .utf8)
        #expect(md.hasPrefix("# Tổng kết thực tập: intern-002\n"))
        #expect(html.contains("<title>Tổng kết thực tập: intern-002</title>"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\""))
        #expect(!md.contains("binh-report") && !html.contains("binh-report"))
    }
}
