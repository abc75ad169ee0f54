import WorklogModel

/// Reads dates and weekdays (SPEC sections 5 and 9).
public enum DateReader {
    /// Resolves every page of ONE site at once (orders depend on the site's habit).
    public static func resolveSite(_ pages: [SitePageDates]) -> [ResolvedPageDates] {
        SiteDateResolver(pages).resolve()
    }

    /// All dates and ranges in a text, in order; date-shaped garbage as `.invalid`.
    public static func scan(_ text: String) -> [DateToken] {
        // Every date form holds an ASCII digit (the lexer's numbers): texts without one
        // (most task and label cells) need no lexing.
        text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) ? DateScanner(text).tokens() : []
    }

    /// A day label: named days, `T2`, `Thứ Hai`, `CN`, `Day 1`, bare numbers, ranges.
    public static func weekdayLabel(_ text: String) -> DayLabel? {
        text.isEmpty ? nil : DayLabelReader.read(text)
    }

    /// A front matter date: `2024-11-18T00:00:00Z`, `2025-10-20`, quoted or not.
    /// A bare year (`2025`) gives only a year: see `frontMatterYear`.
    public static func frontMatterDate(_ text: String) -> CalendarDate? {
        guard let first = scan(text).first, case .date(let raw) = first, raw.monthKnown || raw.forcedOrder != nil,
              let year = raw.year else { return nil }
        let (m, d) = raw.monthDay(raw.forcedOrder ?? .iso)
        return CalendarDate(year: year, month: m, day: d)
    }

    /// The year of a front matter date, also of a bare year `2025`.
    public static func frontMatterYear(_ text: String) -> Int? {
        if let d = frontMatterDate(text) { return d.year }
        let lx = DateLexer.lex(text)
        let digits = lx.compactMap { l -> (Int, Int)? in
            if case .number(let v, let d) = l.kind { return (v, d) }
            return nil
        }
        guard digits.count == 1, digits[0].1 == 4, (1900...2200).contains(digits[0].0),
              !lx.contains(where: { if case .word = $0.kind { return true } else { return false } })
        else { return nil }
        return digits[0].0
    }
}
