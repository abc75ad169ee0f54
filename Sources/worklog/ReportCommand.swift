import ArgumentParser
import Foundation
import WorklogEngine
import WorklogExport
import WorklogModel
import WorklogXLSX

/// `worklog report`: the main job. Reads, computes metrics, writes CSV, JSON and XLSX.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compute metrics and write them as CSV, JSON and an XLSX review workbook.",
        discussion: """
        Writes interns.csv, weeks.csv, days.csv, tasks.csv, topics.csv, diagnostics.csv, \
        cohort.csv, topic_weeks.csv, similarity.csv, report.json and review.xlsx into the output folder. \
        Each file is written to a temporary file and renamed, so a failed run leaves \
        earlier reports untouched.
        """
    )

    enum Format: String, CaseIterable { case csv, json, xlsx }

    @OptionGroup var input: InputOptions
    @OptionGroup var topicOptions: TopicOptions
    @OptionGroup var originality: OriginalityOptions

    @Option(help: "Output folder.")
    var out: String = "reports"

    @Option(help: "Comma-separated formats to write: csv, json, xlsx (default: all).")
    var format: String = "csv,json,xlsx"

    @Option(name: .customLong("csv-profile"), help: "plain (RFC 4180, LF) or excel (BOM, CRLF, formula-safe text).")
    var csvProfile: String = "plain"

    @Flag(help: "Replace intern ids and paths by stable pseudonyms (intern-001) everywhere.")
    var anonymize = false

    @Flag(help: "Exit 1 on warnings too, not only on errors.")
    var strict = false

    func formats() throws -> Set<Format> {
        var set = Set<Format>()
        for word in format.split(separator: ",") {
            let name = word.trimmingCharacters(in: .whitespaces).lowercased()
            guard let f = Format(rawValue: name) else {
                throw ValidationError("unknown format '\(name)' in --format: use csv, json or xlsx")
            }
            set.insert(f)
        }
        guard !set.isEmpty else { throw ValidationError("--format names no format: use csv, json or xlsx") }
        return set
    }

    func validate() throws {
        _ = try formats()
        guard CSVProfile(rawValue: csvProfile) != nil else {
            throw ValidationError("--csv-profile must be plain or excel")
        }
    }

    func run() throws {
        let formats = try formats()
        let (taxonomy, curriculum): (Taxonomy, Curriculum)
        let template: TemplateTexts?
        do {
            (taxonomy, curriculum) = try topicOptions.load()
            template = try originality.loadTemplate(input: input)
        } catch let f as UsageFailure { throw f.exit() }

        let read = input.readCohort()
        if read.statistics.filesRead == 0 { try exitStatus(cohort: read, strict: strict) }
        let (cohort, found) = originality.analyze(read, template: template, jobs: input.jobs)
        let builder = ReportBuilder(taxonomy: taxonomy, curriculum: curriculum, anonymize: anonymize)
        let metrics = builder.metrics(for: cohort, originality: found, jobs: input.jobs)
        let tables = builder.tables(from: metrics)

        // Everything is staged first (CSV and JSON, then the workbook) and renamed in one
        // batch, so a failure or an interrupt leaves every earlier report as it was.
        var written: [String] = []
        var batch = AtomicFileWriter.StagedBatch()
        do {
            var exportFormats = Set<ExportFormat>()
            if formats.contains(.csv) { exportFormats.insert(.csv) }
            if formats.contains(.json) { exportFormats.insert(.json) }
            let directory = URL(fileURLWithPath: out)
            let folder = try ReportExporter.prepareFolder(directory)
            if !exportFormats.isEmpty {
                batch = try ReportExporter.stage(
                    tables: tables, to: directory, formats: exportFormats,
                    csvProfile: CSVProfile(rawValue: csvProfile) ?? .plain)
            }
            if formats.contains(.xlsx) {
                let path = folder + "/review.xlsx"
                let staged = try XLSXReport.stage(tables: tables, cohort: cohort, for: path)
                for note in staged.notes { StandardError.write("worklog: note: \(note)\n") }
                batch.adopt(temporary: staged.temporary, for: path)
            }
            written = batch.files.map(\.path)
            try batch.commit()
        } catch {
            batch.discard()
            StandardError.write("worklog: error: \(error)\n")
            StandardError.write("worklog: no report was replaced; fix the problem above and run again\n")
            throw ExitCode(1)
        }

        print(CohortFigures(metrics: metrics, taxonomy: taxonomy).text, terminator: "")
        print("wrote \(written.count) files to \(out): " + written.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))
        KeptUntilExit.keep(cohort, metrics, tables)
        try exitStatus(cohort: cohort, strict: strict)
    }
}
