import Foundation

/// Words of a short text, folded without case or diacritics (`Thứ` → `thu`,
/// `đ` → `d`), for matching headings and table headers by meaning.
struct Words {
    let words: [String]

    init(_ text: String) {
        let capped = text.utf8.count > 400 ? String(decoding: Array(text.utf8.prefix(400)), as: UTF8.self) : text
        let folded = capped.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
            .lowercased()
        var ws: [String] = []
        var cur = ""
        for ch in folded {
            if ch.isLetter || ch.isNumber || ch == "#" {
                cur.append(ch)
            } else if !cur.isEmpty {
                ws.append(cur); cur = ""
            }
        }
        if !cur.isEmpty { ws.append(cur) }
        words = ws
    }

    var joined: String { words.joined(separator: " ") }

    /// Index of the earliest word where one of the phrases matches. A phrase is
    /// words separated by spaces; a trailing `*` on its last word allows a
    /// suffix, and long words tolerate one typo.
    func firstMatch(_ phrases: [String]) -> Int? {
        var best: Int? = nil
        for p in phrases {
            let parts = p.split(separator: " ").map(String.init)
            guard !parts.isEmpty, parts.count <= words.count else { continue }
            for start in 0...(words.count - parts.count) {
                if let b = best, start >= b { break }
                var ok = true
                for (k, part) in parts.enumerated() where !Words.wordMatches(words[start + k], part) {
                    ok = false
                    break
                }
                if ok { best = start; break }
            }
        }
        return best
    }

    func has(_ phrases: [String]) -> Bool { firstMatch(phrases) != nil }

    static func wordMatches(_ w: String, _ pattern: String) -> Bool {
        if pattern.hasSuffix("*") {
            let stem = pattern.dropLast()
            if w.hasPrefix(stem) { return true }
            guard stem.count >= 6 else { return false }
            let st = Array(stem)
            for n in [st.count - 1, st.count, st.count + 1] where w.count >= n {
                if oneEditApart(Array(w.prefix(n)), st) { return true }
            }
            return false
        }
        if w == pattern { return true }
        return pattern.count >= 6 && oneEditApart(Array(w), Array(pattern))
    }

    /// True when `a` and `b` differ by at most one insertion, deletion,
    /// substitution or transposition (`Compeltion`, `Start Dat` readings).
    static func oneEditApart(_ a: [Character], _ b: [Character]) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if i == a.count || i == b.count { return abs(a.count - b.count) <= 1 }
        if a.count == b.count {
            if Array(a[(i + 1)...]) == Array(b[(i + 1)...]) { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && Array(a[(i + 2)...]) == Array(b[(i + 2)...])
        }
        if a.count > b.count { return Array(a[(i + 1)...]) == Array(b[i...]) }
        return Array(a[i...]) == Array(b[(i + 1)...])
    }
}
