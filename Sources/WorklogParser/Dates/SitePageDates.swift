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
