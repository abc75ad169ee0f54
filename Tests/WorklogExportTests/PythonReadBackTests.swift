import Foundation
import Testing
import WorklogExport
import WorklogModel

/// Reads the CSV files back with Python's csv module: what other programs will do.
@Suite struct PythonReadBackTests {
    static let script = """
        import csv, json, sys
        with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
            rows = list(csv.reader(f))
        print(json.dumps(rows, ensure_ascii=False))
        """

    func readWithPython(_ path: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", PythonReadBackTests.script, path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONDecoder().decode([[String]].self, from: data)
    }

    func expectedRows(_ table: ReportTable, excel: Bool) -> [[String]] {
        [table.columns] + table.rows.map { row in
            row.map { cell in
                let text = cell.plainText
                if excel, case .text = cell, let first = text.first, ["=", "+", "-", "@", "\t", "\r", "\r\n"].contains(first) {
                    return "'" + text
                }
                return text
            }
        }
    }

    @Test(arguments: [CSVProfile.plain, CSVProfile.excel])
    func pythonReadsWhatWeWrote(profile: CSVProfile) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ReportExporter.write(tables: SampleTables.all(), to: folder, formats: [.csv], csvProfile: profile)
        #expect(written.map { URL(fileURLWithPath: $0).lastPathComponent } == ["weeks.csv", "tasks.csv", "topics.csv"])
        let table = SampleTables.tasks()
        let rows = try readWithPython(folder.appendingPathComponent("tasks.csv").path)
        // Same row count (header + 5), same values: Vietnamese, quotes, LF and CRLF inside cells intact.
        #expect(rows.count == 6)
        #expect(rows == expectedRows(table, excel: profile == .excel))
        #expect(rows[1][2] == "Tạo máy ảo EC2, \"quoted\"\nsecond line")
        #expect(rows[4][2] == "line1\r\nline2")
        #expect(try readWithPython(folder.appendingPathComponent("topics.csv").path) == [["intern", "topic_id"]])
    }
}
