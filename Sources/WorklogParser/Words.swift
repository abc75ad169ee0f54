/// Words of a short text, folded without case or diacritics (`Thứ` → `thu`,
/// `đ` → `d`), for matching headings and table headers by meaning. Works on bytes:
/// headings are matched on every page, so this is on the parser's hot path.
struct Words {
    /// Folded bytes; `ranges` index into it.
    private let folded: [UInt8]
    private let ranges: [Range<Int>]

    /// Only the first 400 bytes count: headings and headers are short.
    init(_ text: String) {
        var out: [UInt8] = []
        var mask: [Bool] = []
        out.reserveCapacity(min(text.utf8.count, 400) + 8)
        mask.reserveCapacity(out.capacity)
        Folding.fold(Substring(text).utf8, limit: 400, into: &out, wordMask: &mask)
        var ranges: [Range<Int>] = []
        var start = -1
        for i in 0..<out.count {
            if mask[i] {
                if start < 0 { start = i }
            } else if start >= 0 {
                ranges.append(start..<i)
                start = -1
            }
        }
        if start >= 0 { ranges.append(start..<out.count) }
        self.folded = out
        self.ranges = ranges
    }

    var count: Int { ranges.count }
    var isEmpty: Bool { ranges.isEmpty }

    /// The words as strings (for the few callers that look at them one by one).
    var words: [String] { ranges.map { String(decoding: folded[$0], as: UTF8.self) } }

    /// Word `i` as a string, nil past the end.
    func word(_ i: Int) -> String? {
        i < ranges.count ? String(decoding: folded[ranges[i]], as: UTF8.self) : nil
    }

    var joined: String { words.joined(separator: " ") }

    /// Index of the earliest word where one of the phrases matches.
    func firstMatch(_ set: PhraseSet) -> Int? {
        var best: Int? = nil
        let n = ranges.count
        folded.withUnsafeBufferPointer { buffer in
            ranges.withUnsafeBufferPointer { rs in
                set.bytes.withUnsafeBufferPointer { pb in
                    set.patterns.withUnsafeBufferPointer { pats in
                        set.phrases.withUnsafeBufferPointer { phrases in
                            for phrase in phrases where phrase.count <= n {
                                for start in 0...(n - phrase.count) {
                                    if let b = best, start >= b { break }
                                    var ok = true
                                    for k in 0..<phrase.count {
                                        let word = UnsafeBufferPointer(rebasing: buffer[rs[start + k]])
                                        let pattern = pats[phrase.first + k]
                                        let p = UnsafeBufferPointer(
                                            rebasing: pb[pattern.start..<(pattern.start + pattern.count)])
                                        if !Words.wordMatches(word, p, isPrefix: pattern.isPrefix) { ok = false; break }
                                    }
                                    if ok { best = start; break }
                                }
                            }
                        }
                    }
                }
            }
        }
        return best
    }

    func has(_ set: PhraseSet) -> Bool { firstMatch(set) != nil }

    static func wordMatches(_ w: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>, isPrefix: Bool) -> Bool {
        // Quick refusal on the first two bytes: an exact match shares the first byte, and a
        // word one edit away from a long pattern shares one of its first two bytes with one
        // of the pattern's first two (substitution, transposition, insertion or deletion).
        if p.count >= 6 {
            guard w.count >= 2 else { return false }
            let w0 = w[0], w1 = w[1], p0 = p[0], p1 = p[1]
            if w0 != p0 && w0 != p1 && w1 != p0 && w1 != p1 { return false }
        } else if p.count > 0 {
            guard w.count > 0, w[0] == p[0] else { return false }
        }
        if isPrefix {
            if w.count >= p.count && equal(w, 0, p, 0, p.count) { return true }
            guard p.count >= 6 else { return false }
            for n in (p.count - 1)...(p.count + 1) where w.count >= n {
                if oneEditApart(UnsafeBufferPointer(rebasing: w[0..<n]), p) { return true }
            }
            return false
        }
        if w.count == p.count && equal(w, 0, p, 0, p.count) { return true }
        return p.count >= 6 && oneEditApart(w, p)
    }

    @inline(__always)
    private static func equal(
        _ a: UnsafeBufferPointer<UInt8>, _ i: Int, _ b: UnsafeBufferPointer<UInt8>, _ j: Int, _ n: Int
    ) -> Bool {
        var k = 0
        while k < n {
            if a[i + k] != b[j + k] { return false }
            k += 1
        }
        return true
    }

    /// True when `a` and `b` differ by at most one insertion, deletion,
    /// substitution or transposition (`Compeltion`, `Start Dat` readings).
    static func oneEditApart(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let m = a.count, n = b.count
        if abs(m - n) > 1 { return false }
        var i = 0
        while i < m, i < n, a[i] == b[i] { i += 1 }
        if i == m || i == n { return true }
        func tailEqual(_ ai: Int, _ bi: Int) -> Bool {
            guard m - ai == n - bi else { return false }
            return equal(a, ai, b, bi, m - ai)
        }
        if m == n {
            if tailEqual(i + 1, i + 1) { return true }
            return i + 1 < m && a[i] == b[i + 1] && a[i + 1] == b[i] && tailEqual(i + 2, i + 2)
        }
        return m > n ? tailEqual(i + 1, i) : tailEqual(i, i + 1)
    }
}
