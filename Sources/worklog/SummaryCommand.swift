import ArgumentParser
import Foundation
import WorklogEngine
import WorklogExport
import WorklogModel
import WorklogSummary

/// `worklog summary`: an end-of-internship summary per intern, Markdown and HTML.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Write an end-of-internship summary per intern (summary.md and summary.html).",
        discussion: """
        Renders the Mustache templates of templates/ (or of --templates DIR: copy the shipped \
        folder and edit it) into OUT/INTERN/summary.md and summary.html. `--lang vi` picks the \
        Vietnamese templates (summary.vi.md.mustache, summary.vi.html.mustache) and wording. \
        Template problems are printed as path:line:col: severity[code]: message.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Only this intern (a site folder name, or its pseudonym with --anonymize).")
    var intern: String?

    @Option(help: "Folder of templates to use instead of the shipped ones.")
    var templates: String?

    @Option(help: "Folder the summaries are written to, one subfolder per intern.")
    var out: String = "reports/summaries"

    @Flag(help: "Replace intern ids by intern-001... in ids, paths and messages.")
    var anonymize = false

    func run() throws {
        let cohort = input.readCohort()
        if cohort.statistics.filesRead == 0 {
            StandardError.write("worklog: error: no worklog pages found in the given paths\n")
            throw ExitCode(2)
        }
        let taxonomy = try Taxonomy.bundled()
        let curriculum = Curriculum.core(of: taxonomy)
        // ReportBuilder also runs the originality analysis, which the summary reports.
        let metrics = ReportBuilder(taxonomy: taxonomy, curriculum: curriculum).metrics(for: cohort, jobs: input.jobs)
        let options = SummaryOptions(templatesDirectory: templates, language: input.lang,
                                     anonymize: anonymize, internFilter: intern)
        let summaries: [RenderedSummary]
        do {
            summaries = try SummaryRenderer.render(cohort: cohort, metrics: metrics, taxonomy: taxonomy,
                                                   curriculum: curriculum, options: options)
        } catch let error as SummaryError {
            StandardError.write(error.description + "\n")
            throw ExitCode(2)
        }
        // Template warnings are the same for every intern: print each once.
        var printed: Set<Diagnostic> = []
        for summary in summaries {
            for warning in summary.warnings where printed.insert(warning).inserted {
                StandardError.write(warning.description + "\n")
            }
        }
        var files: [(path: String, bytes: [UInt8])] = []
        for summary in summaries {
            let folder = (out as NSString).appendingPathComponent(summary.internID)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            files.append(((folder as NSString).appendingPathComponent("summary.md"), Array(summary.markdown.utf8)))
            files.append(((folder as NSString).appendingPathComponent("summary.html"), Array(summary.html.utf8)))
        }
        try AtomicFileWriter.write(files)
        print("wrote \(summaries.count) summaries to \(out)")
    }
}
