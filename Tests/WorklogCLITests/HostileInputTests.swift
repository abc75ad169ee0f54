import Foundation
import Testing

/// More of issue 7's hostile list, one case per test, each through the real binary: the
/// hostile page gets its diagnostic (where one applies), nothing crashes, the result
/// stays the size the input calls for, and the good site beside it is still read in full.
extension HostileCohortTests {
    static let page = "bad/content/worklog/"

    /// `| Day | Task |` table with one task, gzip-compressed (mtime 0).
    static let gzipPage: [UInt8] = [
        0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xAB, 0x51, 0x70, 0x49, 0xAC, 0x54,
        0xA8, 0x51, 0x08, 0x49, 0x2C, 0xCE, 0x56, 0xA8, 0xE1, 0xAA, 0xD1, 0xD5, 0xD5, 0x05, 0x63, 0xAE,
        0x1A, 0x05, 0xDF, 0xFC, 0x3C, 0xA0, 0x84, 0xAE, 0x42, 0x72, 0x7E, 0x6E, 0x41, 0x51, 0x6A, 0x71,
        0x71, 0x6A, 0x8A, 0x42, 0x09, 0x44, 0x15, 0x00, 0x67, 0x1D, 0x4E, 0x58, 0x35, 0x00, 0x00, 0x00,
    ]

    /// A week page with one task, then the good site, run and checked.
    static let oneTask = Array("| Day | Task |\n|---|---|\n| Mon | - a task |\n".utf8)

    @Test func compressedFileNamedMarkdown() throws {
        let root = try HostileReport.cohort("gzip")
        defer { try? FileManager.default.removeItem(at: root) }
        try HostileReport.write(root, Self.page + "week-01.md", Self.gzipPage)
        try HostileReport.write(root, Self.page + "week-02.md", Self.oneTask)
        let report = try HostileReport(root)
        #expect(report.result.status == 1)  // binary content is an error
        #expect(report.codes(Self.page + "week-01.md") == ["binary-content", "page-without-tasks"])
        #expect(report.tasks("bad") == 1)  // week 2 still read
        report.expectGoodSiteRead()
    }

    @Test func overlongUTF8() throws {
        let root = try HostileReport.cohort("overlong")
        defer { try? FileManager.default.removeItem(at: root) }
        // C0 AF is an overlong `/`: never decoded as one, read as U+FFFD.
        try HostileReport.write(root, Self.page + "week-01.md",
                                Array("| Day | Task |\n|---|---|\n| Mon | - a".utf8) + [0xC0, 0xAF] + Array("b |\n".utf8))
        let report = try HostileReport(root)
        #expect(report.result.status == 0)
        #expect(report.codes(Self.page + "week-01.md") == ["invalid-utf8"])
        let task = try #require(report.taskLines.first { $0.hasPrefix("bad,") })
        #expect(task.contains(",a\u{FFFD}\u{FFFD}b,") || task.contains(",a\u{FFFD}b,"), "got \(task)")
        #expect(!task.contains("a/b"))
        report.expectGoodSiteRead()
    }

    @Test func nulBytesInsideText() throws {
        let root = try HostileReport.cohort("nul")
        defer { try? FileManager.default.removeItem(at: root) }
        try HostileReport.write(root, Self.page + "week-01.md",
                                Array("| Day | Task |\n|---|---|\n| Mon | - a".utf8) + [0x00] + Array("b |\n".utf8))
        try HostileReport.write(root, Self.page + "week-02.md", Self.oneTask)
        let report = try HostileReport(root)
        #expect(report.result.status == 1)
        #expect(report.codes(Self.page + "week-01.md") == ["binary-content", "page-without-tasks"])
        #expect(report.tasks("bad") == 1)
        report.expectGoodSiteRead()
    }

    @Test func hundredThousandTableRows() throws {
        let root = try HostileReport.cohort("rows")
        defer { try? FileManager.default.removeItem(at: root) }
        var text = "| Day | Task |\n|---|---|\n"
        text.reserveCapacity(2_200_000)
        for i in 0..<100_000 { text += "| \(i % 5 + 1) | - task \(i) |\n" }
        try HostileReport.write(root, Self.page + "week-01.md", Array(text.utf8))
        let report = try HostileReport(root)
        #expect(report.result.status == 0)
        #expect(report.codes(Self.page + "week-01.md") == [])
        #expect(report.tasks("bad") == 100_000)
        #expect(report.taskLines.count(where: { $0.hasPrefix("bad,") }) == 100_000)
        #expect(report.taskLines.last { $0.hasPrefix("bad,") }?.contains(",task 99999,") == true)
        // Memory bounded: ~210 MB measured in release for the 2 MB page and ~8 MB of CSV.
        #expect(report.csvBytes < 40_000_000)
        #expect(report.result.maxRSSKiB > 10_000)  // measured, not a default zero
        #expect(report.result.maxRSSKiB < 600_000, "peak RSS \(report.result.maxRSSKiB) KiB")
        report.expectGoodSiteRead()
    }

    @Test func thousandNestedListLevels() throws {
        let root = try HostileReport.cohort("nested")
        defer { try? FileManager.default.removeItem(at: root) }
        var text = "### Tasks completed this week\n\n**Monday**\n"
        for level in 0..<1_000 { text += String(repeating: "  ", count: level) + "- level \(level)\n" }
        try HostileReport.write(root, Self.page + "week-01.md", Array(text.utf8))
        let report = try HostileReport(root)
        #expect(report.result.status == 0)
        #expect(report.codes(Self.page + "week-01.md") == [])
        // The first item is the task, every deeper one a subtask of it.
        #expect(report.tasks("bad") == 1)
        let rows = report.taskLines.filter { $0.hasPrefix("bad,") }
        #expect(rows.count == 1_000)
        #expect(rows.count(where: { $0.contains(",subtask,") }) == 999)
        #expect(rows.last?.contains(",level 999,") == true)
        report.expectGoodSiteRead()
    }

