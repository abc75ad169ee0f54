import WorklogModel

/// A page as read from disk: its place in the site and what the parser made of it.
struct LoadedPage: Sendable {
    var input: PageInput
    /// nil when the file could not be read (see `readDiagnostic`).
    var parsed: ParsedPage?
    var readDiagnostic: Diagnostic?
    var byteCount: Int
}
