import Foundation
import Testing
import WorklogModel
import WorklogParser

/// Inputs that once crashed or hung the parser (`Fixtures/fuzz-regressions`, see
/// `fuzz/README.md`): each is parsed and its dates resolved as the fuzz target does.
@Suite struct FuzzRegressionTests {
    static var folder: URL? {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("fuzz-regressions")
    }

    /// Every kept input, the README aside.
    static var names: [String] {
        guard let folder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return files.filter { $0 != "README.md" }.sorted()
    }

    static func parse(_ name: String) throws -> (bytes: [UInt8], page: ParsedPage, dates: [ResolvedPageDates]) {
        let url = try #require(folder?.appendingPathComponent(name))
        let bytes = [UInt8](try Data(contentsOf: url))
        let page = PageParser.parse(bytes, path: name)
        let dates = DateReader.resolveSite([SitePageDates(page: page, path: name, lang: "en", weekNumber: 1)])
        return (bytes, page, dates)
    }

    @Test func everyKeptInputParses() throws {
        #expect(Self.names.count >= 2)
        for name in Self.names {
            let (bytes, page, dates) = try Self.parse(name)
            let lines = bytes.count(where: { $0 == 0x0A }) + 1
            #expect(page.entries.allSatisfy { $0.line >= 1 && $0.line <= lines }, "\(name)")
            #expect(page.entries.allSatisfy { $0.tasks.allSatisfy { !$0.text.isEmpty } }, "\(name)")
            #expect(dates.count == 1 && dates.first?.entries.count == page.entries.count, "\(name)")
        }
    }

    /// 4,000 `<table><tr><td>` nested on one line: each cell searched the rest of the line
    /// for `<th>`, `</td>` and `</th>`, so the row took quadratic time (minutes at 50,000).
    @Test func nestedHTMLTablesAreLinear() throws {
        let (_, page, _) = try Self.parse("hang-nested-html-tables.md")
        #expect(page.style == .table)
        // Rows without `</tr>` end at the next `<tr>`: the nested rows are empty entries.
        #expect(page.entries.count == 3)
        #expect(page.entries.flatMap(\.tasks).map(\.text) == ["outer task"])
        #expect(page.entries.map(\.line) == [1, 1, 1])
    }

    /// 2,000 one-row tables: the date reader voted on each table's day numbers with a pass
    /// over every entry of the page per table (quadratic: 20,000 tables took minutes).
    @Test func manySmallTablesAreLinear() throws {
        let (_, page, dates) = try Self.parse("hang-many-small-tables.md")
        #expect(page.entries.count == 2_000)
        #expect(page.entries.last?.tasks.map(\.text) == ["task 1999"])
        #expect(page.entries.last?.line == 5 + 4 * 1_999)
        let resolved = try #require(dates.first)
        #expect(resolved.entries.count == 2_000)
        #expect(resolved.entries.first?.start == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(resolved.entries.last?.start == CalendarDate(year: 2026, month: 3, day: 1999 % 28 + 1))
    }
}
