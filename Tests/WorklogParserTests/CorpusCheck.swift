import Foundation
import Testing
import WorklogModel
import WorklogParser

/// Parses every week page of a corpus given by `WORKLOG_CORPUS` and prints
/// figures; off unless that variable is set.
@Suite struct CorpusCheck {
    static let root = ProcessInfo.processInfo.environment["WORKLOG_CORPUS"]

    @Test(.enabled(if: CorpusCheck.root != nil)) func corpusFigures() throws {
        let root = try #require(CorpusCheck.root)
        let fm = FileManager.default
        var pages = 0, withTable = 0, tableWithTasks = 0
        var styles: [String: Int] = [:]
        var codes: [String: Int] = [:]
        var failures: [String] = []
        let enumerator = fm.enumerator(atPath: root)
        var paths: [String] = []
        while let p = enumerator?.nextObject() as? String {
            guard p.hasSuffix(".md"), p.lowercased().contains("log") else { continue }
            let comps = p.split(separator: "/")
            if let name = comps.last, name.hasPrefix("_index"),
               comps.count >= 2, comps[comps.count - 2].lowercased().contains("log"),
               !comps[comps.count - 2].lowercased().contains("week") { continue }
            paths.append(p)
        }
        for p in paths.sorted() {
            guard let data = fm.contents(atPath: root + "/" + p) else { continue }
            let bytes = [UInt8](data)
            let page = PageParser.parse(bytes, path: p)
            pages += 1
            styles[page.style.rawValue, default: 0] += 1
            let zero = page.entries.count { $0.tasks.isEmpty }
            print("CORPUS PAGE \(page.style) tasks=\(page.taskCount) entries=\(page.entries.count) zeroEntries=\(zero) obj=\(page.objectives.count) ach=\(page.achievements.count) \(p)")
            for d in page.diagnostics {
                codes[d.code, default: 0] += 1
                print("CORPUS DIAG \(d)")
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if CorpusCheck.hasTaskTable(text) {
                withTable += 1
                if page.entries.contains(where: { $0.tableIndex >= 0 && !$0.tasks.isEmpty }) {
                    tableWithTasks += 1
                } else {
                    failures.append(p)
                }
            }
        }
        print("CORPUS pages=\(pages) taskTablePages=\(withTable) withEntries=\(tableWithTasks)")
        print("CORPUS styles=\(styles.sorted { $0.key < $1.key })")
        print("CORPUS codes=\(codes.sorted { $0.key < $1.key })")
        for f in failures { print("CORPUS FAIL \(f)") }
        #expect(pages > 0)
    }

    /// Independent check: a header line of a pipe or HTML table naming a task column.
    static func hasTaskTable(_ text: String) -> Bool {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
        for (i, l) in lines.enumerated() {
            let low = l.lowercased()
            let isHeader = (l.contains("|") && i + 1 < lines.count && lines[i + 1].contains("-") && lines[i + 1].contains("|")
                            && lines[i + 1].allSatisfy { "|-: \t".contains($0) }) || low.contains("<th")
            guard isHeader else { continue }
            let words = ["task", "công việc", "nhiệm vụ", "activit", "nội dung", "work"]
            if words.contains(where: { low.contains($0) }) { return true }
        }
        return false
    }
}

/// Prints what the parser reads from the files listed in `WORKLOG_DUMP`
/// (colon-separated); off unless that variable is set.
@Suite struct PageDump {
    static let files = ProcessInfo.processInfo.environment["WORKLOG_DUMP"]

    @Test(.enabled(if: PageDump.files != nil)) func dump() throws {
        for f in (PageDump.files ?? "").split(separator: ":") {
            let data = try #require(FileManager.default.contents(atPath: String(f)))
            let p = PageParser.parse([UInt8](data), path: String(f))
            print("DUMP \(f) style=\(p.style) title=\(p.frontMatter.title ?? "-") h1=\(p.headingTitle ?? "-") range=\(p.weekRangeText ?? "-")")
            print("DUMP  objectives=\(p.objectives.count) achievements=\(p.achievements.count) refs=\(p.references.count) loose=\(p.looseTasks.count)")
            for o in p.objectives { print("DUMP  O \(o.line): \(o.text.prefix(80))") }
            for o in p.achievements { print("DUMP  A \(o.line): \(o.text.prefix(80))") }
            for e in p.entries {
                print("DUMP  E \(e.line) t\(e.tableIndex) day=[\(e.dayText)] date=[\(e.dateText)] start=[\(e.startText)] end=[\(e.completionText)] topic=[\(e.topicText.prefix(30))] refs=\(e.references.count)")
                for t in e.tasks { print("DUMP    \(t.kind == .task ? "T" : "  s") \(t.text.prefix(90))") }
            }
            for t in p.looseTasks { print("DUMP  L \(t.kind == .task ? "T" : "  s") \(t.text.prefix(90))") }
            for d in p.diagnostics { print("DUMP  D \(d)") }
        }
    }
}
