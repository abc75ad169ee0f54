/// What `worklog summary` renders and how.
public struct SummaryOptions: Sendable, Hashable {
    /// Folder of `summary[.LANG].md.mustache` / `summary[.LANG].html.mustache`; nil uses the shipped ones.
    public var templatesDirectory: String?
    /// `en` or `vi`: picks the templates and the engine's own wording.
    public var language: String
    /// Replace intern ids by `intern-001`... everywhere.
    public var anonymize: Bool
    /// Only this intern (its id, or its pseudonym when anonymizing); nil for every intern.
    public var internFilter: String?

    public init(templatesDirectory: String? = nil, language: String = "en", anonymize: Bool = false,
                internFilter: String? = nil) {
        self.templatesDirectory = templatesDirectory
        self.language = language
        self.anonymize = anonymize
        self.internFilter = internFilter
    }
}
