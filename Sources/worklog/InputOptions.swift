import ArgumentParser
import WorklogEngine

/// Options every reading command shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Folders (a cohort, a site) or single pages to read.")
    var paths: [String]

    @Option(help: "Language whose page a week's metrics use when it holds a task.")
    var lang: String = "en"

    @Option(help: "Files read and parsed at once (default: one per core).")
    var jobs: Int = ReadOptions.defaultJobs

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !lang.isEmpty else { throw ValidationError("--lang must name a language, e.g. en or vi") }
    }

    /// Reads the cohort, with progress on stderr when it is a terminal.
    func readCohort() -> WorklogModel.Cohort {
        let progress = ProgressLine(label: "reading")
        let cohort = CohortReader.read(
            paths: paths,
            options: ReadOptions(preferredLanguage: lang, jobs: jobs, progress: progress.map { p in
                { done, total in p.update(done, total) }
            }))
        progress?.finish()
        return cohort
    }
}

import WorklogModel
