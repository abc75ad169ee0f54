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
        if let base = body.baseAddress, memchr(base, 0, body.count) != nil {
            hasNUL = true
            return
        }
        // Valid UTF-8 (nearly every page) is copied as it is; only invalid bytes need
        // the decoder's repair (U+FFFD for each bad sequence).
        var bytes: [UInt8]
        if SourceLines.isValidUTF8(body) {
            bytes = Array(body)
        } else {
            invalidUTF8 = true
            bytes = Array(String(decoding: body, as: UTF8.self).utf8)
        }
        // Normalise line ends once so every later step sees LF only.
        if bytes.withUnsafeBytes({ b in b.baseAddress.map { memchr($0, 0x0D, b.count) != nil } ?? false }) {
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

    /// Whether `b` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF),
    /// exactly the bytes `String(decoding:as:)` keeps unchanged.
    static func isValidUTF8(_ b: UnsafeRawBufferPointer) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            // ASCII runs eight bytes at a time.
            while i + 8 <= n, b.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            func cont(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
            if c >= 0xC2 && c <= 0xDF {
                guard cont(i + 1) else { return false }
                i += 2
            } else if c >= 0xE0 && c <= 0xEF {
                guard i + 1 < n else { return false }
                let c1 = b[i + 1]
                let lo: UInt8 = c == 0xE0 ? 0xA0 : 0x80
                let hi: UInt8 = c == 0xED ? 0x9F : 0xBF
                guard c1 >= lo, c1 <= hi, cont(i + 2) else { return false }
                i += 3
            } else if c >= 0xF0 && c <= 0xF4 {
                guard i + 1 < n else { return false }
                let c1 = b[i + 1]
                let lo: UInt8 = c == 0xF0 ? 0x90 : 0x80
                let hi: UInt8 = c == 0xF4 ? 0x8F : 0xBF
                guard c1 >= lo, c1 <= hi, cont(i + 2), cont(i + 3) else { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }
}