    @Test func millionLineBreaksInACell() throws {
        let root = try HostileReport.cohort("br")
        defer { try? FileManager.default.removeItem(at: root) }
        let cell = "- first" + String(repeating: "<br>", count: 1_000_000) + "- last"
        try HostileReport.write(root, Self.page + "week-01.md", Array("| Day | Task |\n|---|---|\n| Mon | \(cell) |\n".utf8))
        let report = try HostileReport(root)
        #expect(report.result.status == 0)
        #expect(report.codes(Self.page + "week-01.md") == [])
        #expect(report.tasks("bad") == 2)  // the empty lines between are no tasks
        #expect(report.taskLines.filter { $0.hasPrefix("bad,") }.map { $0.split(separator: ",")[6] } == ["first", "last"])
        #expect(report.csvBytes < 100_000)
        #expect(report.result.maxRSSKiB < 600_000, "peak RSS \(report.result.maxRSSKiB) KiB")
        report.expectGoodSiteRead()
    }

    @Test func hundredThousandEmptyPages() throws {
        let root = try HostileReport.cohort("many")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent(Self.page)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 0..<100_000 {
            let fd = open(folder.path + "/page-\(100_000 + i).md", O_WRONLY | O_CREAT | O_EXCL, 0o644)
            try #require(fd >= 0)
            close(fd)
        }
        try HostileReport.write(root, Self.page + "week-01.md", Self.oneTask)
        let report = try HostileReport(root)
        #expect(report.result.status == 0)
        // Every empty page is reported (no week number in an empty page named page-N) ...
        #expect(report.diagnostics.count(where: { $0.hasPrefix("no-week-number bad/") }) == 100_000)
        #expect(report.codes(Self.page + "page-100000.md") == ["no-week-number"])
        #expect(report.codes(Self.page + "page-199999.md") == ["no-week-number"])
        // ... and the one real week of the same site and the good site are still read.
        #expect(report.tasks("bad") == 1)
        #expect(report.result.maxRSSKiB < 600_000, "peak RSS \(report.result.maxRSSKiB) KiB")
        report.expectGoodSiteRead()
    }

    @Test func pathsWithSpacesVietnameseAndEmoji() throws {
        let root = try HostileReport.cohort("names")
        defer { try? FileManager.default.removeItem(at: root) }
        // One name composed (NFC, as typed on Linux/Windows), one decomposed (NFD, as macOS
        // writes it): the bytes on disk must come out unchanged.
        let composed = "Nguyễn Văn Đức 🚀 team".precomposedStringWithCanonicalMapping
        let decomposed = "Trần Thị Hương".decomposedStringWithCanonicalMapping
        let page = "content/nhật ký worklog/Tuần 1 🗓 tuần-01.md"
        try HostileReport.write(root, composed + "/" + page.precomposedStringWithCanonicalMapping, Self.oneTask)
        try HostileReport.write(root, decomposed + "/" + page.decomposedStringWithCanonicalMapping, Self.oneTask)
        let report = try HostileReport(root)
        #expect(report.result.status == 0)
        #expect(report.diagnostics.filter { !$0.contains(" good/") } == [])
        for (id, form) in [(composed, page.precomposedStringWithCanonicalMapping),
                           (decomposed, page.decomposedStringWithCanonicalMapping)] {
            // Compared as bytes: Swift's `==` would equate the two normal forms.
            let row = report.taskLines.first { Array($0.utf8).starts(with: Array((id + ",").utf8)) }
            let line = try #require(row, "no task row for \(id)")
            #expect(Array(line.utf8).suffix(form.utf8.count + id.utf8.count + 3) == Array("\(id)/\(form):3".utf8))
            #expect(report.interns.keys.contains { Array($0.utf8) == Array(id.utf8) })
            #expect(report.tasks(id) == 1)
        }
        report.expectGoodSiteRead()
    }

    @Test func unreadableFolderAndFileAsUnprivilegedUser() throws {
        let root = try HostileReport.cohort("unreadable")
        defer {
            chmod(root.appendingPathComponent(Self.page + "week-02").path, 0o755)
            try? FileManager.default.removeItem(at: root)
        }
        try HostileReport.write(root, Self.page + "week-01.md", Self.oneTask)
        try HostileReport.write(root, Self.page + "week-02/_index.md", Self.oneTask)
        try HostileReport.write(root, Self.page + "week-03.md", Self.oneTask)
        // Everything readable by all first (the copied sample keeps its modes), then the two.
        if let paths = FileManager.default.enumerator(atPath: root.path) {
            for case let p as String in paths { chmod(root.path + "/" + p, p.hasSuffix(".md") ? 0o644 : 0o755) }
        }
        chmod(root.appendingPathComponent(Self.page + "week-02").path, 0o000)
        chmod(root.appendingPathComponent(Self.page + "week-03.md").path, 0o000)
        // As root the binary runs as `nobody` through setpriv: root reads anything.
        let wrapper = geteuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let report = try HostileReport(root, wrapper: wrapper)
        #expect(report.result.status == 1, "stderr: \(report.result.stderr)")
        #expect(report.codes(Self.page + "week-02") == ["unreadable-folder"])
        #expect(report.codes(Self.page + "week-03.md") == ["unreadable-file"])
        #expect(report.tasks("bad") == 1)  // week 1
        report.expectGoodSiteRead()
    }
}
