import WorklogModel

/// Finds the sites, worklog folders and week pages under the command-line paths (SPEC 1).
///
/// The walk is sequential and deterministic: entries are visited in the order of their
/// name's UTF-8 bytes. Nothing here reads a page; only Hugo config files are read.
/// Bad entries (unreadable folders, pipes, broken symlinks, loops) become diagnostics and
/// the walk goes on.
public enum Discovery {
    public static func discover(paths: [String]) -> DiscoveryResult {
        let walk = DiscoveryWalk()
        for path in paths { walk.addInput(path) }
        return walk.finish()
    }
}
