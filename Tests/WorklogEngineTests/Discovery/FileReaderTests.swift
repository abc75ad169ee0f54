import Foundation
import Testing
import WorklogEngine
import WorklogModel

@Suite struct FileReaderTests {
    private func readAll(_ reader: inout FileReader, _ path: String) -> ([UInt8]?, Diagnostic?) {
        var bytes: [UInt8]?
        let problem = reader.read(path, displayPath: "shown/" + FileSystemName.last(path)) { bytes = Array($0) }
        return (bytes, problem)
    }

    @Test func readsFilesOfAnySizeWithOneReusedReader() throws {
        let tree = try TempTree()
        let big = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let bigPath = try tree.bytes("big.md", big)
        let smallPath = try tree.file("small.md", "# Week 1\r\n| a | b |\n")
        let emptyPath = try tree.file("empty.md", "")
        var reader = FileReader()

        let (first, p1) = readAll(&reader, bigPath)
        #expect(p1 == nil)
        #expect(first == big)
        let (second, p2) = readAll(&reader, smallPath)
        #expect(p2 == nil)
        #expect(second == Array("# Week 1\r\n| a | b |\n".utf8))
        let (third, p3) = readAll(&reader, emptyPath)
        #expect(p3 == nil)
        #expect(third == [])
        // Growing the buffer mid-read must keep what was read: read the big one again.
        let (again, _) = readAll(&reader, bigPath)
        #expect(again?.count == 300_000)
        #expect(again == big)
    }

    @Test func binaryBytesArePassedAsTheyAre() throws {
        let tree = try TempTree()
        let data: [UInt8] = [0xEF, 0xBB, 0xBF, 0x00, 0xFF, 0xFE, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]
        let path = try tree.bytes("image.md", data)
        var reader = FileReader()
        let (bytes, problem) = readAll(&reader, path)
        #expect(problem == nil)
        #expect(bytes == data)
    }

    @Test func missingFolderAndPipeGiveDiagnostics() throws {
        let tree = try TempTree()
        try tree.folder("dir.md")
        try tree.fifo("pipe.md")
        var reader = FileReader()

        let (none, missing) = readAll(&reader, tree.path("gone.md"))
        #expect(none == nil)
        #expect(missing?.code == "unreadable-file")
        #expect(missing?.severity == .error)
        #expect(missing?.location.path == "shown/gone.md")

        let (_, folder) = readAll(&reader, tree.path("dir.md"))
        #expect(folder?.code == "not-a-regular-file")

        // Must come back at once: a pipe with no writer would block a plain open.
        let (pipeBytes, pipe) = readAll(&reader, tree.path("pipe.md"))
        #expect(pipeBytes == nil)
        #expect(pipe?.code == "not-a-regular-file")
        #expect(pipe?.description == "shown/pipe.md:1:1: error[not-a-regular-file]: is not a regular file (pipe, socket or device); skipped")
    }

    @Test func followsSymlinksToFiles() throws {
        let tree = try TempTree()
        try tree.file("real.md", "hello")
        try tree.symlink("link.md", to: tree.path("real.md"))
        try tree.symlink("self.md", to: tree.path("self.md"))
        var reader = FileReader()
        let (bytes, problem) = readAll(&reader, tree.path("link.md"))
        #expect(problem == nil)
        #expect(bytes == Array("hello".utf8))
        let (_, loop) = readAll(&reader, tree.path("self.md"))
        #expect(loop?.code == "unreadable-file")
    }

    @Test func unreadableFileAsUnprivilegedUser() async throws {
        let tree = try TempTree()
        let path = try tree.file("secret.md", "hidden")
        chmod(path, 0o000)
        let outcome = await Unprivileged.run { () -> String in
            var reader = FileReader()
            var called = false
            let problem = reader.read(path, displayPath: "secret.md") { _ in called = true }
            return "\(called) \(problem?.code ?? "none") \(problem?.severity.rawValue ?? "-")"
        }
        let result = try #require(outcome, "could not drop privileges (setfsuid unavailable)")
        #expect(result == "false unreadable-file error")
    }
}

/// Last path component, for display paths in these tests.
enum FileSystemName {
    static func last(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
