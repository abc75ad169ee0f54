/// Small byte-level helpers shared by the readers. Lines are `[UInt8]` in UTF-8.
enum Bytes {
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    static func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 32 : b }

    /// The line without leading and trailing spaces/tabs.
    static func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lo = s.startIndex, hi = s.endIndex
        while lo < hi, isSpace(s[lo]) { lo += 1 }
        while hi > lo, isSpace(s[hi - 1]) { hi -= 1 }
        return s[lo..<hi]
    }

    static func isBlank(_ s: ArraySlice<UInt8>) -> Bool { s.allSatisfy(isSpace) }

    /// ASCII case-insensitive test that `s` has `word` (lowercase ASCII) at `i`.
    static func hasPrefix(_ s: ArraySlice<UInt8>, at i: Int, _ word: [UInt8]) -> Bool {
        guard i >= s.startIndex, i + word.count <= s.endIndex else { return false }
        for k in 0..<word.count where lower(s[i + k]) != word[k] { return false }
        return true
    }

    /// First index of `needle` (lowercase ASCII or exact UTF-8) in `s`, ASCII case-insensitive.
    static func find(_ needle: [UInt8], in s: ArraySlice<UInt8>, from: Int? = nil) -> Int? {
        guard let first = needle.first else { return nil }
        let start = from ?? s.startIndex
        guard start >= s.startIndex, start + needle.count <= s.endIndex else { return nil }
        let upper: UInt8 = (first >= 0x61 && first <= 0x7A) ? first - 32 : first
        return s.withUnsafeBufferPointer { buf -> Int? in
            let base = s.startIndex
            var i = start - base
            let last = buf.count - needle.count
            while i <= last {
                let b = buf[i]
                if b == first || b == upper {
                    var k = 1
                    while k < needle.count, lower(buf[i + k]) == needle[k] { k += 1 }
                    if k == needle.count { return i + base }
                }
                i += 1
            }
            return nil
        }
    }

    /// Thematic break: three or more `-`, `*` or `_` and spaces only.
    static func isThematicBreak(_ s: ArraySlice<UInt8>) -> Bool {
        let t = trimmed(s)
        guard let c = t.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "_") else {
            return false
        }
        var n = 0
        for b in t {
            if b == c { n += 1 } else if !isSpace(b) { return false }
        }
        return n >= 3
    }

    /// Whether the text holds a letter or a digit (placeholders such as `...` do not).
    static func hasLetterOrDigit(_ s: String) -> Bool {
        // An ASCII letter or digit answers at once; only other texts need the scalar properties.
        var ascii = true
        for b in s.utf8 {
            if isASCIIAlnum(b) { return true }
            if b >= 0x80 { ascii = false }
        }
        if ascii { return false }
        return s.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}

/// Finds the next occurrence of one byte with memo, so repeated searches over a
/// line stay linear overall (a failed search is never repeated further on).
struct NextByte {
    let byte: UInt8
    private var lastFrom = Int.max
    private var lastFound: Int? = nil
    private var failedFrom = Int.max

    init(_ byte: UInt8) { self.byte = byte }

    mutating func find(in s: ArraySlice<UInt8>, from: Int) -> Int? {
        if from >= failedFrom { return nil }
        if let f = lastFound, from >= lastFrom, from <= f { return f }
        var i = from
        while i < s.endIndex {
            if s[i] == byte {
                lastFrom = from
                lastFound = i
                return i
            }
            i += 1
        }
        failedFrom = min(failedFrom, from)
        return nil
    }
}

