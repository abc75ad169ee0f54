import Foundation
import WorklogModel

/// Writes report tables as CSV files and/or `report.json` into one folder.
public enum ReportExporter {
    public static let jsonFileName = "report.json"

    /// Writes every requested format (all or nothing, see `AtomicFileWriter`) and returns
    /// the paths written, CSV files in table order then `report.json`.
    @discardableResult
    public static func write(
        tables: [ReportTable], to directory: URL, formats: Set<ExportFormat> = Set(ExportFormat.allCases),
        csvProfile: CSVProfile = .plain
    ) throws -> [String] {
        let folder = directory.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ExportError(path: folder, "this is a file, not a folder: choose another output folder")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw ExportError(path: folder, "cannot create the output folder: check the path and the permissions of its parent")
            }
        }
        var files: [(path: String, bytes: [UInt8])] = []
        if formats.contains(.csv) {
            let writer = CSVWriter(profile: csvProfile)
            for table in tables {
                files.append((path: folder + "/" + table.name + ".csv", bytes: writer.data(for: table)))
            }
        }
        if formats.contains(.json) {
            files.append((path: folder + "/" + jsonFileName, bytes: JSONReportWriter().data(for: tables)))
        }
        try AtomicFileWriter.write(files)
        return files.map(\.path)
    }
}
