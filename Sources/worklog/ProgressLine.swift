#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A progress counter on stderr, shown only when stderr is a terminal.
final class ProgressLine: Sendable {
    private let label: String
    private let lastShown = Mutex<Int>(-1)

    /// nil when stderr is not a terminal: then nothing is printed.
    init?(label: String) {
        guard isatty(2) == 1 else { return nil }
        self.label = label
    }

    func update(_ done: Int, _ total: Int) {
        let percent = total > 0 ? done * 100 / total : 100
        let changed = lastShown.withLock { last in
            if percent == last { return false }
            last = percent
            return true
        }
        if changed { StandardError.write("\r\(label) \(done)/\(total) (\(percent)%)") }
    }

    func finish() { StandardError.write("\r\u{1B}[K") }
}

enum StandardError {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { fputs_bytes($0) }
    }

    private static func fputs_bytes(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        return Glibc.write(2, base, buffer.count)
    }
}
