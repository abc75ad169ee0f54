/// Diagnostic codes of the date reader.
public enum DateDiagnostics {
    /// info: a page's day/month order was not forced by its dates; the message says what decided it.
    public static let orderInferred = "date-order-inferred"
    /// warning: a page's dates force both orders; the majority of its forcing dates wins.
    public static let orderConflict = "date-order-conflict"
    /// warning: a date-shaped text is no date (`04/200/2026`, `31/02/2025`).
    public static let unreadable = "date-unreadable"
    /// info: the front matter date is not a date (`` `r Sys.Date()` ``); it is ignored.
    public static let frontMatterUnreadable = "front-matter-date-unreadable"
    /// warning: a date without a year has no year source (page, site, front matter); it is left empty.
    public static let yearUnknown = "date-year-unknown"
    /// info: a year-less date's year came from the front matter, picked by the weekday labels.
    public static let yearFromFrontMatter = "date-year-from-front-matter"
    /// warning: a day label names another weekday than its date.
    public static let weekdayMismatch = "weekday-mismatch"
    /// warning: an entry's completion date is before its start date (both kept).
    public static let negativeLag = "negative-lag"
}
