import WorklogModel
@testable import WorklogParser

/// Builders for hand-made pages.
enum Pages {
    /// One table row: day cell, start and completion texts.
    static func row(
        _ line: Int, day: String = "", date: String = "", start: String = "", completion: String = "", table: Int = 0
    ) -> EntryDraft {
        EntryDraft(line: line, dayText: day, dateText: date, startText: start, completionText: completion,
                   tasks: [TaskLine(.task, "work", line: line)], tableIndex: table)
    }

    static func page(
        _ entries: [EntryDraft], frontMatterDate: String? = nil, weekRange: String? = nil
    ) -> ParsedPage {
        ParsedPage(frontMatter: FrontMatter(date: frontMatterDate, dateLine: 3), entries: entries, style: .table,
                   weekRangeText: weekRange, weekRangeLine: weekRange == nil ? 0 : 7)
    }

    static func site(_ pages: [(ParsedPage, String, Int?)]) -> [ResolvedPageDates] {
        DateReader.resolveSite(pages.enumerated().map { k, p in
            SitePageDates(page: p.0, path: "site/week\(p.2 ?? k)/_index.\(p.1).md", lang: p.1, weekNumber: p.2)
        })
    }

    static func one(_ page: ParsedPage, lang: String = "en") -> ResolvedPageDates {
        site([(page, lang, 1)])[0]
    }

    /// Rows with day labels and start dates, completion equal to start.
    static func rows(_ pairs: [(String, String)], table: Int = 0) -> [EntryDraft] {
        pairs.enumerated().map { k, p in row(10 + k, day: p.0, start: p.1, completion: p.1, table: table) }
    }
}

func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? { CalendarDate(year: y, month: m, day: d) }

extension ResolvedPageDates {
    func codes() -> [String] { diagnostics.map(\.code) }
    func messages(_ code: String) -> [String] { diagnostics.filter { $0.code == code }.map(\.message) }
}
