import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid`, so a test can
/// signal it while it runs; `measured` also gives the peak memory of the binary alone.
struct ChildProcess {
    struct Result {
        var status: Int32
        /// The signal that ended the child, if one did.
        var signal: Int32?
        var stdout: String
        var stderr: String
        /// Peak resident memory of the binary, in KiB (only from `measured`; else 0).
        var maxRSSKiB: Int = 0
    }

    let pid: pid_t
    private let outPath: String
    private let errPath: String

    /// Starts `executable` (a path, or a name looked up in PATH) with stdout and stderr
    /// going to temporary files.
    init(_ executable: String, _ arguments: [String]) throws {
        let base = FileManager.default.temporaryDirectory.path + "/worklog-child-\(UUID().uuidString)"
        outPath = base + ".out"
        errPath = base + ".err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawnp(&child, executable, &actions, nil, argv, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        pid = child
    }

    /// Starts the `worklog` binary of the tests.
    static func worklog(_ arguments: [String]) throws -> ChildProcess {
        try ChildProcess(CLIRunner.binary.path, arguments)
    }

    /// Runs the `worklog` binary to its end.
    static func runWorklog(_ arguments: [String]) throws -> Result {
        try worklog(arguments).wait()
    }

    /// Runs `command` through a small Python parent that reports the child's peak RSS.
    /// `wait4` on a child spawned from this (large) test process would not do: the spawned
    /// process shares our memory until it execs, and the kernel counts that in its peak.
    static func measured(_ command: [String]) throws -> Result {
        let script = """
            import resource, subprocess, sys
            code = subprocess.run(sys.argv[1:]).returncode
            sys.stderr.write("\\nworklog-test-maxrss %d\\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            sys.exit(code if code >= 0 else 128 - code)
            """
        var result = try ChildProcess("python3", ["-c", script] + command).wait()
        let marker = "\nworklog-test-maxrss "
        if let range = result.stderr.range(of: marker, options: .backwards) {
            result.maxRSSKiB = Int(result.stderr[range.upperBound...].prefix { $0.isNumber }) ?? 0
            result.stderr = String(result.stderr[..<range.lowerBound])
        }
        return result
    }

    func wait() -> Result {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        defer { unlink(outPath); unlink(errPath) }
        let read = { (path: String) in
            String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }
        // WIFEXITED / WTERMSIG by hand: the macros are not imported into Swift.
        let termination = status & 0x7F
        return Result(status: termination == 0 ? (status >> 8) & 0xFF : -1,
                      signal: termination == 0 ? nil : termination,
                      stdout: read(outPath), stderr: read(errPath))
    }
}
