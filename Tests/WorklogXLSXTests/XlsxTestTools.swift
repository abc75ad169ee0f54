import Foundation

/// Process, unzip, LibreOffice and CSV helpers for the workbook tests.
enum XlsxTestTools {
    struct ProcessResult {
        var status: Int32
        var output: Data
        var error: String
    }

    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("worklog-xlsx-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, output: output,
                             error: String(decoding: error, as: UTF8.self))
    }

    /// One zip member's text, through `unzip -p`.
    static func member(_ xlsx: URL, _ name: String) throws -> String {
        let result = try run("/usr/bin/unzip", ["-p", xlsx.path, name])
        return String(decoding: result.output, as: UTF8.self)
    }

    static func memberNames(_ xlsx: URL) throws -> [String] {
        let result = try run("/usr/bin/unzip", ["-Z1", xlsx.path])
        return String(decoding: result.output, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Sheet name -> its worksheet part, in workbook order (libxlsxwriter names parts sheetN.xml by sheetId).
    static func sheetParts(_ xlsx: URL) throws -> [(name: String, part: String)] {
        let workbook = try member(xlsx, "xl/workbook.xml")
        let regex = try NSRegularExpression(pattern: #"<sheet name="([^"]*)" sheetId="(\d+)""#)
        let range = NSRange(workbook.startIndex..., in: workbook)
        return regex.matches(in: workbook, range: range).compactMap { match in
            guard let name = Range(match.range(at: 1), in: workbook),
                  let id = Range(match.range(at: 2), in: workbook) else { return nil }
            return (String(workbook[name]), "xl/worksheets/sheet\(workbook[id]).xml")
        }
    }

    static var sofficePath: String? {
        ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Every sheet of `xlsx` as CSV rows (UTF-8, one file per sheet), or nil without LibreOffice.
    static func sheetsAsCSV(_ xlsx: URL) throws -> [String: [[String]]]? {
        guard let soffice = sofficePath else { return nil }
        let dir = try temporaryDirectory("csv")
        defer { try? FileManager.default.removeItem(at: dir) }
        // A private profile, so parallel LibreOffice runs do not share a lock.
        let profile = dir.appendingPathComponent("profile").absoluteString
        let result = try run(soffice, [
            "-env:UserInstallation=\(profile)", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir", dir.path, xlsx.path,
        ])
        let base = xlsx.deletingPathExtension().lastPathComponent
        var sheets: [String: [[String]]] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".csv") {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let sheet = String(file.dropFirst(base.count + 1).dropLast(4))
            sheets[sheet] = parseCSV(text)
        }
        if sheets.isEmpty {
            throw ConversionError(message: "soffice exited \(result.status) with no CSV: \(result.error)")
        }
        return sheets
    }

    struct ConversionError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// RFC 4180 rows; trailing empty cells dropped, since LibreOffice pads rows to the used width.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        func endRow() {
            row.append(field)
            while let last = row.last, last.isEmpty { row.removeLast() }
            rows.append(row)
            row = []
            field = ""
        }
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" {
                endRow()
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { endRow() }
        return rows
    }
}
