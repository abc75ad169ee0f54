/// One page to parse: a week page or a day page of a site's worklog folder.
public struct PageInput: Sendable, Hashable {
    /// Path to open: the command-line path joined with the path below it.
    public var path: String
    /// Path for reports: the site's id, then the path below the site's folder
    /// (`OWNER__NAME/content/1-Worklog/1.7-Week7/_index.md`).
    public var displayPath: String
    /// `en`, `vi`, ...: the file's language suffix, else its per-language content folder's,
    /// else the site's default language.
    public var lang: String
    /// Week number from folder or file names; nil when the names give none (the engine
    /// then tries the title and `pre`).
    public var weekNumber: Int?
    /// A page of one day inside a week folder (`1.3-Week3/1.3.2-Day12-2025-09-23/_index.md`,
    /// `week3/day-2.md`); its tasks become day entries of `weekNumber`.
    public var isDayPage: Bool
    /// Name of a day page's folder (for a bundle `_index.md`) or file stem, for its date or label.
    public var dayName: String?

    public init(
        path: String, displayPath: String, lang: String, weekNumber: Int?,
        isDayPage: Bool = false, dayName: String? = nil
    ) {
        self.path = path
        self.displayPath = displayPath
        self.lang = lang
        self.weekNumber = weekNumber
        self.isDayPage = isDayPage
        self.dayName = dayName
    }
}
