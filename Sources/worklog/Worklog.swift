import ArgumentParser
import WorklogEngine

@main
struct Worklog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worklog",
        abstract: "Read interns' weekly worklogs and turn them into metrics and reports.",
        discussion: "Exit codes: 0 done, 1 done with errors (or warnings under --strict), 2 bad usage or no input.",
        version: WorklogEngineInfo.version,
        subcommands: [CheckCommand.self, ReportCommand.self, StatsCommand.self]
    )
}
