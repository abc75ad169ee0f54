/// Splits a short cell text into numbers, words and punctuation, reading UTF-8 bytes.
///
/// Words keep only what date and day rules need: ASCII words lowercased, and
/// non-ASCII words (Vietnamese `tháng`, `thứ`) as lowercased Strings. Long words
/// can name no date or day, so they are kept empty.
struct DateLexer {
    enum Kind: Equatable {
        case number(value: Int, digits: Int)
        case word(String)
        case punct(UInt8)
        /// en dash, em dash, arrow, `~`: joins the two ends of a range
        case dash
        case other
    }

    struct Lexeme {
        var kind: Kind
        /// whitespace between this lexeme and the previous one
        var spaced: Bool
    }

    static func lex(_ text: String) -> [Lexeme] {
        var out: [Lexeme] = []
        var bytes = Array(text.utf8)
        bytes.append(contentsOf: [0, 0, 0])
        var i = 0
        var spaced = false
        let n = bytes.count - 3
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                spaced = true
                i += 1
                continue
            }
            if b == 0x26, i + 5 < n, bytes[(i + 1)...(i + 5)].elementsEqual("nbsp;".utf8) {
                spaced = true
                i += 6
                continue
            }
            if b == 0xC2 && bytes[i + 1] == 0xA0 { // no-break space
                spaced = true
                i += 2
                continue
            }
            if isDigit(b) {
                var value = 0
                var digits = 0
                while i < n, isDigit(bytes[i]) {
                    if digits < 9 { value = value * 10 + Int(bytes[i] - 0x30) }
                    digits += 1
                    i += 1
                }
                out.append(Lexeme(kind: .number(value: value, digits: digits), spaced: spaced))
            } else if isWordByte(bytes, i) {
                let start = i
                var ascii = true
                while i < n, isWordByte(bytes, i) {
                    if bytes[i] >= 0x80 {
                        ascii = false
                        i += sequenceLength(bytes[i])
                    } else {
                        i += 1
                    }
                }
                let end = min(i, n)
                var word = ""
                if end - start <= 16 {
                    let slice = bytes[start..<end]
                    word = ascii
                        ? String(decoding: slice.map { $0 | 0x20 }, as: UTF8.self)
                        : String(decoding: slice, as: UTF8.self).lowercased()
                }
                out.append(Lexeme(kind: .word(word), spaced: spaced))
            } else if b < 0x80 {
                out.append(Lexeme(kind: b == 0x7E ? .dash : .punct(b), spaced: spaced))
                i += 1
            } else {
                // – (E2 80 93), — (E2 80 94), → (E2 86 92)
                let len = sequenceLength(b)
                let isDash = b == 0xE2 && ((bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94))
                    || (bytes[i + 1] == 0x86 && bytes[i + 2] == 0x92))
                out.append(Lexeme(kind: isDash ? .dash : .other, spaced: spaced))
                i += len
            }
            spaced = false
        }
        return out
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func sequenceLength(_ lead: UInt8) -> Int {
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    /// ASCII letters and the UTF-8 letters of Latin-1, Latin Extended (A, B,
    /// Additional) and combining marks: enough for Vietnamese.
    static func isWordByte(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { return true }
        if b >= 0xC3 && b <= 0xCD { return true }
        if b == 0xE1, i + 1 < bytes.count { return bytes[i + 1] >= 0xB8 && bytes[i + 1] <= 0xBB }
        return false
    }
}
