import Foundation
import Testing

/// One `worklog report --format csv` run over a cohort of the sample's `alice-fcj` (as
/// `good`) and one hostile site, read back from the CSV files: which codes each path got,
/// each intern's row, and the tasks rows.
struct HostileReport {
    let root: URL
    let result: ChildProcess.Result
    /// `code path` for every diagnostic.
    let diagnostics: [String]
    /// interns.csv rows by intern id (all fields).
    let interns: [String: [String]]
    /// tasks.csv lines without the header.
    let taskLines: [Substring]
    /// Bytes of every CSV written.
    let csvBytes: Int

    /// A fresh cohort folder holding the good site; the test adds its hostile site.
    static func cohort(_ name: String) throws -> URL {
        let root = try CLIRunner.temporaryDirectory(name)
        chmod(root.path, 0o755)  // reachable by `nobody` in the unprivileged runs
        try FileManager.default.copyItem(atPath: CLIRunner.samplePath + "/alice-fcj",
                                         toPath: root.appendingPathComponent("good").path)
        return root
    }

    /// Writes `bytes` at `relative` under `root`, creating folders.
    static func write(_ root: URL, _ relative: String, _ bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Runs the binary (optionally through a wrapper such as `setpriv`), measuring its peak
    /// memory, and reads the CSVs.
    init(_ root: URL, wrapper: [String] = []) throws {
        self.root = root
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        chmod(out.path, 0o777)
        let arguments = ["report", "--format", "csv", "--out", out.path, root.path]
        result = try ChildProcess.measured(wrapper + [CLIRunner.binary.path] + arguments)
        func lines(_ name: String) -> [Substring] {
            let data = FileManager.default.contents(atPath: out.appendingPathComponent(name).path) ?? Data()
            return String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst().map { $0 }
        }
        diagnostics = lines("diagnostics.csv").map { line in
            let fields = line.split(separator: ",", maxSplits: 5, omittingEmptySubsequences: false)
            return fields.count > 4 ? "\(fields[1]) \(fields[4])" : String(line)
        }
        var interns: [String: [String]] = [:]
        for line in lines("interns.csv") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            interns[fields[0]] = fields
        }
        self.interns = interns
        taskLines = lines("tasks.csv")
        csvBytes = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [])
            .compactMap { try? FileManager.default.attributesOfItem(atPath: out.appendingPathComponent($0).path)[.size] as? Int }
            .reduce(0, +)
    }

    /// `tasks` of an intern (interns.csv column 6).
    func tasks(_ intern: String) -> Int? { interns[intern].flatMap { Int($0[5]) } }

    /// The good site is read in full: 3 weeks with a task, 14 tasks.
    func expectGoodSiteRead(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(interns["good"]?[1] == "3", sourceLocation: sourceLocation)
        #expect(tasks("good") == 14, sourceLocation: sourceLocation)
        #expect(taskLines.count(where: { $0.hasPrefix("good,") }) == 16, sourceLocation: sourceLocation)  // 14 tasks + 2 subtasks
    }

    /// The codes one path got.
    func codes(_ path: String) -> [String] {
        diagnostics.filter { $0.hasSuffix(" " + path) }.map { String($0.prefix { $0 != " " }) }
    }
}
