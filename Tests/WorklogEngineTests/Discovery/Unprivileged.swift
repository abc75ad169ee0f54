import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs work without the power to read everything, so permission checks mean something
/// when the tests run as root.
///
/// As root, the work runs on a thread of its own whose file-system user id is set to
/// `nobody` (`setfsuid`): that drops `CAP_DAC_OVERRIDE` for that thread only, and leaves
/// the other tests, running in parallel, untouched. As another user, `chmod` is enough and
/// the work runs as is.
enum Unprivileged {
    private typealias SetFSUID = @convention(c) (UInt32) -> Int32

    /// nil when the work could not be run without privileges.
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T? {
        guard geteuid() == 0 else { return work() }
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "setfsuid") else { return nil }
        let setfsuid = unsafeBitCast(symbol, to: SetFSUID.self)
        return await withCheckedContinuation { continuation in
            let thread = Thread {
                _ = setfsuid(65534)
                guard setfsuid(UInt32.max) == 65534 else {  // query: -1 changes nothing
                    _ = setfsuid(0)
                    continuation.resume(returning: nil)
                    return
                }
                let value = work()
                _ = setfsuid(0)
                continuation.resume(returning: value)
            }
            thread.start()
        }
    }
}
