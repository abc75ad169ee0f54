import Foundation
import Testing
import WorklogExport
import WorklogModel

@Suite struct ReportExporterTests {
    func makeFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
    }

    func contents(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            result[name] = isDirectory.boolValue ? Data("<folder>".utf8) : try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return result
    }

    @Test func sameInputByteIdenticalFiles() throws {
        let first = makeFolder(), second = makeFolder()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        let paths = try ReportExporter.write(tables: SampleTables.all(), to: first)
        try ReportExporter.write(tables: SampleTables.all(), to: second)
        #expect(paths.map { URL(fileURLWithPath: $0).lastPathComponent } == ["weeks.csv", "tasks.csv", "topics.csv", "report.json"])
        let a = try contents(first), b = try contents(second)
        #expect(a.keys.sorted() == ["report.json", "tasks.csv", "topics.csv", "weeks.csv"])
        #expect(a == b)
    }

    /// Staging writes hidden temporary files known to `StagedFiles` (what an interrupt
    /// removes); commit renames them all into place, discard removes them all.
    @Test func stagedBatchCommitsOrDiscardsEveryFile() throws {
        let folder = makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ReportExporter.write(tables: SampleTables.all(), to: folder)
        let before = try contents(folder)
        let changed = [SampleTables.all()[0]]
        var discarded = try ReportExporter.stage(tables: changed, to: folder, formats: [.csv])
        let temps = discarded.files.map(\.temp)
        #expect(discarded.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["weeks.csv"])
        #expect(temps.allSatisfy { URL(fileURLWithPath: $0).lastPathComponent.hasPrefix(".weeks.csv.tmp-") })
        #expect(temps.allSatisfy { StagedFiles.registered.contains($0) })
        #expect(try contents(folder).count == before.count + 1)  // staged beside, nothing replaced
        discarded.discard()
        #expect(try contents(folder) == before)
        #expect(temps.allSatisfy { !StagedFiles.registered.contains($0) })

        var batch = try ReportExporter.stage(tables: changed, to: folder, formats: [.csv])
        let staged = batch.files.map(\.temp)
        try batch.commit()
        #expect(staged.allSatisfy { !StagedFiles.registered.contains($0) && !FileManager.default.fileExists(atPath: $0) })
        let after = try contents(folder)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after["weeks.csv"] == before["weeks.csv"])  // same table, same bytes
        #expect(after["report.json"] == before["report.json"])  // not in this batch
    }

    @Test func failedWriteLeavesEarlierFilesUntouched() throws {
        let folder = makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ReportExporter.write(tables: SampleTables.all(), to: folder)
        let before = try contents(folder)
        // A folder where topics.csv must go: the batch fails before anything is replaced
        // (this works as root too, where permissions would not stop us).
        let blocker = folder.appendingPathComponent("topics.csv")
        try FileManager.default.removeItem(at: blocker)
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
        var changed = SampleTables.all()
        changed[0].rows[0][1] = .integer(99)
        do {
            try ReportExporter.write(tables: changed, to: folder)
            Issue.record("write into a blocked path succeeded")
        } catch let error as ExportError {
            #expect(error.path.hasSuffix("/topics.csv"))
            #expect(error.message.contains("a folder has this name: remove or rename it"))
        }
        let after = try contents(folder)
        #expect(after["weeks.csv"] == before["weeks.csv"])
        #expect(after["tasks.csv"] == before["tasks.csv"])
        #expect(after["report.json"] == before["report.json"])
        // No temporary file is left behind.
        #expect(after.keys.sorted() == ["report.json", "tasks.csv", "topics.csv", "weeks.csv"])
    }

    /// Root writes anywhere, so this runs only as another user; the test above covers root.
    @Test(.enabled(if: getuid() != 0)) func unwritableFolderKeepsFiles() throws {
        let folder = makeFolder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            try? FileManager.default.removeItem(at: folder)
        }
        try ReportExporter.write(tables: SampleTables.all(), to: folder)
        let before = try contents(folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        var changed = SampleTables.all()
        changed[0].rows[0][1] = .integer(99)
        #expect(throws: ExportError.self) { try ReportExporter.write(tables: changed, to: folder) }
        #expect(try contents(folder) == before)
    }

    @Test func outputPathThatIsAFile() throws {
        let file = makeFolder()
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("x".utf8).write(to: file)
        do {
            try ReportExporter.write(tables: SampleTables.all(), to: file)
            Issue.record("wrote into a file")
        } catch let error as ExportError {
            #expect(error.message.contains("not a folder"))
        }
        do {
            try AtomicFileWriter.write(Array("a".utf8), to: file.path + "/inside.csv")
            Issue.record("wrote below a file")
        } catch let error as ExportError {
            #expect(error.message.contains("check that the folder exists and is writable"))
        }
        #expect(try Data(contentsOf: file) == Data("x".utf8))
    }

    @Test func jsonOnly() throws {
        let folder = makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try ReportExporter.write(tables: SampleTables.all(), to: folder, formats: [.json])
        #expect(paths == [folder.standardizedFileURL.path + "/report.json"])
        #expect(try contents(folder).keys.sorted() == ["report.json"])
    }
}
