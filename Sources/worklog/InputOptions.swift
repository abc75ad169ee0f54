import ArgumentParser
import WorklogEngine

/// Options every reading command shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Folders (a cohort, a site) or single pages to read.")
    var paths: [String]

    @Option(help: "Language whose page a week's metrics use when it holds a task.")
    var lang: String = "en"

    @Option(help: "Files read and parsed at once; the default is one per core.")
    var jobs: Int = ReadOptions.defaultJobs

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !lang.isEmpty else { throw ValidationError("--lang must name a language, e.g. en or vi") }
    }

    /// Reads the cohort, with progress on stderr when it is a terminal.
    func readCohort() -> Cohort {
        let progress = ProgressLine(label: "reading")
        var options = ReadOptions(preferredLanguage: lang, jobs: jobs)
        if let progress {
            options.progress = { done, total in progress.update(done, total) }
        }
        let cohort = CohortReader.read(paths: paths, options: options)
        progress?.finish()
        return cohort
    }
}

import WorklogModel
