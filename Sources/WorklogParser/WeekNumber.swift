/// Week numbers read from folder and file names, titles and the Hugo `pre` field.
///
/// Pure text work: the engine hands in names, this never touches the file system.
/// Names are short, so working on `Character`s is cheap, and `Character` equality
/// treats the precomposed and decomposed spellings of `Tuần` alike.
public enum WeekNumber {
    /// Largest number taken as a week; `week-2025` is a year, not a week.
    static let maxWeek = 99

    /// Week number of a folder or file name: `1.7-Week7`, `1.1-Week 1 worklog`, `week_5`,
    /// `week-07`, `tuan-7`, `week3.md`, `1.1-Week1.en.md`, `Worklog_week1.10` (10),
    /// a Hugo prefix `1.7-...` (7), a name of digits only (`3`).
    public static func fromName(_ name: String) -> Int? {
        let chars = Array(stem(of: name).lowercased())
        if let n = afterKeyword(chars) { return n }
        if let n = hugoPrefix(chars) { return n }
        if !chars.isEmpty, chars.count <= 3, chars.allSatisfy(\.isASCIIDigit),
           let n = Int(String(chars)), n <= maxWeek
        {
            return n
        }
        return nil
    }

    /// Week number of a page title: `Week 7 Worklog`, `Tuần 7`, `Worklog Tuần 7`,
    /// `1.7. Week 7`, or a leading Hugo number `1.7. Something` (7).
    public static func fromTitle(_ title: String) -> Int? {
        let chars = Array(title.lowercased())
        if let n = afterKeyword(chars) { return n }
        let trimmed = Array(chars.drop(while: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" }))
        return hugoPrefix(trimmed)
    }

    /// Week number of a Hugo `pre` field: `" <b> 1.7. </b> "` gives 7; a lone `1.` gives nil
    /// (that is the section's own number, on overview pages).
    public static func fromPre(_ pre: String) -> Int? {
        var plain: [Character] = []
        var inTag = false
        for c in pre {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { plain.append(c) }
        }
        var i = 0
        while i < plain.count {
            if plain[i].isASCIIDigit, i == 0 || !plain[i - 1].isASCIIDigit {
                if let n = hugoPrefix(Array(plain[i...])) { return n }
            }
            i += 1
        }
        return nil
    }

    /// Whether a page or folder name names a day rather than a week: `day-2`, `Day12`,
    /// `ngay-3`, a three-level Hugo number `1.3.2-...`, or an ISO date `2025-09-23`.
    public static func isDayName(_ name: String) -> Bool {
        let chars = Array(stem(of: name).lowercased())
        for keyword in dayKeywords {
            var start = 0
            while let at = find(keyword, in: chars, from: start) {
                start = at + 1
                if at > 0, chars[at - 1].isLetter { continue }
                if number(in: chars, at: skipSeparators(chars, from: at + keyword.count)) != nil { return true }
            }
        }
        if leadingNumbers(chars).count >= 3 { return true }
        return containsISODate(chars)
    }

    // MARK: - Pieces

    private static let weekKeywords: [[Character]] = [Array("week"), Array("tuần"), Array("tuan")]
    private static let dayKeywords: [[Character]] = [Array("day"), Array("ngày"), Array("ngay")]
    private static let separators: Set<Character> = [" ", "_", "-", ".", ":", "#", "\t"]

    /// `name` without `.md` and without a language suffix (`.vi`, `.en`).
    static func stem(of name: String) -> String {
        var s = Substring(name)
        if s.lowercased().hasSuffix(".md") { s = s.dropLast(3) }
        if let dot = s.lastIndex(of: ".") {
            let suffix = s[s.index(after: dot)...]
            if (2...3).contains(suffix.count), suffix.allSatisfy({ $0.isASCII && $0.isLetter }) {
                s = s[..<dot]
            }
        }
        return String(s)
    }

    /// The number after the first `week`/`tuần`/`tuan` that has one; `week1.10` gives 10.
    private static func afterKeyword(_ chars: [Character]) -> Int? {
        var best: (at: Int, value: Int)?
        for keyword in weekKeywords {
            var start = 0
            while let at = find(keyword, in: chars, from: start) {
                start = at + 1
                let numberAt = skipSeparators(chars, from: at + keyword.count)
                guard let (first, end) = number(in: chars, at: numberAt) else { continue }
                var value = first
                // `Worklog_week1.10`: section 1, week 10.
                if end + 1 < chars.count, chars[end] == ".", let (second, _) = number(in: chars, at: end + 1) {
                    value = second
                }
                if value <= maxWeek {
                    if let b = best, b.at <= at { break }
                    best = (at, value)
                    break
                }
            }
        }
        return best?.value
    }

    /// `1.7-...`, `1.7.`, `1.7 ...` at the start gives 7; `1.3.2-...` (a day) and `1.` give nil.
    private static func hugoPrefix(_ chars: [Character]) -> Int? {
        let numbers = leadingNumbers(chars)
        guard numbers.count == 2, numbers[1] <= maxWeek else { return nil }
        return numbers[1]
    }

    /// The dot-separated numbers at the start: `1.3.2-Day12` gives [1, 3, 2].
    private static func leadingNumbers(_ chars: [Character]) -> [Int] {
        var result: [Int] = []
        var i = 0
        while let (n, end) = number(in: chars, at: i) {
            result.append(n)
            guard end < chars.count, chars[end] == "." else { break }
            i = end + 1
        }
        return result
    }

    /// ASCII digits at `at` (at most 4) and the index after them.
    private static func number(in chars: [Character], at: Int) -> (Int, Int)? {
        var end = at
        var value = 0
        while end < chars.count, end - at < 5, let digit = chars[end].asciiDigitValue {
            value = value * 10 + digit
            end += 1
        }
        if end == at || end - at > 4 { return nil }
        return (value, end)
    }

    private static func skipSeparators(_ chars: [Character], from: Int) -> Int {
        var i = from
        while i < chars.count, i - from < 3, separators.contains(chars[i]) { i += 1 }
        return i
    }

    private static func find(_ needle: [Character], in chars: [Character], from: Int) -> Int? {
        guard needle.count <= chars.count else { return nil }
        var i = from
        while i + needle.count <= chars.count {
            if chars[i] == needle[0], Array(chars[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    private static func containsISODate(_ chars: [Character]) -> Bool {
        let pattern: [Bool] = [true, true, true, true, false, true, true, false, true, true]  // dddd-dd-dd
        guard chars.count >= pattern.count else { return false }
        for start in 0...(chars.count - pattern.count) {
            var ok = true
            for (k, isDigit) in pattern.enumerated() {
                let c = chars[start + k]
                if isDigit ? !c.isASCIIDigit : (c != "-" && c != "_") { ok = false; break }
            }
            if ok { return true }
        }
        return false
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { asciiDigitValue != nil }

    fileprivate var asciiDigitValue: Int? {
        guard let v = asciiValue, v >= 48, v <= 57 else { return nil }
        return Int(v - 48)
    }
}
