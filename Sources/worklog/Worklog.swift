import ArgumentParser
import Foundation
import WorklogEngine

@main
struct Worklog: ParsableCommand {
    /// Parses and runs; usage errors exit 2 as SPEC 8 says (ArgumentParser's own code is 64).
    static func main() {
        Interruption.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            StandardError.write(fullMessage(for: error) + "\n")
            Foundation.exit(2)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "worklog",
        abstract: "Read interns' weekly worklogs and turn them into metrics and reports.",
        discussion: "Exit codes: 0 done, 1 done with errors (or warnings under --strict), 2 bad usage or no input.",
        version: WorklogEngineInfo.version,
        subcommands: [CheckCommand.self, ReportCommand.self, StatsCommand.self, SummaryCommand.self]
    )
}
