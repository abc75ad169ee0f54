/// How much of one intern's log is their own (issue 8). Only comparable texts count: tasks,
/// subtasks, objectives and achievements of at least 6 words, in the week's chosen language.
public struct InternOriginality: Sendable, Hashable, Codable {
    public var id: String
    public var comparableTexts: Int
    /// Texts that match a text of another intern and are not the template's.
    public var sharedTexts: Int
    /// Texts of the starter template (or common to much of the cohort).
    public var templateTexts: Int
    /// Interns sharing most of this intern's texts, most first (ties by id), with the count.
    public var topSources: [OriginalitySource]
    /// Weeks holding a shared text, ascending.
    public var sharedWeeks: [Int]
    /// Weeks holding a template text, ascending.
    public var templateWeeks: [Int]

    public init(id: String, comparableTexts: Int, sharedTexts: Int, templateTexts: Int,
                topSources: [OriginalitySource], sharedWeeks: [Int], templateWeeks: [Int]) {
        self.id = id
        self.comparableTexts = comparableTexts
        self.sharedTexts = sharedTexts
        self.templateTexts = templateTexts
        self.topSources = topSources
        self.sharedWeeks = sharedWeeks
        self.templateWeeks = templateWeeks
    }

    /// Share of comparable texts that are neither shared nor template; nil without comparable text.
    public var originality: Double? {
        comparableTexts > 0
            ? Double(comparableTexts - sharedTexts - templateTexts) / Double(comparableTexts) : nil
    }
}
