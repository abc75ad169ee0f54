import Foundation

/// Folds text for topic matching: lowercase, diacritics dropped, `đ` read as `d`.
/// Every scalar that is not a letter or a digit is a word boundary.
enum TextFolding {
    /// Folds of the Latin letters with diacritics (Latin-1, Extended-A/B, Vietnamese),
    /// computed once so matching needs no Foundation call per text.
    static let latinTable: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping
                guard let base = decomposed.unicodeScalars.first else { continue }
                table[value] = Array(String(base).lowercased().utf8)
            }
        }
        // Đ/đ have no decomposition but Vietnamese readers treat them as d.
        table[0x0110] = [UInt8(ascii: "d")]
        table[0x0111] = [UInt8(ascii: "d")]
        return table
    }()

    /// Appends the folded form of `scalar` to `word`; returns false at a word boundary.
    /// Combining marks (NFD text) stay inside the word and add nothing.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to word: inout [UInt8]) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                word.append(byte)
                return true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                word.append(byte + 32)
                return true
            default:
                return false
            }
        }
        if let folded = latinTable[value] {
            word.append(contentsOf: folded)
            return true
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            break
        }
        if properties.isAlphabetic || properties.numericType != nil {
            word.append(contentsOf: Array(properties.lowercaseMapping.utf8))
            return true
        }
        return false
    }

    /// The folded words of a text (used to compile aliases; matching folds on the fly).
    static func words(_ text: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for scalar in text.unicodeScalars {
            if !append(scalar, to: &current), !current.isEmpty {
                words.append(current)
                current.removeAll()
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The words of a text as written (for `exact` aliases): same boundaries, no folding.
    static func exactWords(_ text: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for scalar in text.unicodeScalars {
            var scratch: [UInt8] = []
            if append(scalar, to: &scratch) {
                current.append(contentsOf: Array(String(scalar).utf8))
            } else if !current.isEmpty {
                words.append(current)
                current.removeAll()
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
