import WorklogModel

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
