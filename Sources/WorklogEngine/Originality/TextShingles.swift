/// The comparison form of a text: words folded (case, diacritics, punctuation, markup and
/// spacing, as topic matching folds them) and hashed, then hashed word shingles.
/// Hashes are FNV-1a and a fixed mix: the same text gives the same numbers in every run.
enum TextShingles {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The hashes of the folded words of `text`; HTML-like tags (`<br>`, `</b>`) are skipped.
    static func wordHashes(_ text: String, scratch: inout [UInt8]) -> [UInt64] {
        var words: [UInt64] = []
        scratch.removeAll(keepingCapacity: true)
        var inTag = false
        func flush() {
            guard !scratch.isEmpty else { return }
            var h = offset
            for byte in scratch { h = (h ^ UInt64(byte)) &* prime }
            words.append(h)
            scratch.removeAll(keepingCapacity: true)
        }
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if inTag {
                if scalar == ">" { inTag = false }
                index = scalars.index(after: index)
                continue
            }
            if scalar == "<", isTagStart(scalars, after: index) {
                flush()
                inTag = true
                index = scalars.index(after: index)
                continue
            }
            if !TextFolding.append(scalar, to: &scratch) { flush() }
            index = scalars.index(after: index)
        }
        flush()
        return words
    }

    /// `<` followed by a letter or `/` and a `>` before any space-free run ends: a tag, not "a < b".
    private static func isTagStart(_ scalars: String.UnicodeScalarView, after index: String.UnicodeScalarView.Index) -> Bool {
        var i = scalars.index(after: index)
        guard i < scalars.endIndex else { return false }
        let first = scalars[i]
        guard first == "/" || first.properties.isAlphabetic else { return false }
        var steps = 0
        while i < scalars.endIndex, steps < 64 {
            if scalars[i] == ">" { return true }
            if scalars[i] == "<" { return false }
            i = scalars.index(after: i)
            steps += 1
        }
        return false
    }

    /// Sorted, distinct hashes of every run of `size` consecutive words.
    static func shingles(_ words: [UInt64], size: Int) -> [UInt64] {
        guard words.count >= size, size > 0 else { return [] }
        var result: [UInt64] = []
        result.reserveCapacity(words.count - size + 1)
        for start in 0...(words.count - size) {
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15
            for word in words[start..<(start + size)] { h = mix(h ^ word) }
            result.append(h)
        }
        result.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(result.count)
        for h in result where unique.last != h { unique.append(h) }
        return unique
    }

    /// SplitMix64 finaliser.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// |a ∩ b| and |a ∪ b| of two sorted distinct arrays.
    static func overlap(_ a: [UInt64], _ b: [UInt64]) -> (shared: Int, union: Int) {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return (shared, a.count + b.count - shared)
    }
}
