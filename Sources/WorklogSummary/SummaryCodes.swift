/// Diagnostic codes of the summaries. Stable: they are documented in the README.
public enum SummaryCodes {
    /// A template does not parse (error, with the template's file, line and column).
    public static let templateSyntax = "template-syntax"
    /// A template tag names nothing the engine provides: it would render as empty.
    public static let templateUnknownName = "template-unknown-name"
    /// A template folder lacks a template the summary needs.
    public static let templateMissing = "template-missing"
    /// No template or wording in the asked language: English or the generic template is used.
    public static let languageFallback = "summary-language-fallback"
    /// `--intern` names no intern of the cohort.
    public static let unknownIntern = "summary-unknown-intern"
}
