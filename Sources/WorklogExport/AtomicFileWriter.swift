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
        var batch = try stage(files)
        try batch.commit()
    }

    /// Stages every file as a temporary file next to its path; nothing is replaced until
    /// `commit()`. On failure the files staged so far are removed.
    public static func stage(_ files: [(path: String, bytes: [UInt8])]) throws -> StagedBatch {
        var batch = StagedBatch()
        do {
            for file in files {
                batch.adopt(temporary: try stage(file.bytes, for: file.path), for: file.path)
            }
        } catch {
            batch.discard()
            throw error
        }
        return batch
    }

    /// Temporary files waiting to be renamed over their paths, all at once.
    public struct StagedBatch: Sendable {
        public private(set) var files: [(temp: String, path: String)] = []

        public init() {}

        /// Adds a temporary file written elsewhere (registered in `StagedFiles`).
        public mutating func adopt(temporary: String, for path: String) {
            files.append((temporary, path))
        }

        /// Renames every file into place, under the `StagedFiles` lock so an interrupt
        /// never splits the batch.
        public mutating func commit() throws {
            let files = self.files
            self.files = []
            try StagedFiles.withLock {
                for (position, file) in files.enumerated() where rename(file.temp, file.path) != 0 {
                    let reason = lastError()
                    for rest in files[position...] { _ = unlink(rest.temp); StagedFiles.forget(rest.temp) }
                    for done in files[..<position] { StagedFiles.forget(done.temp) }
                    throw ExportError(path: file.path, "cannot replace the file (\(reason)): check that it is not open elsewhere and that the folder is writable")
                }
                for file in files { StagedFiles.forget(file.temp) }
                StagedFiles.noteCommitted(files.count)
            }
            for folder in Set(files.map { folderOf($0.path) }) { syncFolder(folder) }
        }

        /// Removes every staged file; replaces nothing.
        public mutating func discard() {
            StagedFiles.withLock {
                for file in files { _ = unlink(file.temp); StagedFiles.forget(file.temp) }
            }
            files = []
        }
    }

    /// A fresh hidden temporary name next to `path`: `.<name>.tmp-<pid>-<random>`.
    public static func temporaryPath(for path: String) -> String {
        let folder = folderOf(path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return (folder == "/" ? "" : folder) + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Writes `bytes` to a new temporary file next to `path`; returns the temporary path.
    private static func stage(_ bytes: [UInt8], for path: String) throws -> String {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw ExportError(path: path, "a folder has this name: remove or rename it, or write the report elsewhere")
        }
        let folder = folderOf(path)
        let temp = temporaryPath(for: path)
        // Registered and created under the lock, so an interrupt removes it or never sees it made.
        let (descriptor, openError) = StagedFiles.withLock { () -> (Int32, Int32) in
            StagedFiles.register(temp)
            let descriptor = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            let openError = errno
            if descriptor < 0 { StagedFiles.forget(temp) }
            return (descriptor, openError)
        }
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(openError))
            throw ExportError(path: path, "cannot create a file in \(folder) (\(reason)): check that the folder exists and is writable")
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
            StagedFiles.forget(temp)
            throw ExportError(path: path, "cannot write the file (\(failure)): check the free disk space and that the folder is writable")
        }
        return temp
    }

    static func folderOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Makes the renames durable; best effort, as some file systems refuse it.
    static func syncFolder(_ folder: String) {
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

    static func lastError() -> String { String(cString: strerror(errno)) }
}
