import WorklogModel

/// One page of one site, as the date reader needs it.
public struct SitePageDates: Sendable {
    public var page: ParsedPage
    /// For diagnostics.
    public var path: String
    /// `en`, `vi`, ...
    public var lang: String
    public var weekNumber: Int?

    public init(page: ParsedPage, path: String, lang: String, weekNumber: Int?) {
        self.page = page
        self.path = path
        self.lang = lang
        self.weekNumber = weekNumber
    }
}

/// Dates of one entry of a page.
public struct ResolvedEntryDates: Sendable, Hashable {
    public var start: CalendarDate?
    public var completion: CalendarDate?
    /// 1 = Monday ... 7 = Sunday: from the start date, else from the day label.
    public var weekday: Int?

    public init(start: CalendarDate? = nil, completion: CalendarDate? = nil, weekday: Int? = nil) {
        self.start = start
        self.completion = completion
        self.weekday = weekday
    }
}

/// Dates of one page, aligned with its entries.
public struct ResolvedPageDates: Sendable, Hashable {
    public var order: DateOrder
    public var entries: [ResolvedEntryDates]
    public var weekRange: ClosedRange<CalendarDate>?
    /// The front matter date when it reads as one (often a template left-over: the
    /// engine uses it only for day pages).
    public var frontMatterDate: CalendarDate?
    public var diagnostics: [Diagnostic]

    public init(
        order: DateOrder, entries: [ResolvedEntryDates], weekRange: ClosedRange<CalendarDate>? = nil,
        frontMatterDate: CalendarDate? = nil, diagnostics: [Diagnostic] = []
    ) {
        self.order = order
        self.entries = entries
        self.weekRange = weekRange
        self.frontMatterDate = frontMatterDate
        self.diagnostics = diagnostics
    }
}

/// Reads dates and weekdays (SPEC sections 5 and 9).
public enum DateReader {
    /// Resolves every page of ONE site at once (orders depend on the site's habit).
    public static func resolveSite(_ pages: [SitePageDates]) -> [ResolvedPageDates] {
        SiteDateResolver(pages).resolve()
    }

    /// All dates and ranges in a text, in order; date-shaped garbage as `.invalid`.
    public static func scan(_ text: String) -> [DateToken] {
        text.isEmpty ? [] : DateScanner(text).tokens()
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
