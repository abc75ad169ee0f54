import Foundation

/// The temporary files of reports being written, so an interrupted run can remove them.
///
/// Creating a temporary file, renaming a batch into place and writing the workbook all
/// happen while holding one lock; `discardAllAndHold()` takes it, removes every file
/// still registered and keeps it. So an interrupt (handled by the CLI) finds no file it
/// does not know of and never cuts a batch of renames in half.
public enum StagedFiles {
    private final class Registry: @unchecked Sendable {
        let lock = NSRecursiveLock()
        var paths: Set<String> = []
        var committed = 0
    }

    private static let registry = Registry()

    /// Runs `body` under the lock (re-entrant).
    public static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        return try body()
    }

    /// Registers a temporary path before it is created.
    public static func register(_ path: String) {
        withLock { _ = registry.paths.insert(path) }
    }

    /// Forgets a path once it is renamed into place or removed.
    public static func forget(_ path: String) {
        withLock { _ = registry.paths.remove(path) }
    }

    /// Counts files renamed into place (call under the lock), so an interrupt can say
    /// whether the reports were already complete.
    public static func noteCommitted(_ count: Int) {
        withLock { registry.committed += count }
    }

    /// The paths registered now (for tests and messages).
    public static var registered: [String] { withLock { registry.paths.sorted() } }

    /// Removes every registered file and keeps the lock for good: meant for a process
    /// that exits right after. Returns how many files were removed and how many had been
    /// renamed into place before.
    public static func discardAllAndHold() -> (removed: Int, committed: Int) {
        registry.lock.lock()
        var removed = 0
        for path in registry.paths where unlink(path) == 0 { removed += 1 }
        registry.paths.removeAll()
        return (removed, registry.committed)
    }
}
