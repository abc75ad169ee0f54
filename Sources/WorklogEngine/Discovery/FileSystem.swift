#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin POSIX helpers for discovery: file kinds without opening anything, sorted listings.
enum FileSystem {
    enum Kind: Sendable, Hashable {
        case regular, directory, symlink, other
    }

    /// Device and inode: a folder reached twice through symlinks is walked once.
    struct FileID: Sendable, Hashable {
        var device: UInt64
        var inode: UInt64
    }

    struct Info: Sendable {
        var kind: Kind
        var id: FileID
        var size: Int
    }

    /// `lstat` (follow: false) or `stat` (follow: true); the errno on failure.
    static func info(_ path: String, follow: Bool) -> Result<Info, Errno> {
        var st = stat()
        let rc = follow ? stat(path, &st) : lstat(path, &st)
        guard rc == 0 else { return .failure(Errno(errno)) }
        return .success(Info(st))
    }

    /// Entry names of a folder, `.` and `..` left out, sorted by their UTF-8 bytes.
    static func list(_ path: String) -> Result<[String], Errno> {
        guard let dir = opendir(path) else { return .failure(Errno(errno)) }
        defer { closedir(dir) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { return .failure(Errno(errno)) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.prefix(while: { $0 != 0 })
                return String(decoding: bytes, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return .success(names)
    }

    static func join(_ base: String, _ name: String) -> String {
        if base.isEmpty { return name }
        if base.hasSuffix("/") { return base + name }
        return base + "/" + name
    }

    /// Last path component, trailing slashes ignored (`a/b/` gives `b`).
    static func baseName(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        if let slash = p.lastIndex(of: "/"), p.index(after: slash) < p.endIndex {
            return String(p[p.index(after: slash)...])
        }
        return String(p)
    }

    /// Absolute, symlink-free form of a path (for naming `.` by its folder's name).
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// An errno value with its message.
struct Errno: Error, Sendable, Hashable, CustomStringConvertible {
    var code: Int32
    init(_ code: Int32) { self.code = code }

    var description: String {
        guard let message = strerror(code) else { return "errno \(code)" }
        return String(cString: message)
    }

    var isLoop: Bool { code == ELOOP }
}

extension FileSystem.Info {
    init(_ st: stat) {
        let type = st.st_mode & S_IFMT
        switch type {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        id = FileSystem.FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        size = Int(st.st_size)
    }
}
