import Foundation
import Testing
import WorklogModel
import WorklogXLSX

/// Issue 8 in the workbook: low originality flagged on Summary, pairs on a Similarity sheet.
@Suite struct OriginalitySheetTests {
    @Test func summaryFlagsLowOriginalityAndSimilarityIsTheLastSheet() throws {
        let dir = try XlsxTestTools.temporaryDirectory("originality")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("review.xlsx")
        let interns = ReportTable(name: "interns", columns: ["intern", "originality", "top_sources"], rows: [
            [.text("bao"), .number(0.182), .text("cuong:7")],
            [.text("cuong"), .number(1), .empty],
        ])
        let similarity = ReportTable(
            name: "similarity", columns: ["intern_a", "intern_b", "shared", "weeks", "first_date_a", "first_date_b"],
            rows: [[.text("bao"), .text("cuong"), .integer(7), .text("1:1;2:2"),
                    ReviewTablesFixture.date(2026, 1, 12), ReviewTablesFixture.date(2026, 2, 9)]])
        _ = try ReviewWorkbookWriter().write(tables: [interns, similarity], to: path.path, createdAt: nil)
        let parts = try XlsxTestTools.sheetParts(path)
        #expect(parts.map(\.name) == ["Summary", "Similarity"])
        let summary = try XlsxTestTools.member(path, try #require(parts.first?.part))
        #expect(summary.contains(#"<conditionalFormatting sqref="B2:B3"><cfRule type="expression" dxfId="0""#))
        #expect(summary.contains("<formula>AND(ISNUMBER(B2),B2&lt;0.5)</formula>"))
        let sheet = try XlsxTestTools.member(path, try #require(parts.last?.part))
        #expect(sheet.contains(#"<c r="C2"><v>7</v></c>"#))
        #expect(sheet.contains(#"<autoFilter ref="A1:F2"/>"#))
    }
}
