#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so a reader never sees half a file and a failure changes nothing:
/// each file goes to a temporary file in its own folder, is flushed to disk (fsync),
/// and only when every file of the batch is staged are they renamed into place.
public enum AtomicFileWriter {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write([(path: path, bytes: bytes)])
    }

    /// All files or none (short of a rename failing midway, which a same-folder rename does not
    /// do once its temporary file exists; should it happen, the rest stay untouched).
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        var staged: [(temp: String, path: String)] = []
        func discard() { for file in staged { _ = unlink(file.temp) } }
        do {
            for file in files {
                staged.append((try stage(file.bytes, for: file.path), file.path))
            }
        } catch {
            discard()
            throw error
        }
        for (position, file) in staged.enumerated() where rename(file.temp, file.path) != 0 {
            let reason = lastError()
            for rest in staged[position...] { _ = unlink(rest.temp) }
            throw ExportError(path: file.path, "cannot replace the file (\(reason)): check that it is not open elsewhere and that the folder is writable")
        }
        for folder in Set(staged.map { folderOf($0.path) }) { syncFolder(folder) }
    }

    /// Writes `bytes` to a new temporary file next to `path`; returns the temporary path.
    private static func stage(_ bytes: [UInt8], for path: String) throws -> String {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw ExportError(path: path, "a folder has this name: remove or rename it, or write the report elsewhere")
        }
        let folder = folderOf(path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temp = (folder == "/" ? "" : folder) + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ExportError(path: path, "cannot create a file in \(folder) (\(lastError())): check that the folder exists and is writable")
        }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = lastError()
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = lastError() }
        if close(descriptor) != 0, failure == nil { failure = lastError() }
        if let failure {
            _ = unlink(temp)
            throw ExportError(path: path, "cannot write the file (\(failure)): check the free disk space and that the folder is writable")
        }
        return temp
    }

    static func folderOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Makes the renames durable; best effort, as some file systems refuse it.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    /// `write(2)`; the name is taken by this type's own `write`.
    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, buffer, count)
        #elseif canImport(Musl)
        return Musl.write(descriptor, buffer, count)
        #else
        return Darwin.write(descriptor, buffer, count)
        #endif
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
