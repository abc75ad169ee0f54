/// Finds the dates and date ranges of a text (see SPEC section 5 for the forms).
struct DateScanner {
    typealias Lexeme = DateLexer.Lexeme

    private let lx: [Lexeme]

    init(_ text: String) { lx = DateLexer.lex(text) }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
        "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
        "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
        "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    private static let rangeWords: Set<String> = ["to", "till", "until", "đến", "tới"]
    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    func tokens() -> [DateToken] {
        var out: [DateToken] = []
        var i = 0
        while i < lx.count {
            guard let (first, next) = match(at: i) else {
                i += 1
                continue
            }
            guard case .date(let x) = first else {
                out.append(first)
                i = next
                continue
            }
            if let (end, after) = rangeEnd(after: next, from: x) {
                out.append(.range(x, end))
                i = after
            } else {
                out.append(first)
                i = next
            }
        }
        return out
    }

    // MARK: - Lexeme access

    private func num(_ i: Int, digits: ClosedRange<Int> = 1...2) -> Int? {
        guard i >= 0, i < lx.count, case .number(let v, let d) = lx[i].kind, digits.contains(d) else { return nil }
        return v
    }

    private func digitCount(_ i: Int) -> Int? {
        guard i < lx.count, case .number(_, let d) = lx[i].kind else { return nil }
        return d
    }

    private func punct(_ i: Int) -> UInt8? {
        guard i >= 0, i < lx.count, case .punct(let p) = lx[i].kind else { return nil }
        return p
    }

    private func word(_ i: Int) -> String? {
        guard i >= 0, i < lx.count, case .word(let w) = lx[i].kind else { return nil }
        return w
    }

    /// Lexeme `i` touches the previous one.
    private func tight(_ i: Int) -> Bool { i < lx.count && !lx[i].spaced }

    private func tightPunct(_ i: Int, _ p: UInt8) -> Bool { tight(i) && punct(i) == p }

    private func text(_ range: Range<Int>) -> String {
        var s = ""
        for k in range {
            if k > range.lowerBound, lx[k].spaced { s += " " }
            switch lx[k].kind {
            case .number(let v, let d):
                let digits = String(v)
                s += String(repeating: "0", count: max(0, d - digits.count)) + digits
            case .word(let w): s += w
            case .punct(let p): s += String(UnicodeScalar(p))
            case .dash: s += "-"
            case .other: s += "?"
            }
        }
        return s
    }

    private static func fullYear(_ v: Int, digits: Int) -> Int? {
        switch digits {
        case 4: v
        case 2: 2000 + v
        default: nil
        }
    }

    // MARK: - Forms

    /// A date starting at lexeme `i`, and the index after it.
    private func match(at i: Int) -> (DateToken, Int)? {
        if let r = matchNumeric(at: i) { return r }
        if let r = matchMonthName(at: i) { return r }
        return nil
    }

    private func matchNumeric(at i: Int) -> (DateToken, Int)? {
        guard let d0 = digitCount(i) else { return nil }
        // Inside a longer number run (`1.2.3.4/16`, `T9.6`) nothing starts.
        if i > 0, tight(i), word(i - 1) != nil || punct(i - 1) == UInt8(ascii: ".")
            || punct(i - 1) == UInt8(ascii: "/") || digitCount(i - 1) != nil {
            return nil
        }
        let seps: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")]
        // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
        if d0 == 4, let y = num(i, digits: 4...4), let p = punct(i + 1), seps.contains(p), tight(i + 1),
           let m = num(i + 2), tight(i + 2), tightPunct(i + 3, p), let d = num(i + 4), tight(i + 4) {
            let raw = RawDate.fixed(month: m, day: d, year: y)
            return (raw.isReadable ? .date(raw) : .invalid(text(i..<(i + 5))), i + 5)
        }
        guard d0 <= 3, let p = punct(i + 1), seps.contains(p), tight(i + 1),
              let d1 = digitCount(i + 2), d1 <= 3, tight(i + 2), let a = num(i, digits: 1...3),
              let b = num(i + 2, digits: 1...3) else { return nil }
        // A, B, year with one separator: 20/10/2025, 3/30/2026, 20.10.2025, 20/10/25
        if tightPunct(i + 3, p), let dy = digitCount(i + 4), tight(i + 4), let yv = num(i + 4, digits: 1...9),
           !(tightPunct(i + 5, UInt8(ascii: ".")) || tightPunct(i + 5, UInt8(ascii: "/"))) {
            guard let y = DateScanner.fullYear(yv, digits: dy), !(p == UInt8(ascii: ".") && dy != 4) else {
                return dy > 4 || dy == 3 ? (.invalid(text(i..<(i + 5))), i + 5) : nil
            }
            let raw = RawDate(first: a, second: b, year: y, monthKnown: false)
            let ok = d0 <= 2 && d1 <= 2 && raw.isReadable
            return (ok ? .date(raw) : .invalid(text(i..<(i + 5))), i + 5)
        }
        guard d0 <= 2, d1 <= 2 else {
            return p == UInt8(ascii: "/") ? (.invalid(text(i..<(i + 3))), i + 3) : nil
        }
        // Shared tail: 22-26/09/2025 (days, then month and year)
        if p == UInt8(ascii: "-"), tightPunct(i + 3, UInt8(ascii: "/")), let m = num(i + 4), tight(i + 4),
           tightPunct(i + 5, UInt8(ascii: "/")), let dy = digitCount(i + 6), dy == 4, tight(i + 6),
           let y = num(i + 6, digits: 4...4) {
            let x = RawDate(first: a, second: m, year: y, monthKnown: false)
            let z = RawDate(first: b, second: m, year: y, monthKnown: false)
            let ok = x.isReadable && z.isReadable
            return (ok ? .range(x, z) : .invalid(text(i..<(i + 7))), i + 7)
        }
        // Shared head: 9/22-26/2025 (month, days, year)
        if p == UInt8(ascii: "/"), tightPunct(i + 3, UInt8(ascii: "-")), let d2 = num(i + 4), tight(i + 4),
           tightPunct(i + 5, UInt8(ascii: "/")), let dy = digitCount(i + 6), dy == 4, tight(i + 6),
           let y = num(i + 6, digits: 4...4) {
            let x = RawDate(first: a, second: b, year: y, monthKnown: false)
            let z = RawDate(first: a, second: d2, year: y, monthKnown: false)
            let ok = x.isReadable && z.isReadable
            return (ok ? .range(x, z) : .invalid(text(i..<(i + 7))), i + 7)
        }
        // Year-less 20/10, only with a slash (20-10 and 20.10 are day ranges and decimals).
        if p == UInt8(ascii: "/"), !tightPunct(i + 3, UInt8(ascii: "/")), !tightPunct(i + 3, UInt8(ascii: ".")) {
            let raw = RawDate(first: a, second: b, year: nil, monthKnown: false)
            return (raw.isReadable ? .date(raw) : .invalid(text(i..<(i + 3))), i + 3)
        }
        return nil
    }

