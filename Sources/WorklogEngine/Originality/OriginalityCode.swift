/// Diagnostic codes of the originality analysis (README lists them all).
public enum OriginalityCode {
    /// warning: most comparable texts of a week are the starter template's (or common to much of the cohort).
    public static let templateCopy = "template-copy"
}
