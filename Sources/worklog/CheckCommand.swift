import ArgumentParser
import Foundation
import WorklogEngine
import WorklogModel

/// `worklog check`: read everything, print what is wrong and a summary of what was read.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read worklogs and report what was read and what is wrong in them.",
        discussion: """
        Prints one line per diagnostic (path:line:col: severity[code]: message), then a \
        summary: sites, week pages by style and language, day entries, tasks, subtasks, \
        date order per site and diagnostics by code.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var input: InputOptions
    @OptionGroup var originality: OriginalityOptions

    @Flag(help: "Exit 1 on warnings too, not only on errors.")
    var strict = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let template: TemplateTexts?
        do { template = try originality.loadTemplate(input: input) } catch let f as UsageFailure { throw f.exit() }
        let (cohort, _) = originality.analyze(input.readCohort(), template: template, jobs: input.jobs)
        let summary = CheckSummary(cohort: cohort)
        switch format {
        case .text:
            var out = ""
            for diagnostic in cohort.diagnostics { out += diagnostic.description + "\n" }
            out += summary.text()
            print(out, terminator: "")
        case .json:
            print(try summary.json(diagnostics: cohort.diagnostics))
        }
        KeptUntilExit.keep(cohort)
        try exitStatus(cohort: cohort, strict: strict)
    }
}

/// SPEC 8: 2 when nothing could be read, 1 on errors (or warnings under `--strict`).
func exitStatus(cohort: Cohort, strict: Bool) throws {
    if cohort.statistics.filesRead == 0 {
        StandardError.write("worklog: error: no worklog pages found in the given paths\n")
        throw ExitCode(2)
    }
    let failing = cohort.diagnostics.contains {
        $0.severity == .error || (strict && $0.severity == .warning)
    }
    if failing { throw ExitCode(1) }
}
