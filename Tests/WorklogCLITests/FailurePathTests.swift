import Foundation
import Testing

/// Writing reports when the world gets in the way, through the real binary: a missing
/// output folder is created; a read-only folder, a full disk, a file-size limit or an
/// interrupt leave every earlier report byte for byte as it was, leave no temporary
/// file behind, and the message says what to do.
@Suite struct FailurePathTests {
    static let names = ["cohort.csv", "days.csv", "diagnostics.csv", "interns.csv", "report.json", "review.xlsx",
                        "similarity.csv", "tasks.csv", "topic_weeks.csv", "topics.csv", "weeks.csv"]

    /// The sample cohort plus a site whose one page holds `rows` tasks: a report large
    /// enough to take a while and to exceed a small limit.
    static func bigCohort(_ name: String, rows: Int) throws -> URL {
        let root = try CLIRunner.temporaryDirectory(name)
        chmod(root.path, 0o755)
        for site in ["alice-fcj", "binh-report", "chau-worklog"] {
            try FileManager.default.copyItem(atPath: CLIRunner.samplePath + "/" + site,
                                             toPath: root.appendingPathComponent("in/" + site).path)
        }
        var text = "| Day | Task | Start Date |\n|---|---|---|\n"
        for i in 0..<rows { text += "| \(i % 5 + 1) | - deployed service \(i) on EC2 | 0\(i % 5 + 1)/06/2026 |\n" }
        try HostileReport.write(root, "in/big/content/worklog/week-01.md", Array(text.utf8))
        return root
    }

    /// Writes the sample's reports into `out` and returns every file's bytes.
    static func earlierReports(in out: URL) throws -> [String: Data] {
        let first = try CLIRunner.run(["report", "--out", out.path, CLIRunner.samplePath])
        #expect(first.status == 0, "\(first.stderr)")
        var files: [String: Data] = [:]
        for name in names { files[name] = try Data(contentsOf: out.appendingPathComponent(name)) }
        return files
    }

    /// Every earlier report is unchanged and nothing else is in the folder.
    static func expectUntouched(_ out: URL, _ before: [String: Data], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let now = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(now == names, "left behind: \(now.filter { !names.contains($0) })", sourceLocation: sourceLocation)
        for name in names {
            #expect(FileManager.default.contents(atPath: out.appendingPathComponent(name).path) == before[name],
                    "\(name) changed", sourceLocation: sourceLocation)
        }
    }

    @Test func missingOutputFolderIsCreated() throws {
        let base = try CLIRunner.temporaryDirectory("missing-out")
        defer { try? FileManager.default.removeItem(at: base) }
        for (formats, expected) in [("csv,json,xlsx", Self.names), ("xlsx", ["review.xlsx"])] {
            let out = base.appendingPathComponent("\(formats)/a/b c/reports")
            let result = try CLIRunner.run(["report", "--format", formats, "--out", out.path, CLIRunner.samplePath])
            #expect(result.status == 0, "\(formats): \(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == expected)
            #expect(result.stdout.contains("wrote \(expected.count) files to \(out.path)"))
        }
    }

    @Test func readOnlyOutputAsUnprivilegedUser() throws {
        let out = try CLIRunner.temporaryDirectory("readonly")
        defer { chmod(out.path, 0o755); try? FileManager.default.removeItem(at: out) }
        let before = try Self.earlierReports(in: out)
        // As root: the folder stays root's 0755 and the binary runs as `nobody`. Otherwise 0555.
        let wrapper = geteuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        chmod(out.path, geteuid() == 0 ? 0o755 : 0o555)
        // The input is copied beside the output: `nobody` may not reach the clone's folder.
        let input = try CLIRunner.temporaryDirectory("readonly-input")
        defer { try? FileManager.default.removeItem(at: input) }
        chmod(input.path, 0o755)
        let cohort = input.appendingPathComponent("cohort")
        try FileManager.default.copyItem(atPath: CLIRunner.samplePath, toPath: cohort.path)
        let arguments = ["report", "--out", out.path, cohort.path]
        let result = wrapper.isEmpty
            ? try ChildProcess.runWorklog(arguments)
            : try ChildProcess(wrapper[0], Array(wrapper.dropFirst()) + [CLIRunner.binary.path] + arguments).wait()
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot create a file in \(out.path) (Permission denied)"), "\(result.stderr)")
        #expect(result.stderr.contains("check that the folder exists and is writable"))
        #expect(result.stderr.contains("no report was replaced; fix the problem above and run again"))
        try Self.expectUntouched(out, before)
    }

    @Test func fileSizeLimitWhileWriting() throws {
        // RLIMIT_FSIZE through prlimit: a write past 64 kB fails with EFBIG, as a full disk
        // would with ENOSPC, and worklog ignores SIGXFSZ so it can say so.
        let root = try Self.bigCohort("fsize", rows: 3_000)
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let before = try Self.earlierReports(in: out)
        #expect(before.values.allSatisfy { $0.count < 64_000 })
        let result = try ChildProcess("prlimit", ["--fsize=64000", CLIRunner.binary.path,
                                                  "report", "--out", out.path, root.appendingPathComponent("in").path]).wait()
        #expect(result.signal == nil, "killed by signal \(result.signal ?? 0)")
        #expect(result.status == 1)
        #expect(result.stderr.contains("File too large"), "\(result.stderr)")
        #expect(result.stderr.contains("check the free disk space"))
        #expect(result.stderr.contains("no report was replaced; fix the problem above and run again"))
        try Self.expectUntouched(out, before)
    }

    @Test func diskFullOnASmallTmpfs() throws {
        let root = try Self.bigCohort("diskfull", rows: 3_000)
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let mount = try ChildProcess("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", out.path]).wait()
        defer {
            if mount.status == 0 { _ = try? ChildProcess("umount", [out.path]).wait() }
            try? FileManager.default.removeItem(at: root)
        }
        // Needs root and a sandbox that allows mounting; fileSizeLimitWhileWriting covers the rest.
        guard mount.status == 0 else { return }
        let before = try Self.earlierReports(in: out)
        let result = try CLIRunner.run(["report", "--out", out.path, root.appendingPathComponent("in").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
        #expect(result.stderr.contains("check the free disk space"))
        #expect(result.stderr.contains("no report was replaced; fix the problem above and run again"))
        try Self.expectUntouched(out, before)
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func interruptedWhileWritingALargeReport(signal: Int32) throws {
        let root = try Self.bigCohort("interrupt-\(signal)", rows: 60_000)
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let before = try Self.earlierReports(in: out)
        let child = try ChildProcess.worklog(["report", "--out", out.path, root.appendingPathComponent("in").path])
        // Wait for the first staged file, then interrupt: the workbook is still being written.
        var staged = false
        for _ in 0..<60_000 where !staged {
            staged = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).contains { $0.contains(".tmp-") }
            if !staged { usleep(1_000) }
        }
        #expect(staged, "no temporary file appeared")
        kill(child.pid, signal)
        let result = child.wait()
        #expect(result.signal == nil, "died of signal \(result.signal ?? 0) instead of cleaning up")
        #expect(result.status == 128 + signal)
        #expect(result.stderr.contains(signal == SIGINT ? "worklog: interrupted:" : "worklog: stopped by signal \(signal):"))
        #expect(result.stderr.contains("earlier reports were left as they were"))
        #expect(result.stderr.contains("run the command again to finish"))
        try Self.expectUntouched(out, before)
    }
}
