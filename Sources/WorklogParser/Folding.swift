import Foundation

/// Folds text for matching by meaning: lower case, no diacritics, `đ` → `d`, on UTF-8
/// bytes. Latin and Vietnamese letters fold through a table built once (from
/// Foundation's folding), so the hot path never calls into Foundation.
enum Folding {
    /// Folded UTF-8 of every scalar in the Latin blocks that fold to something else.
    private static let latinTable: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let folded = String(scalar)
                    .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                    .lowercased()
                table[value] = Array(folded.utf8)
            }
        }
        table[0x0110] = [UInt8(ascii: "d")]
        table[0x0111] = [UInt8(ascii: "d")]
        return table
    }()

    /// Appends the folded form of `text` (at most `limit` bytes of it) to `out`;
    /// `wordMask` marks which output bytes belong to words (letters, digits, `#`).
    static func fold(_ text: Substring.UTF8View, limit: Int, into out: inout [UInt8], wordMask: inout [Bool]) {
        var consumed = 0
        var iterator = text.makeIterator()
        var decoder = UTF8()
        while consumed < limit {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let v = scalar.value
                consumed += scalar.utf8.count
                if v < 0x80 {
                    var b = UInt8(v)
                    if b >= 0x41 && b <= 0x5A { b += 0x20 }
                    out.append(b)
                    wordMask.append(isASCIIWordByte(b))
                } else if let mapped = latinTable[v] {
                    let isLetter = scalar.properties.isAlphabetic
                    for b in mapped {
                        out.append(b)
                        wordMask.append(isLetter && (b >= 0x80 || isASCIIWordByte(b)))
                    }
                } else {
                    let props = scalar.properties
                    let isWord = props.isAlphabetic || props.numericType != nil
                    let lowered = props.lowercaseMapping
                    for b in lowered.utf8 {
                        out.append(b)
                        wordMask.append(isWord)
                    }
                }
            case .emptyInput:
                return
            case .error:
                consumed += 1
                out.append(0x20)
                wordMask.append(false)
            }
        }
    }

    @inline(__always)
    static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x23 || (b >= 0x41 && b <= 0x5A)
    }
}
