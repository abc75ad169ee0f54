import Foundation

/// Where the shared corpus of real worklogs is: `WORKLOG_CORPUS`, else `../shared/corpus`
/// beside the repository (as in CI). Corpus tests are skipped when it is absent.
enum CorpusLocation {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let path: String = ProcessInfo.processInfo.environment["WORKLOG_CORPUS"]
        ?? repoRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus").standardizedFileURL.path

    static var isPresent: Bool { FileManager.default.fileExists(atPath: path + "/MANIFEST.tsv") }
}