    /// `Oct 20, 2025`, `October 20th`, `20 October 2025`, `20 tháng 10, 2025`, `20 tháng 10 năm 2025`.
    private func matchMonthName(at i: Int) -> (DateToken, Int)? {
        if let w = word(i), let m = DateScanner.months[w] {
            var j = i + 1
            if tightPunct(j, UInt8(ascii: ".")) { j += 1 }
            guard let d = num(j), !tightPunct(j + 1, UInt8(ascii: "/")) else { return nil }
            j += 1
            if let s = word(j), tight(j), DateScanner.ordinalSuffixes.contains(s) { j += 1 }
            var year: Int?
            (year, j) = trailingYear(j)
            return token(month: m, day: d, year: year, range: i..<j)
        }
        guard let d = num(i), i + 1 < lx.count else { return nil }
        if let w = word(i + 1), let m = DateScanner.months[w] {
            var j = i + 2
            if tightPunct(j, UInt8(ascii: ".")) { j += 1 }
            var year: Int?
            (year, j) = trailingYear(j)
            return token(month: m, day: d, year: year, range: i..<j)
        }
        if word(i + 1) == "tháng", let m = num(i + 2) {
            var j = i + 3
            if word(j) == "năm" { j += 1 }
            var year: Int?
            (year, j) = trailingYear(j)
            return token(month: m, day: d, year: year, range: i..<j)
        }
        return nil
    }

    /// `, 2025` or ` 2025` after a month-name date.
    private func trailingYear(_ j: Int) -> (Int?, Int) {
        var k = j
        if punct(k) == UInt8(ascii: ",") { k += 1 }
        if let y = num(k, digits: 4...4) { return (y, k + 1) }
        return (nil, j)
    }

    private func token(month: Int, day: Int, year: Int?, range: Range<Int>) -> (DateToken, Int) {
        let raw = RawDate.fixed(month: month, day: day, year: year)
        return (raw.isReadable ? .date(raw) : .invalid(text(range)), range.upperBound)
    }

    /// The end of a range `x - y` whose dash is at `j`.
    private func rangeEnd(after j: Int, from x: RawDate) -> (RawDate, Int)? {
        guard j < lx.count else { return nil }
        let isJoin: Bool
        switch lx[j].kind {
        case .dash: isJoin = true
        case .punct(let p): isJoin = p == UInt8(ascii: "-")
        case .word(let w): isJoin = DateScanner.rangeWords.contains(w)
        default: isJoin = false
        }
        guard isJoin else { return nil }
        if let (t, next) = match(at: j + 1), case .date(let y) = t { return (y, next) }
        // `September 22 - 28, 2025`: the end gives only its day.
        if x.monthKnown, let d = num(j + 1), !tightPunct(j + 2, UInt8(ascii: "/")) {
            var k = j + 2
            if let s = word(k), tight(k), DateScanner.ordinalSuffixes.contains(s) { k += 1 }
            let (year, next) = trailingYear(k)
            let y = RawDate.fixed(month: x.first, day: d, year: year)
            guard y.isReadable else { return nil }
            return (y, next)
        }
        return nil
    }
}
