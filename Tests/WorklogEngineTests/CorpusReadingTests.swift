import Foundation
import Testing
import WorklogEngine
import WorklogModel
import WorklogParser

/// The whole engine over the real corpus: what issue 2 asks of it.
@Suite(.enabled(if: CorpusLocation.isPresent, "corpus not present"))
struct CorpusReadingTests {
    static let cohort = CohortReader.read(paths: [CorpusLocation.path], options: ReadOptions(jobs: 2))

    /// Every code the engine may raise on real pages: a code outside it is a surprise to look at.
    static let expectedCodes: Set<String> = [
        "worklog-folder-misspelled", "date-order-inferred", "date-order-conflict", "date-unreadable",
        "date-year-from-front-matter", "date-year-unknown", "front-matter-date-unreadable",
        "front-matter-unopened", "front-matter-unclosed", "negative-lag", "page-without-tasks",
        "table-row-too-long", "table-separator-mismatch", "template-leftover", "week-number-conflict",
        "weekday-mismatch", "empty-table-skipped", "unclosed-code-fence", "html-table-unclosed",
        "invalid-utf8", "duplicate-week-page",
    ]

    @Test func readsEverySiteWithoutErrors() {
        let cohort = Self.cohort
        #expect(cohort.statistics.sites == 75)
        #expect(cohort.interns.count == 75)
        #expect(cohort.diagnostics.filter { $0.severity == .error }.isEmpty)
        let unexpected = Set(cohort.diagnostics.map(\.code)).subtracting(Self.expectedCodes)
        #expect(unexpected.isEmpty, "unexpected codes: \(unexpected.sorted())")
    }

    /// ≥ 99% of week pages holding a table with a task column yield day entries with tasks.
    /// "Holds such a table" is judged here independently of the parser: a pipe header row
    /// naming a task word right above a separator row, or an HTML header cell naming one.
    @Test func tablePagesYieldTasks() throws {
        var withTaskTable = 0
        var yielding = 0
        var failures: [String] = []
        for intern in Self.cohort.interns {
            for week in intern.weeks {
                let path = CorpusLocation.path + "/" + week.source
                guard let data = FileManager.default.contents(atPath: path),
                      Self.holdsTaskTable(String(decoding: data, as: UTF8.self)) else { continue }
                withTaskTable += 1
                if week.entries.contains(where: { $0.taskCount > 0 }) {
                    yielding += 1
                } else {
                    failures.append(week.source)
                }
            }
        }
        print("corpus: \(yielding) of \(withTaskTable) weeks with a task table yield day entries with tasks; failures: \(failures)")
        #expect(withTaskTable > 700)
        #expect(Double(yielding) >= 0.99 * Double(withTaskTable))
    }

    static let taskWords = ["task", "công việc", "nhiệm vụ", "nội dung", "activit", "work"]

    static func holdsTaskTable(_ text: String) -> Bool {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { $0.lowercased() }
        for (i, line) in lines.enumerated() where i + 1 < lines.count && line.contains("|") {
            let next = lines[i + 1].filter { !$0.isWhitespace }
            guard next.contains("-"), next.allSatisfy({ "|-:".contains($0) }) else { continue }
            if taskWords.contains(where: line.contains) && !line.contains("action") { return true }
        }
        return text.lowercased().contains("<th") && taskWords.contains { text.lowercased().contains("<th>" + $0) }
    }

    /// A page whose dates force an order is read in that order.
    @Test func forcedPagesAreReadInTheirOrder() throws {
        var forced = 0
        var wrong: [String] = []
        for intern in Self.cohort.interns {
            for week in intern.weeks {
                let path = CorpusLocation.path + "/" + week.source
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                let page = PageParser.parse([UInt8](data), path: week.source)
                var votes: [DateOrder: Int] = [:]
                let texts = page.entries.flatMap { [$0.dayText, $0.dateText, $0.startText, $0.completionText] }
                    + [page.weekRangeText ?? ""]
                var seen = Set<RawDate>()
                for text in texts {
                    for token in DateReader.scan(text) {
                        for date in [token.firstDate, token.lastDate].compactMap({ $0 }) where seen.insert(date).inserted {
                            if let order = date.forcedOrder { votes[order, default: 0] += 1 }
                        }
                    }
                }
                let dmy = votes[.dmy] ?? 0
                let mdy = votes[.mdy] ?? 0
                guard dmy != mdy, week.entries.count == page.entries.count else { continue }
                forced += 1
                let expected: DateOrder = dmy > mdy ? .dmy : .mdy
                if week.dateOrder != expected { wrong.append("\(week.source): \(week.dateOrder) for \(expected)") }
            }
        }
        print("corpus: \(forced) chosen weeks force an order; read otherwise: \(wrong)")
        #expect(forced > 400)
        #expect(wrong.isEmpty)
    }

    @Test func sequentialAndParallelReadsAgree() {
        let sequential = CohortReader.read(paths: [CorpusLocation.path], options: ReadOptions(jobs: 1))
        #expect(sequential == Self.cohort)
    }
}
