/// Stable diagnostic codes the page parser emits (listed in the README).
public enum ParserCode {
    /// The file holds NUL bytes: it is not a text page; read as empty.
    public static let binaryContent = "binary-content"
    /// Bytes that are not UTF-8 were decoded as U+FFFD.
    public static let invalidUTF8 = "invalid-utf8"
    /// Front matter opened with `---`/`+++` but never closed.
    public static let frontMatterUnclosed = "front-matter-unclosed"
    /// Front matter keys at the top with no opening `---`.
    public static let frontMatterUnopened = "front-matter-unopened"
    /// The starter template's "do not copy verbatim" warning is still in the page.
    public static let templateLeftover = "template-leftover"
    /// A code fence is never closed; the rest of the page counts as nothing.
    public static let unclosedCodeFence = "unclosed-code-fence"
    /// A table row has more cells than its header; the extra cells are ignored.
    public static let tableRowTooLong = "table-row-too-long"
    /// A table's separator row has a different number of cells than its header.
    public static let tableSeparatorMismatch = "table-separator-mismatch"
    /// A raw HTML `<table>` is never closed.
    public static let htmlTableUnclosed = "html-table-unclosed"
    /// An empty template table was skipped for a filled one below it.
    public static let emptyTableSkipped = "empty-table-skipped"
}
