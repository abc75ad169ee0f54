import ArgumentParser
import Foundation
import WorklogEngine

/// `--topics` and `--curriculum`, loaded before any page is read so a bad file fails fast.
struct TopicOptions: ParsableArguments {
    @Option(help: "Taxonomy file (TSV: id, name, category, aliases) replacing the shipped one.")
    var topics: String?

    @Option(help: "File of topic ids, one per line (default: the taxonomy's `core` category).")
    var curriculum: String?

    func load() throws -> (Taxonomy, Curriculum) {
        do {
            let taxonomy = try topics.map { try Taxonomy.load(contentsOf: URL(fileURLWithPath: $0)) }
                ?? Taxonomy.bundled()
            let curriculum = try curriculum.map {
                try Curriculum.load(contentsOf: URL(fileURLWithPath: $0), taxonomy: taxonomy)
            } ?? Curriculum.core(of: taxonomy)
            return (taxonomy, curriculum)
        } catch let error as TaxonomyError {
            throw UsageFailure("\(error)")
        }
    }
}

/// An error of the user's making: printed once, exit 2, nothing written.
struct UsageFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

extension UsageFailure {
    /// Prints the message and ends with exit code 2.
    func exit() -> ExitCode {
        StandardError.write("worklog: error: \(description)\n")
        return ExitCode(2)
    }
}
