import Foundation
import Testing

/// The report of the sample cohort, read back by readers we did not write: Python's
/// `csv` module for every CSV (both profiles), checked against `report.json`.
@Suite struct ReportReadBackTests {
    /// Prints, per CSV: name, rows, and the JSON rows of the same table, then checks
    /// cell by cell that the CSV and JSON agree (numbers compared as numbers).
    static let script = #"""
import csv, json, sys, os
folder, profile = sys.argv[1], sys.argv[2]
doc = json.load(open(os.path.join(folder, "report.json"), encoding="utf-8"))
enc = "utf-8-sig" if profile == "excel" else "utf-8"
for name in sorted(n for n in os.listdir(folder) if n.endswith(".csv")):
    table = name[:-4]
    with open(os.path.join(folder, name), newline="", encoding=enc) as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    objects = doc[table]
    mismatches = 0
    for row, obj in zip(body, objects):
        for col, cell in zip(header, row):
            value = obj[col]
            if profile == "excel" and cell.startswith("'") and isinstance(value, str) and value[:1] in "=+-@\t\r":
                cell = cell[1:]
            if value is None:
                ok = cell == ""
            elif isinstance(value, (int, float)):
                ok = cell != "" and float(cell) == float(value)
            else:
                ok = cell == value
            if not ok:
                mismatches += 1
                print("MISMATCH", table, col, repr(cell), repr(value))
    print(table, len(body), len(objects), mismatches)
"""#

    func readBack(profile: String) throws -> [String: (csv: Int, json: Int, mismatches: Int)] {
        let out = try CLIRunner.temporaryDirectory("readback-\(profile)")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CLIRunner.run(["report", "--format", "csv,json", "--csv-profile", profile,
                                     "--out", out.path, CLIRunner.samplePath])
        #expect(run.status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, out.path, profile]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var result: [String: (Int, Int, Int)] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.first == "MISMATCH" { Issue.record("\(line)"); continue }
            guard parts.count == 4, let a = Int(parts[1]), let b = Int(parts[2]), let c = Int(parts[3]) else { continue }
            result[String(parts[0])] = (a, b, c)
        }
        return result
    }

    @Test(arguments: ["plain", "excel"])
    func pythonReadsEveryTableAsJSONHasIt(profile: String) throws {
        let tables = try readBack(profile: profile)
        #expect(tables.keys.sorted() == ["cohort", "days", "diagnostics", "interns", "similarity", "tasks", "topic_weeks",
                                         "topics", "weeks"])
        for (name, counts) in tables {
            #expect(counts.csv == counts.json, "\(name): csv rows \(counts.csv), json rows \(counts.json)")
            #expect(counts.mismatches == 0, "\(name)")
        }
        // Worked out from samples/cohort: 3 interns; 8 weeks; 19 day entries; 27 tasks + 4 subtasks.
        #expect(tables["interns"]?.csv == 3)
        #expect(tables["weeks"]?.csv == 8)
        #expect(tables["days"]?.csv == 19)
        #expect(tables["tasks"]?.csv == 31)
    }
}
