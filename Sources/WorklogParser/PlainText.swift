/// Turns Markdown/HTML inline text into plain text: emphasis marks and tags
/// dropped, links replaced by their text, images dropped, entities decoded,
/// spaces collapsed. One pass over the bytes.
enum PlainText {
    static func of(_ s: String) -> String { of(Array(s.utf8)[...]) }

    static func of(_ s: ArraySlice<UInt8>) -> String {
        // The text never grows (every mark, tag, entity or run of spaces gives at most as
        // many bytes as it takes), so it is written straight into the string's storage.
        // Should that ever not hold, the array path below takes over.
        if s.isEmpty { return "" }
        var overflow = false
        let direct = String(unsafeUninitializedCapacity: s.count) { buffer in
            var n = 0
            write(s) { b in
                if n < buffer.count { buffer[n] = b; n += 1 } else { overflow = true }
            }
            return overflow ? 0 : n
        }
        if !overflow { return direct }
        var out: [UInt8] = []
        write(s) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The plain text of `s`, byte by byte, to `put`.
    @inline(__always)
    private static func write(_ s: ArraySlice<UInt8>, _ put: (UInt8) -> Void) {
        var count = 0
        var pendingSpace = false
        var gt = NextByte(UInt8(ascii: ">"))
        var rb = NextByte(UInt8(ascii: "]"))
        var rp = NextByte(UInt8(ascii: ")"))
        // Positions of `](url)` tails to skip once the link text has been emitted.
        var skipAt = -1, skipTo = -1

        func emit(_ b: UInt8) {
            if pendingSpace, count > 0 { put(0x20); count += 1 }
            pendingSpace = false
            put(b)
            count += 1
        }
        func emitSpace() { pendingSpace = true }

        var i = s.startIndex
        let end = s.endIndex
        while i < end {
            if i == skipAt {
                i = skipTo
                continue
            }
            let b = s[i]
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D:
                emitSpace(); i += 1
            case 0xC2 where i + 1 < end && s[i + 1] == 0xA0:
                emitSpace(); i += 2
            case 0xE2 where i + 2 < end && s[i + 1] == 0x80 && (s[i + 2] == 0x82 || s[i + 2] == 0x83):
                emitSpace(); i += 3
            case UInt8(ascii: "*"), UInt8(ascii: "`"):
                i += 1
            case UInt8(ascii: "~") where i + 1 < end && s[i + 1] == UInt8(ascii: "~"):
                i += 2
            case UInt8(ascii: "_"):
                let prevAlnum = i > s.startIndex && Bytes.isASCIIAlnum(s[i - 1])
                let nextAlnum = i + 1 < end && Bytes.isASCIIAlnum(s[i + 1])
                if prevAlnum && nextAlnum { emit(b) }
                i += 1
            case UInt8(ascii: "\\") where i + 1 < end && isEscapable(s[i + 1]):
                emit(s[i + 1]); i += 2
            case UInt8(ascii: "<"):
                if i + 1 < end, isTagStart(s[i + 1]), let close = gt.find(in: s, from: i + 1) {
                    if Bytes.hasPrefix(s, at: i + 1, http) {
                        for k in (i + 1)..<close { emit(s[k]) }
                    } else if isBreakingTag(s, at: i) {
                        emitSpace()
                    }
                    i = close + 1
                } else {
                    emit(b); i += 1
                }
            case UInt8(ascii: "!") where i + 1 < end && s[i + 1] == UInt8(ascii: "["):
                if let (_, tailEnd) = linkTail(s, open: i + 1, &rb, &rp) {
                    i = tailEnd
                } else {
                    emit(b); i += 1
                }
            case UInt8(ascii: "["):
                if let (close, tailEnd) = linkTail(s, open: i, &rb, &rp), close > skipAt {
                    skipAt = close
                    skipTo = tailEnd
                } else if i != skipAt {
                    emit(b)
                }
                i += 1
            case UInt8(ascii: "&"):
                if let (decoded, next) = Entities.decode(s, at: i) {
                    for d in decoded.utf8 {
                        if d == 0x20 { emitSpace() } else { emit(d) }
                    }
                    i = next
                } else {
                    emit(b); i += 1
                }
            default:
                emit(b); i += 1
            }
        }
    }

    /// For `[text](url)` opening at `open`: the index of `]` and the index after `)`.
    static func linkTail(
        _ s: ArraySlice<UInt8>, open: Int, _ rb: inout NextByte, _ rp: inout NextByte
    ) -> (Int, Int)? {
        guard let close = rb.find(in: s, from: open + 1), close + 1 < s.endIndex,
              s[close + 1] == UInt8(ascii: "("),
              let paren = rp.find(in: s, from: close + 2)
        else { return nil }
        return (close, paren + 1)
    }

    static func isTagStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "/") || b == UInt8(ascii: "!")
    }

    static func isEscapable(_ b: UInt8) -> Bool {
        b < 0x80 && !Bytes.isASCIIAlnum(b) && b > 0x20
    }

    static let breakingTags = ["br", "li", "p", "div", "td", "th", "tr", "ul", "ol"].map { Array($0.utf8) }
    static let http = Array("http".utf8)

    /// Tags that separate words (`<br>`, `<li>`, `<td>`, ...), so no words glue together.
    static func isBreakingTag(_ s: ArraySlice<UInt8>, at i: Int) -> Bool {
        var j = i + 1
        if j < s.endIndex, s[j] == UInt8(ascii: "/") { j += 1 }
        for name in breakingTags where Bytes.hasPrefix(s, at: j, name) {
            let k = j + name.count
            if k >= s.endIndex || !Bytes.isASCIIAlnum(s[k]) { return true }
        }
        return false
    }
}

/// HTML entity decoding for the entities interns actually write.
enum Entities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "emsp": " ",
        "ensp": " ", "thinsp": " ", "ndash": "–", "mdash": "—", "rarr": "→", "larr": "←",
        "hellip": "…", "copy": "©", "bull": "•", "middot": "·", "check": "✓", "times": "×",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "vert": "|", "verbar": "|", "pipe": "|",
    ]

    /// Decodes the entity starting at `i` (`&`): its text and the index after `;`.
    static func decode(_ s: ArraySlice<UInt8>, at i: Int) -> (String, Int)? {
        var j = i + 1
        var name: [UInt8] = []
        while j < s.endIndex, j - i <= 12, s[j] != UInt8(ascii: ";") {
            name.append(s[j]); j += 1
        }
        guard j < s.endIndex, s[j] == UInt8(ascii: ";"), !name.isEmpty else { return nil }
        let text = String(decoding: name, as: UTF8.self)
        if name[0] == UInt8(ascii: "#") {
            var digits = text.dropFirst()
            var radix = 10
            if digits.first == "x" || digits.first == "X" { digits = digits.dropFirst(); radix = 16 }
            guard let v = UInt32(digits, radix: radix), let u = Unicode.Scalar(v), v != 0 else { return nil }
            return (String(Character(u)), j + 1)
        }
        guard let v = named[text.lowercased()] else { return nil }
        return (v, j + 1)
    }
}
