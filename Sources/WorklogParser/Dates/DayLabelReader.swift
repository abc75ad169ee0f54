/// Reads day labels (see `DateReader.weekdayLabel`).
enum DayLabelReader {
    private static let names: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6, "sunday": 7, "sun": 7, "cn": 7,
    ]
    /// Vietnamese weekday words, also after `Thứ`.
    private static let viWords: [String: Int] = [
        "hai": 1, "ba": 2, "tư": 3, "bốn": 3, "năm": 4, "sáu": 5, "bảy": 6, "bẩy": 6,
    ]

    static func read(_ text: String) -> DayLabel? {
        let lx = DateLexer.lex(text)
        var named: [(DayLabel.Kind, Int)] = []
        var bare: [Int] = []
        var hasWord = false
        var badNumber = false
        // after `Thứ 2` or `T2`, bare numbers go on counting the Vietnamese way (`Thứ 2-3`)
        var viCount = false
        var bareLeads = false
        var i = 0
        func num(_ k: Int) -> Int? {
            guard k < lx.count, case .number(let v, let d) = lx[k].kind, d <= 2 else { return nil }
            return v
        }
        func word(_ k: Int) -> String? {
            guard k < lx.count, case .word(let w) = lx[k].kind else { return nil }
            return w
        }
        func punct(_ k: Int) -> UInt8? {
            guard k >= 0, k < lx.count, case .punct(let p) = lx[k].kind else { return nil }
            return p
        }
        while i < lx.count {
            switch lx[i].kind {
            case .word(let w):
                if w == "thứ" || w == "thu" && num(i + 1) != nil {
                    if let n = num(i + 1), (2...8).contains(n), punct(i + 2) != UInt8(ascii: "/") {
                        named.append((.named, n - 1))
                        viCount = true
                        i += 2
                        continue
                    }
                    if let v = word(i + 1), let d = viWords[v] {
                        named.append((.named, d))
                        i += 2
                        continue
                    }
                }
                if w == "t", let n = num(i + 1), i + 1 < lx.count, !lx[i + 1].spaced {
                    if (2...8).contains(n), punct(i + 2) != UInt8(ascii: ".") {
                        named.append((.named, n - 1))
                        viCount = true
                        i += 2
                    } else {
                        hasWord = true // a task id like `T9.6`
                        i += punct(i + 2) == UInt8(ascii: ".") && num(i + 3) != nil ? 4 : 2
                    }
                    continue
                }
                if w == "chủ", word(i + 1) == "nhật" {
                    named.append((.named, 7))
                    i += 2
                    continue
                }
                if w == "day" || w == "ngày", let n = num(i + 1) {
                    if (1...7).contains(n), w == "day" { named.append((.dayNumber, n)) }
                    i += 2
                    continue
                }
                if let d = names[w] ?? viWords[w] {
                    named.append((.named, d))
                } else {
                    hasWord = true
                }
            case .number(let v, let d):
                let inDate = punct(i + 1) == UInt8(ascii: "/") || punct(i - 1) == UInt8(ascii: "/")
                if !inDate {
                    if viCount, d <= 2, (2...8).contains(v) {
                        named.append((.named, v - 1))
                    } else if d <= 2, (1...8).contains(v) {
                        // `7-CN`, `6 - Sun`: a range that starts with a bare number; `2 (T3)` is an index.
                        if named.isEmpty, bare.isEmpty, punct(i + 1) != UInt8(ascii: "(") { bareLeads = true }
                        bare.append(v)
                    } else {
                        badNumber = true
                    }
                    // `6.1`: a sub-day of day 6
                    if punct(i + 1) == UInt8(ascii: "."), num(i + 2) != nil, i + 2 < lx.count, !lx[i + 2].spaced {
                        i += 3
                        continue
                    }
                }
            default:
                break
            }
            i += 1
        }
        if bareLeads, !named.isEmpty, let f = bare.first {
            return DayLabel(kind: .bare, first: f)
        }
        if let f = named.first {
            let l = named.count > 1 ? named[named.count - 1].1 : nil
            return DayLabel(kind: f.0, first: f.1, last: l)
        }
        guard !hasWord, !badNumber, let f = bare.first else { return nil }
        return DayLabel(kind: .bare, first: f, last: bare.count > 1 ? bare[bare.count - 1] : nil)
    }
}
