import ArgumentParser
import Foundation
import WorklogEngine
import WorklogExport
import WorklogModel

/// `worklog stats`: parse and compute metrics, print the per-intern summary; writes nothing.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print per-intern metrics as an aligned table (or JSON); writes no file."
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var input: InputOptions
    @OptionGroup var topicOptions: TopicOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Replace intern ids by stable pseudonyms (intern-001).")
    var anonymize = false

    func run() throws {
        let (taxonomy, curriculum): (Taxonomy, Curriculum)
        do { (taxonomy, curriculum) = try topicOptions.load() } catch let f as UsageFailure { throw f.exit() }
        let cohort = input.readCohort()
        if cohort.statistics.filesRead == 0 { try exitStatus(cohort: cohort, strict: false) }
        let builder = ReportBuilder(taxonomy: taxonomy, curriculum: curriculum, anonymize: anonymize)
        let metrics = builder.metrics(for: cohort, jobs: input.jobs)
        switch format {
        case .json:
            let interns = builder.tables(from: metrics).filter { $0.name == "interns" }
            print(String(decoding: JSONReportWriter().data(for: interns), as: UTF8.self))
        case .text:
            print(StatsTable(metrics: metrics).text, terminator: "")
            print(CohortFigures(metrics: metrics, taxonomy: taxonomy).text, terminator: "")
        }
        KeptUntilExit.keep(cohort, metrics)
    }
}

/// The per-intern table `worklog stats` prints, columns padded to their widest cell.
struct StatsTable {
    static let header = ["intern", "weeks", "missing", "tasks", "tasks/wk", "tasks/day",
                         "lag med", "lag p90", "topics", "coverage", "err", "warn"]
    /// Columns aligned right (numbers).
    static let numeric: Set<Int> = [1, 3, 4, 5, 6, 7, 8, 9, 10, 11]

    var rows: [[String]]

    init(metrics: CohortMetrics) {
        rows = metrics.interns.sorted { $0.id < $1.id }.map { i in
            [i.id, String(i.weeksWithTask.count),
             i.missingWeeks.map(String.init).joined(separator: ","),
             String(i.tasks), show(i.tasksPerWeek), show(i.tasksPerDay),
             show(i.lag.median), show(i.lag.p90), String(i.topics.count),
             show(i.curriculumCoverage), String(i.errors), String(i.warnings)]
        }
    }

    var text: String {
        let all = [Self.header] + rows
        var widths = Array(repeating: 0, count: Self.header.count)
        for row in all {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        return all.map { row in
            let line = row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return Self.numeric.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ")
            return StatsTable.trimmingTrailingSpace(line)
        }.joined(separator: "\n") + "\n"
    }

    /// The line without trailing white space, as the regex `\s+$` removes it. Rows
    /// end in plain padding, handled on bytes; anything else goes to the regex.
    static func trimmingTrailingSpace(_ line: String) -> String {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        if end > bytes.startIndex {
            let last = bytes[bytes.index(before: end)]
            if last < 0x80, last > 0x20 {
                return end == bytes.endIndex ? line : String(line[..<end])
            }
        }
        return line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
}
