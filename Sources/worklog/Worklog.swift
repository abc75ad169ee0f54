import ArgumentParser
import WorklogEngine

@main
struct Worklog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worklog",
        abstract: "Read interns' weekly worklogs and report metrics.",
        version: WorklogEngineInfo.version
    )
}
