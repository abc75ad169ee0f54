/// Diagnostic codes the engine itself raises while assembling weeks (README lists them all).
enum EngineCode {
    /// info: a `draft: true` page was skipped.
    static let draftSkipped = "draft-skipped"
    /// warning: no week number in the page's names, title or `pre`; the page is skipped.
    static let noWeekNumber = "no-week-number"
    /// warning: the title or `pre` names another week than the folder; the folder wins.
    static let weekNumberConflict = "week-number-conflict"
    /// warning: two pages of one intern, week and language; they are merged.
    static let duplicateWeekPage = "duplicate-week-page"
    /// warning: a week page (with its day pages) that holds no task.
    static let pageWithoutTasks = "page-without-tasks"
}
