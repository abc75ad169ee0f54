import WorklogModel

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
