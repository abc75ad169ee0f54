#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import WorklogModel

/// Reads whole files into one buffer that it keeps and reuses: one reader per worker.
///
/// Only regular files are read. The type is checked before opening and the file is opened
/// with `O_NONBLOCK`, so a named pipe called `x.md` can never block the run. No mmap: a
/// file truncated while mapped would crash the process. Failures come back as diagnostics.
public struct FileReader: ~Copyable, @unchecked Sendable {
    /// Larger files are refused: no worklog page comes near this.
    public static let maxFileSize = 64 << 20

    private var buffer: UnsafeMutableRawBufferPointer

    public init() {
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// Reads the whole file at `path` and hands its bytes to `body` (valid only during the call).
    /// Returns a diagnostic, located at `displayPath`, when the file cannot be read; `body` is
    /// then not called. An empty file calls `body` with an empty buffer.
    public mutating func read(
        _ path: String, displayPath: String, _ body: (UnsafeRawBufferPointer) -> Void
    ) -> Diagnostic? {
        let at = SourceLocation(path: displayPath)
        func failure(_ code: String, _ message: String) -> Diagnostic {
            Diagnostic(.error, code, at: at, message)
        }

        switch FileSystem.info(path, follow: true) {
        case .failure(let err):
            return failure(DiscoveryDiagnosticCode.unreadableFile, "cannot read file: \(err)")
        case .success(let info) where info.kind == .directory:
            return failure(DiscoveryDiagnosticCode.notARegularFile, "is a folder, not a file")
        case .success(let info) where info.kind != .regular:
            return failure(DiscoveryDiagnosticCode.notARegularFile, "is not a regular file (pipe, socket or device); skipped")
        case .success:
            break
        }

        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            return failure(DiscoveryDiagnosticCode.unreadableFile, "cannot open file: \(Errno(errno))")
        }
        defer { close(fd) }

        // Check again on the open descriptor: the entry may have been swapped meanwhile.
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            return failure(DiscoveryDiagnosticCode.unreadableFile, "cannot read file: \(Errno(errno))")
        }
        let info = FileSystem.Info(st)
        guard info.kind == .regular else {
            return failure(DiscoveryDiagnosticCode.notARegularFile, "is not a regular file; skipped")
        }
        guard info.size <= Self.maxFileSize else {
            return failure(DiscoveryDiagnosticCode.fileTooLarge,
                           "file of \(info.size) bytes is larger than \(Self.maxFileSize); skipped")
        }
        reserve(info.size + 1, keeping: 0)

        var count = 0
        while true {
            if count == buffer.count { reserve(buffer.count * 2, keeping: count) }
            guard let base = buffer.baseAddress else { break }
            let n = Glibc_read(fd, base + count, buffer.count - count)
            if n > 0 {
                count += n
                if count > Self.maxFileSize {
                    return failure(DiscoveryDiagnosticCode.fileTooLarge,
                                   "file grew larger than \(Self.maxFileSize) bytes; skipped")
                }
            } else if n == 0 {
                break
            } else if errno == EINTR {
                continue
            } else {
                return failure(DiscoveryDiagnosticCode.unreadableFile, "cannot read file: \(Errno(errno))")
            }
        }
        body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        return nil
    }

    /// Grows the buffer to at least `capacity` bytes, keeping its first `keeping` bytes.
    private mutating func reserve(_ capacity: Int, keeping: Int) {
        guard capacity > buffer.count else { return }
        var newCount = max(buffer.count, 16)
        while newCount < capacity { newCount *= 2 }
        let grown = UnsafeMutableRawBufferPointer.allocate(byteCount: newCount, alignment: 16)
        if keeping > 0 {
            grown.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[0..<keeping]))
        }
        buffer.deallocate()
        buffer = grown
    }
}

/// `read(2)`, named apart from `FileReader.read`.
@inline(__always)
private func Glibc_read(_ fd: Int32, _ buf: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buf, count)
}
