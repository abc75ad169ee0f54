import WorklogModel

/// Reads one week (or day) page into a `ParsedPage` (SPEC 2–4 and 9).
public enum PageParser {
    /// Reads one page. `path` is only used in diagnostics. Never traps, whatever the bytes.
    public static func parse(_ bytes: UnsafeRawBufferPointer, path: String) -> ParsedPage {
        parse(bytes, path: path, memo: ParseMemo())
    }

    /// Reads one page, with what `memo` remembers from the worker's earlier pages: the
    /// same result as without it, sooner. `memo` must not be shared between threads.
    public static func parse(_ bytes: UnsafeRawBufferPointer, path: String, memo: ParseMemo) -> ParsedPage {
        var diagnostics: [Diagnostic] = []
        let source = SourceLines(bytes)
        if source.hasNUL {
            diagnostics.append(Diagnostic(.error, ParserCode.binaryContent, at: SourceLocation(path: path),
                                          "file holds NUL bytes; not a text page"))
            return ParsedPage(diagnostics: diagnostics)
        }
        if source.invalidUTF8 {
            diagnostics.append(Diagnostic(.warning, ParserCode.invalidUTF8, at: SourceLocation(path: path),
                                          "file is not valid UTF-8; bad bytes read as U+FFFD"))
        }
        let (frontMatter, bodyStart) = FrontMatterReader.read(source.lines, path: path, diagnostics: &diagnostics)
        let body = BodyCleaner.clean(source.lines, from: bodyStart, path: path, diagnostics: &diagnostics,
                                     page: source.storage)
        var reader = PageReader(lines: body, path: path, memo: memo)
        reader.run()
        diagnostics += reader.diagnostics

        var page = ParsedPage(frontMatter: frontMatter)
        page.headingTitle = reader.headingTitle
        page.objectives = reader.objectives
        page.achievements = reader.achievements
        page.references = reader.references
        page.weekRangeText = reader.weekRangeText
        page.weekRangeLine = reader.weekRangeLine

        // Task tables: those of the tasks sections, else any in the page.
        let interpreted = reader.tables.map { (TableInterpreter($0.table, memo: memo), $0) }.filter { $0.0.hasTaskColumn }
        var chosen = interpreted.filter { $0.1.inTasksSection }.map(\.0)
        if chosen.isEmpty {
            // No tasks section: every task table counts. A tasks section without a
            // table: tables elsewhere count too, except under a next-week/plan heading.
            chosen = interpreted.filter { !reader.hasTasksSection || !$0.1.inPlanSection }.map(\.0)
        }
        var perTable = chosen.enumerated().map { $0.element.entries(tableIndex: $0.offset) }
        // An empty template table is skipped for a filled one below it.
        for k in perTable.indices where !perTable[k].contains(where: { !$0.tasks.isEmpty }) {
            if perTable[(k + 1)...].contains(where: { $0.contains { !$0.tasks.isEmpty } }) {
                diagnostics.append(Diagnostic(.info, ParserCode.emptyTableSkipped,
                                              at: SourceLocation(path: path, line: chosen[k].table.line),
                                              "empty template table skipped for the filled one below"))
                perTable[k] = []
            }
        }
        let tableEntries = perTable.flatMap { $0 }
        if !tableEntries.isEmpty {
            page.entries = tableEntries
            page.style = .table
        } else {
            page.entries = reader.listEntries
            page.looseTasks = reader.looseTasks
            page.style = page.taskCount > 0 || page.entries.contains { !$0.tasks.isEmpty } ? .list : .empty
        }
        page.diagnostics = diagnostics
        return page
    }

    public static func parse(_ bytes: [UInt8], path: String) -> ParsedPage {
        bytes.withUnsafeBytes { parse($0, path: path) }
    }
}
