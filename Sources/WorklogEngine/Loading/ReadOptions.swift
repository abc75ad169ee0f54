/// How a cohort is read.
public struct ReadOptions: Sendable {
    /// Language whose page a week's metrics use when it holds a task (`--lang`).
    public var preferredLanguage: String
    /// Files read and parsed at once (`--jobs`); at least 1.
    public var jobs: Int
    /// Called from worker threads with (pages done, pages in all); for progress display.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(preferredLanguage: String = "en", jobs: Int = ReadOptions.defaultJobs,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.preferredLanguage = preferredLanguage
        self.jobs = max(1, jobs)
        self.progress = progress
    }

    /// One worker per core.
    public static var defaultJobs: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 4
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#endif
