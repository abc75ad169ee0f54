import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder tree written for one test in a fresh temporary folder, removed at deinit.
final class TempTree {
    let root: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path + "/worklog-discovery-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        // Reachable by an unprivileged user too (for the permission tests).
        chmod(base, 0o755)
        root = base
    }

    deinit {
        // Restore permissions so that everything can be removed.
        if let paths = FileManager.default.enumerator(atPath: root) {
            for case let p as String in paths { chmod(root + "/" + p, 0o755) }
        }
        try? FileManager.default.removeItem(atPath: root)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    /// Writes `text` at `relative`, creating its folders.
    @discardableResult
    func file(_ relative: String, _ text: String = "") throws -> String {
        try bytes(relative, Array(text.utf8))
    }

    @discardableResult
    func bytes(_ relative: String, _ data: [UInt8]) throws -> String {
        let full = path(relative)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: full, contents: Data(data)) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return full
    }

    @discardableResult
    func folder(_ relative: String) throws -> String {
        let full = path(relative)
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        return full
    }

    func symlink(_ relative: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: target)
    }

    func fifo(_ relative: String) throws {
        guard mkfifo(path(relative), 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
