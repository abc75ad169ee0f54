import Dispatch
import Foundation
import WorklogExport

/// SIGINT, SIGTERM and SIGHUP end the run cleanly: staged report files are removed
/// (earlier reports stay as they were) and the message says to run again.
/// SIGXFSZ is ignored so a file-size limit is an error of `write` (EFBIG), not a kill.
enum Interruption {
    /// The signal sources live as long as the process.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        signal(SIGXFSZ, SIG_IGN)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            // Ignored as a signal, delivered to the dispatch source instead (no code runs
            // in signal context).
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop(signal: number) }
            source.resume()
            sources.append(source)
        }
    }

    private static func stop(signal number: Int32) {
        let name = number == SIGINT ? "interrupted" : "stopped by signal \(number)"
        // Waits for a batch of renames or a workbook being written, then removes what is staged.
        let (removed, committed) = StagedFiles.discardAllAndHold()
        let outcome: String
        if removed > 0 {
            let files = removed == 1 ? "1 unfinished file was removed" : "\(removed) unfinished files were removed"
            outcome = "earlier reports were left as they were (\(files)); run the command again to finish"
        } else if committed > 0 {
            outcome = "the reports had been written in full before it; nothing to redo"
        } else {
            outcome = "nothing was written and earlier reports were left as they were; run the command again to finish"
        }
        StandardError.write("\nworklog: \(name): \(outcome)\n")
        _exit(128 + number)
    }
}
