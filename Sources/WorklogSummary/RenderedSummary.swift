import WorklogModel

/// One intern's summary, in both formats.
public struct RenderedSummary: Sendable, Hashable {
    /// The id the summary shows (the pseudonym when anonymizing): also its folder name.
    public var internID: String
    public var markdown: String
    public var html: String
    /// Problems of the templates or the language, not of the intern's logs.
    public var warnings: [Diagnostic]

    public init(internID: String, markdown: String, html: String, warnings: [Diagnostic]) {
        self.internID = internID
        self.markdown = markdown
        self.html = html
        self.warnings = warnings
    }
}
