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
        var batch = try stage(tables: tables, to: directory, formats: formats, csvProfile: csvProfile)
        let paths = batch.files.map(\.path)
        try batch.commit()
        return paths
    }

    /// Stages every requested format as temporary files in the folder (created if missing);
    /// nothing is replaced until the batch is committed, so other files can join it.
    public static func stage(
        tables: [ReportTable], to directory: URL, formats: Set<ExportFormat> = Set(ExportFormat.allCases),
        csvProfile: CSVProfile = .plain
    ) throws -> AtomicFileWriter.StagedBatch {
        let folder = try prepareFolder(directory)
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
        return try AtomicFileWriter.stage(files)
    }

    /// The output folder's path, created (with its parents) when missing.
    public static func prepareFolder(_ directory: URL) throws -> String {
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
        return folder
    }
}
