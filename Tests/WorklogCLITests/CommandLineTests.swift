import Foundation
import Testing

/// The real binary, end to end: usage, exit codes, outputs.
@Suite struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try CLIRunner.run(["--help"])
        #expect(help.status == 0)
        for command in ["check", "report", "stats", "summary"] {
            #expect(help.stdout.contains(command), "help lists \(command)")
            let sub = try CLIRunner.run([command, "--help"])
            #expect(sub.status == 0)
            #expect(sub.stdout.contains("USAGE: worklog \(command)"))
        }
    }

    @Test func checkSummarizesTheSample() throws {
        let result = try CLIRunner.run(["check", CLIRunner.samplePath])
        #expect(result.status == 0)
        #expect(result.stdout.contains("summary: 3 sites, 11 files"))
        #expect(result.stdout.contains("weeks (one language each): 8; day entries: 19; tasks: 27; subtasks: 4"))
        #expect(result.stdout.contains("warning[template-leftover]: "))
        // Progress goes to a terminal only; here stderr is a pipe.
        #expect(result.stderr.isEmpty)
    }

    @Test func strictTurnsWarningsIntoExitOne() throws {
        #expect(try CLIRunner.run(["check", "--strict", CLIRunner.samplePath]).status == 1)
    }

    @Test func noInputIsExitTwo() throws {
        let result = try CLIRunner.run(["check", "/nonexistent/worklog-input"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("error[input-not-found]"))
        #expect(result.stderr.contains("no worklog pages found"))
        #expect(try CLIRunner.run(["check"]).status == 2)
        #expect(try CLIRunner.run(["report", "--format", "pdf", CLIRunner.samplePath]).status == 2)
    }

    @Test func checkJSONIsOneDocument() throws {
        let result = try CLIRunner.run(["check", "--format", "json", CLIRunner.samplePath])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let summary = try #require(object?["summary"] as? [String: Any])
        #expect(summary["tasks"] as? Int == 27)
        #expect(summary["sites"] as? Int == 3)
        let text = try CLIRunner.run(["check", CLIRunner.samplePath]).stdout
        let lines = text.split(separator: "\n").filter { $0.contains("]: ") && $0.hasPrefix("binh") || $0.hasPrefix("alice") || $0.hasPrefix("chau") }
        #expect((object?["diagnostics"] as? [Any])?.count == lines.count)
        #expect(lines.count >= 5)
    }

    static let reportNames = ["cohort.csv", "days.csv", "diagnostics.csv", "interns.csv", "report.json", "review.xlsx",
                              "similarity.csv", "tasks.csv", "topic_weeks.csv", "topics.csv", "weeks.csv"]

    /// Runs `report` over `paths` into a fresh folder and returns every file's bytes.
    static func reportBytes(_ paths: [String], jobs: Int = 2) throws -> [String: Data] {
        let out = try CLIRunner.temporaryDirectory("determinism")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLIRunner.run(["report", "--jobs", "\(jobs)", "--out", out.path] + paths)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == reportNames)
        var files: [String: Data] = [:]
        for name in reportNames { files[name] = try Data(contentsOf: out.appendingPathComponent(name)) }
        return files
    }

    static func expectSame(_ a: [String: Data], _ b: [String: Data], _ what: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        for name in reportNames {
            #expect(a[name] == b[name], "\(name) differs: \(what)", sourceLocation: sourceLocation)
            #expect(a[name]?.isEmpty == false, sourceLocation: sourceLocation)
        }
    }

    @Test func reportIsByteIdenticalAcrossRunsAndJobs() throws {
        let out = try CLIRunner.temporaryDirectory("jobs1")
        defer { try? FileManager.default.removeItem(at: out) }
        let first = try CLIRunner.run(["report", "--jobs", "1", "--out", out.path, CLIRunner.samplePath])
        #expect(first.status == 0)
        #expect(first.stdout.contains("interns: 3; weeks with a task: 7; tasks: 27"))
        let one = try Self.reportBytes([CLIRunner.samplePath], jobs: 1)
        for jobs in [2, 5] {
            Self.expectSame(one, try Self.reportBytes([CLIRunner.samplePath], jobs: jobs), "--jobs 1 vs --jobs \(jobs)")
        }
        // Another run, same jobs: same bytes (no clock, no random order).
        Self.expectSame(one, try Self.reportBytes([CLIRunner.samplePath], jobs: 1), "two runs at --jobs 1")
    }

    @Test func reportIsByteIdenticalInAnyOrderOfTheSites() throws {
        let sites = ["alice-fcj", "binh-report", "chau-worklog"].map { CLIRunner.samplePath + "/" + $0 }
        let first = try Self.reportBytes(sites)
        #expect(String(decoding: first["interns.csv"] ?? Data(), as: UTF8.self).split(separator: "\n").dropFirst()
            .map { $0.prefix { $0 != "," } } == ["alice-fcj", "binh-report", "chau-worklog"])
        for order in [[2, 0, 1], [1, 2, 0], [2, 1, 0]] {
            Self.expectSame(first, try Self.reportBytes(order.map { sites[$0] }, jobs: 5), "sites in order \(order)")
        }
    }

    /// Copies the sample creating every folder's entries in sorted or reverse order. On a
    /// tmpfs (mounted when root may) the folder listing follows creation order, so the two
    /// copies list their pages in opposite orders; elsewhere the order is the file system's.
    @Test func reportIsByteIdenticalWhateverOrderTheFilesWereCreatedIn() throws {
        let base = try CLIRunner.temporaryDirectory("creation-order")
        let mounted = geteuid() == 0
            && (try? ChildProcess("mount", ["-t", "tmpfs", "-o", "size=8m", "tmpfs", base.path]).wait().status) == 0
        defer {
            if mounted { _ = try? ChildProcess("umount", [base.path]).wait() }
            try? FileManager.default.removeItem(at: base)
        }
        let fm = FileManager.default
        func copy(_ from: String, _ to: String, reversed: Bool) throws {
            try fm.createDirectory(atPath: to, withIntermediateDirectories: true)
            let names = try fm.contentsOfDirectory(atPath: from).sorted()
            for name in reversed ? names.reversed() : names {
                var isFolder: ObjCBool = false
                _ = fm.fileExists(atPath: from + "/" + name, isDirectory: &isFolder)
                if isFolder.boolValue {
                    try copy(from + "/" + name, to + "/" + name, reversed: reversed)
                } else {
                    try fm.copyItem(atPath: from + "/" + name, toPath: to + "/" + name)
                }
            }
        }
        try copy(CLIRunner.samplePath, base.path + "/forward", reversed: false)
        try copy(CLIRunner.samplePath, base.path + "/reverse", reversed: true)
        let forwardListing = try fm.contentsOfDirectory(atPath: base.path + "/forward")
        let reverseListing = try fm.contentsOfDirectory(atPath: base.path + "/reverse")
        if mounted { #expect(forwardListing == reverseListing.reversed(), "tmpfs lists in creation order") }
        let original = try Self.reportBytes([CLIRunner.samplePath])
        Self.expectSame(original, try Self.reportBytes([base.path + "/forward"], jobs: 1), "created in sorted order")
        Self.expectSame(original, try Self.reportBytes([base.path + "/reverse"], jobs: 5), "created in reverse order")
    }

    @Test func aBadTopicsFileLeavesEarlierReportsUntouched() throws {
        let out = try CLIRunner.temporaryDirectory("badtopics")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CLIRunner.run(["report", "--format", "csv", "--out", out.path, CLIRunner.samplePath]).status == 0)
        let before = try Data(contentsOf: out.appendingPathComponent("interns.csv"))
        let topics = out.appendingPathComponent("bad-topics.tsv")
        try "id\tname\tcategory\taliases\nec2\tEC2\n".write(to: topics, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["report", "--topics", topics.path, "--out", out.path, CLIRunner.samplePath])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad-topics.tsv:2"))
        #expect(try Data(contentsOf: out.appendingPathComponent("interns.csv")) == before)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("review.xlsx").path))
    }

    @Test func anUnwritableOutputLeavesEarlierReportsUntouched() throws {
        let out = try CLIRunner.temporaryDirectory("blocked")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CLIRunner.run(["report", "--format", "csv", "--out", out.path, CLIRunner.samplePath]).status == 0)
        let before = try Data(contentsOf: out.appendingPathComponent("interns.csv"))
        // A folder where days.csv must go: the run cannot complete and must replace nothing.
        try FileManager.default.removeItem(at: out.appendingPathComponent("days.csv"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("days.csv"), withIntermediateDirectories: false)
        let result = try CLIRunner.run(["report", "--format", "csv", "--lang", "vi", "--out", out.path, CLIRunner.samplePath])
        #expect(result.status == 1)
        #expect(result.stderr.contains("days.csv"))
        #expect(try Data(contentsOf: out.appendingPathComponent("interns.csv")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.contains("tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func excelProfileAddsBOMAndCRLF() throws {
        let out = try CLIRunner.temporaryDirectory("excel")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLIRunner.run(["report", "--format", "csv", "--csv-profile", "excel", "--out", out.path,
                                        CLIRunner.samplePath])
        #expect(result.status == 0)
        let bytes = [UInt8](try Data(contentsOf: out.appendingPathComponent("tasks.csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("intern,week,lang,day_index,task_index,kind,text,topics,source\r\n"))
        #expect(text.contains("Tạo tài khoản AWS") || text.contains("Đọc tài liệu"))
    }

    @Test func statsPrintsAnAlignedTable() throws {
        let result = try CLIRunner.run(["stats", CLIRunner.samplePath])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("intern ") == true)
        let alice = try #require(lines.first { $0.hasPrefix("alice-fcj") })
        // weeks 3, missing week 3, 14 tasks
        #expect(alice.split(separator: " ").prefix(4) == ["alice-fcj", "3", "3", "14"])
        #expect(lines.contains { $0.hasPrefix("interns: 3;") })
    }

    /// Each summary carries the intern's originality line (issue 8), worked out for the sample:
    /// alice-fcj has 15 texts of 6 words or more in English, all her own.
    @Test func summaryNamesOriginality() throws {
        let out = try CLIRunner.temporaryDirectory("summary")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLIRunner.run(["summary", "--out", out.path, CLIRunner.samplePath])
        #expect(result.status == 0)
        let alice = try String(contentsOf: out.appendingPathComponent("alice-fcj/summary.md"), encoding: .utf8)
        #expect(alice.contains("- Own writing: 100% of 15 longer texts; 0 shared with other interns, 0 from the template"))
        let html = try String(contentsOf: out.appendingPathComponent("alice-fcj/summary.html"), encoding: .utf8)
        #expect(html.contains("<li>Own writing: 100% of 15 longer texts"))
    }
}
