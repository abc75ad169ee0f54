import WorklogModel

/// Finds the sites, worklog folders and week pages under the command-line paths (SPEC 1).
///
/// The walk is deterministic: entries are visited in the order of their name's UTF-8
/// bytes; the sites found are then walked `jobs` at once, results kept in the order found. Nothing here reads a page; only Hugo config files are read.
/// Bad entries (unreadable folders, pipes, broken symlinks, loops) become diagnostics and
/// the walk goes on.
public enum Discovery {
    /// `jobs` sites are walked at once once found; the result does not depend on it.
    public static func discover(paths: [String], jobs: Int = 1) -> DiscoveryResult {
        let walk = DiscoveryWalk(jobs: jobs)
        for path in paths { walk.addInput(path) }
        return walk.finish()
    }
}
