import Foundation
import WorklogModel

/// A page's bytes cut into lines: BOM skipped, CRLF and CR read as LF, invalid
/// UTF-8 replaced by U+FFFD. Line `i` (0-based) is line `i + 1` of the file.
struct SourceLines {
    var lines: [ArraySlice<UInt8>] = []
    /// Whole decoded text; lines are slices of it.
    var storage: [UInt8] = []
    var invalidUTF8 = false
    var hasNUL = false

    init(_ raw: UnsafeRawBufferPointer) {
        var start = 0
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { start = 3 }
        let body = UnsafeRawBufferPointer(rebasing: raw[start...])
        if body.contains(0) {
            hasNUL = true
            return
        }
        let decoded = String(decoding: body, as: UTF8.self)
        var bytes = Array(decoded.utf8)
        if bytes.count != body.count {
            invalidUTF8 = true
        } else {
            invalidUTF8 = bytes.withUnsafeBytes { a in
                guard let x = a.baseAddress, let y = body.baseAddress else { return false }
                return memcmp(x, y, body.count) != 0
            }
        }
        // Normalise line ends once so every later step sees LF only.
        if bytes.contains(0x0D) {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x0D {
                    out.append(0x0A)
                    if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                } else {
                    out.append(bytes[i])
                }
                i += 1
            }
            bytes = out
        }
        storage = bytes
        var ls: [ArraySlice<UInt8>] = []
        var lineStart = 0
        storage.withUnsafeBufferPointer { buf in
            for i in 0..<buf.count where buf[i] == 0x0A {
                ls.append(storage[lineStart..<i])
                lineStart = i + 1
            }
        }
        if lineStart < storage.count { ls.append(storage[lineStart..<storage.count]) }
        lines = ls
    }
}
