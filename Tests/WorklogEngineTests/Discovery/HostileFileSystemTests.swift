import Foundation
import Testing
import WorklogEngine
import WorklogModel

/// Bad entries give a diagnostic each; the rest of the site is still found.
@Suite struct HostileFileSystemTests {
    /// A site with week 1 and week 2 pages that must survive whatever else is in the folder.
    private func site(_ tree: TempTree) throws -> String {
        try tree.file("s/config.toml")
        try tree.file("s/content/1-Worklog/1.1-Week1/_index.md", "w1")
        try tree.file("s/content/1-Worklog/1.2-Week2/_index.md", "w2")
        return tree.path("s/content/1-Worklog")
    }

    private func codes(_ result: DiscoveryResult) -> [String] {
        result.diagnostics.map { "\($0.severity.rawValue) \($0.code) \($0.location.path)" }
    }

    @Test func missingCommandLinePath() throws {
        let tree = try TempTree()
        _ = try site(tree)
        let gone = tree.path("nowhere")
        let result = Discovery.discover(paths: [gone, tree.path("s")])
        #expect(result.sites.map(\.id) == ["s"])
        #expect(result.pageCount == 2)
        #expect(codes(result) == ["error input-not-found \(gone)"])
    }

    @Test func nonMarkdownFileOnTheCommandLine() throws {
        let tree = try TempTree()
        let notes = try tree.file("notes.txt", "x")
        let result = Discovery.discover(paths: [notes])
        #expect(result.sites.isEmpty)
        #expect(codes(result) == ["warning input-not-markdown \(notes)"])
    }

    @Test func namedPipeNamedLikeAPageIsNeverOpened() throws {
        let tree = try TempTree()
        let worklog = try site(tree)
        try tree.fifo("s/content/1-Worklog/1.2-Week2/x.md")
        try tree.fifo("s/content/1-Worklog/pipe.txt")
        // Would hang here if discovery opened the pipe.
        let result = Discovery.discover(paths: [tree.root])
        #expect(result.sites.first?.pages.map(\.weekNumber) == [1, 2])
        #expect(codes(result) == ["warning not-a-regular-file s/content/1-Worklog/1.2-Week2/x.md"])
        _ = worklog
    }

    @Test func symlinkLoopsAndBrokenLinks() throws {
        let tree = try TempTree()
        let worklog = try site(tree)
        try tree.symlink("s/content/1-Worklog/1.1-Week1/back", to: worklog)  // folder loop
        try tree.symlink("s/content/1-Worklog/self.md", to: worklog + "/self.md")  // ELOOP
        try tree.symlink("s/content/1-Worklog/dangling.md", to: worklog + "/missing.md")
        try tree.folder("elsewhere/1.3-Week3")
        try tree.file("elsewhere/1.3-Week3/_index.md", "w3")
        try tree.symlink("s/content/1-Worklog/1.3-Week3", to: tree.path("elsewhere/1.3-Week3"))
        let result = Discovery.discover(paths: [tree.path("s")])
        let pages = try #require(result.sites.first).pages
        #expect(pages.map(\.displayPath) == [
            "s/content/1-Worklog/1.1-Week1/_index.md",
            "s/content/1-Worklog/1.2-Week2/_index.md",
            "s/content/1-Worklog/1.3-Week3/_index.md",
        ])
        #expect(pages.map(\.weekNumber) == [1, 2, 3])
        #expect(codes(result) == [
            "warning symlink-loop s/content/1-Worklog/1.1-Week1/back",
            "warning broken-symlink s/content/1-Worklog/dangling.md",
            "warning broken-symlink s/content/1-Worklog/self.md",
        ])
    }

    @Test func symlinkedSiteFolderLoopAtTheTop() throws {
        let tree = try TempTree()
        try tree.folder("repos/a")
        try tree.symlink("repos/a/up", to: tree.path("repos"))
        _ = try site(tree)
        try tree.symlink("repos/s", to: tree.path("s"))
        let result = Discovery.discover(paths: [tree.path("repos")])
        #expect(result.sites.map(\.id) == ["s"])
        #expect(result.pageCount == 2)
        #expect(codes(result) == ["warning symlink-loop \(tree.path("repos"))/a/up"])
    }

    @Test func folderNamedLikeAPageAndEmptyFile() throws {
        let tree = try TempTree()
        _ = try site(tree)
        try tree.file("s/content/1-Worklog/week-4.md/_index.md", "inside")
        try tree.file("s/content/1-Worklog/week-5.md", "")
        let result = Discovery.discover(paths: [tree.path("s")])
        let pages = try #require(result.sites.first).pages
        #expect(pages.map(\.displayPath) == [
            "s/content/1-Worklog/1.1-Week1/_index.md",
            "s/content/1-Worklog/1.2-Week2/_index.md",
            "s/content/1-Worklog/week-4.md/_index.md",
            "s/content/1-Worklog/week-5.md",
        ])
        #expect(pages.map(\.weekNumber) == [1, 2, 4, 5])
        #expect(codes(result) == ["info folder-named-like-page s/content/1-Worklog/week-4.md"])
    }

    @Test func unreadableFolderAndFileAsUnprivilegedUser() async throws {
        let tree = try TempTree()
        _ = try site(tree)
        try tree.file("s/content/1-Worklog/1.3-Week3/_index.md", "w3")
        try tree.file("s/content/1-Worklog/1.4-Week4/_index.md", "w4")
        chmod(tree.path("s/content/1-Worklog/1.3-Week3"), 0o000)
        chmod(tree.path("s/content/1-Worklog/1.4-Week4/_index.md"), 0o000)
        let root = tree.path("s")
        let outcome = await Unprivileged.run { () -> [String] in
            let result = Discovery.discover(paths: [root])
            var lines = result.sites.flatMap(\.pages).map(\.displayPath)
            lines += result.diagnostics.map { "\($0.severity.rawValue) \($0.code) \($0.location.path)" }
            var reader = FileReader()
            for page in result.sites.flatMap(\.pages) {
                var count = -1
                let problem = reader.read(page.path, displayPath: page.displayPath) { count = $0.count }
                lines.append("\(page.displayPath): \(problem?.code ?? "read \(count)")")
            }
            return lines
        }
        let lines = try #require(outcome, "could not drop privileges (setfsuid unavailable)")
        #expect(lines == [
            "s/content/1-Worklog/1.1-Week1/_index.md",
            "s/content/1-Worklog/1.2-Week2/_index.md",
            "s/content/1-Worklog/1.4-Week4/_index.md",
            "error unreadable-folder s/content/1-Worklog/1.3-Week3",
            "s/content/1-Worklog/1.1-Week1/_index.md: read 2",
            "s/content/1-Worklog/1.2-Week2/_index.md: read 2",
            "s/content/1-Worklog/1.4-Week4/_index.md: unreadable-file",
        ])
    }
}
