import Foundation
import Testing
import WorklogModel
@testable import WorklogXLSX

@Suite("ReviewWorkbookWriter")
struct ReviewWorkbookWriterTests {
    static let createdAt = CalendarDate(year: 2025, month: 11, day: 3)
    static let sofficeMissing = "soffice not installed (apt-get install libreoffice-calc-nogui): LibreOffice round trip skipped"

    /// Sheet -> rows LibreOffice should print, trailing empty cells dropped.
    static func plainRows(_ columns: [String], _ rows: [[ReportCell]]) -> [[String]] {
        ([columns] + rows.map { $0.map(\.plainText) }).map { row in
            var row = row
            while let last = row.last, last.isEmpty { row.removeLast() }
            return row
        }
    }

    /// Written by hand from the fixture: topics by (category, id), 0 where never named.
    static let topicMatrix: [[String]] = [
        ["intern", "Amazon EC2", "Amazon VPC", "Docker"],
        ["nguyễn-văn-an", "3", "1", "0"],
        ["trần-thị-bình", "1", "0", "2"],
    ]

    static func expectedSheets(rowsPerSheet: Int) -> [String: [[String]]] {
        let f = ReviewTablesFixture.self
        var sheets: [String: [[String]]] = [:]
        func add(_ name: String, _ columns: [String], _ rows: [[ReportCell]]) {
            let per = rowsPerSheet - 1
            for chunk in 0..<max(1, (rows.count + per - 1) / per) {
                let part = Array(rows[min(rows.count, chunk * per)..<min(rows.count, chunk * per + per)])
                sheets[chunk == 0 ? name : "\(name) (\(chunk + 1))"] = plainRows(columns, part)
            }
        }
        add("Summary", f.interns.columns + ["Mentor rating", "Mentor comment"], f.interns.rows)
        add("Weeks", f.weeks.columns, f.weeks.rows)
        add("Days", f.days.columns, f.days.rows)
        add("Tasks", f.tasks.columns, f.tasks.rows)
        add("Topic list", f.topics.columns, f.topics.rows)
        add("Trends", f.cohort.columns, f.cohort.rows)
        add("Topic weeks", f.topicWeeks.columns, f.topicWeeks.rows)
        add("Diagnostics", f.diagnostics.columns, f.diagnostics.rows)
        sheets["Topics"] = topicMatrix
        return sheets
    }

    @Test("LibreOffice reads every sheet back: rows, numbers, ISO dates, Vietnamese",
          .enabled(if: XlsxTestTools.sofficePath != nil, Comment(rawValue: sofficeMissing)))
    func libreOfficeRoundTrip() throws {
        let dir = try XlsxTestTools.temporaryDirectory("e2e")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("review.xlsx")
        let notes = try ReviewWorkbookWriter().write(tables: ReviewTablesFixture.all, to: path.path,
                                                     createdAt: Self.createdAt)
        #expect(notes.isEmpty)
        let sheets = try #require(try XlsxTestTools.sheetsAsCSV(path))
        let expected = Self.expectedSheets(rowsPerSheet: XlsxWorkbook.maxRows)
        #expect(Set(sheets.keys) == Set(expected.keys))
        for (name, rows) in expected {
            #expect(sheets[name] == rows, "sheet \(name)")
        }
        // Spot checks a bug would change: a date cell, a decimal, Vietnamese text.
        #expect(sheets["Days"]?[1][6] == "2025-09-08")
        #expect(sheets["Summary"]?[1][7] == "1.917")
        #expect(sheets["Tasks"]?[3][6] == "Cấu hình VPC, subnet và bảng định tuyến cho môi trường thử nghiệm của nhóm thực tập sinh")
        #expect(sheets["Tasks"]?[2][6] == "=SUM(A1) stays text, with \"quotes\", commas")
    }

    @Test("Constant memory and continuation sheets keep every row, in order",
          .enabled(if: XlsxTestTools.sofficePath != nil, Comment(rawValue: sofficeMissing)))
    func constantMemoryWithContinuationSheets() throws {
        let dir = try XlsxTestTools.temporaryDirectory("split")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("split.xlsx")
        var writer = ReviewWorkbookWriter()
        writer.constantMemoryRowThreshold = 0
        writer.rowsPerSheet = 3 // header + 2 rows
        let notes = try writer.writeNotes(tables: ReviewTablesFixture.all, to: path.path, createdAt: Self.createdAt)
        let continued = notes.filter { $0.code == XLSXDiagnosticCode.sheetContinued }.map(\.sheet)
        #expect(continued == ["Weeks (2)", "Days (2)", "Tasks (2)", "Tasks (3)", "Topic list (2)", "Trends (2)"])
        #expect(notes.first { $0.sheet == "Tasks (3)" }?.message == "table 'tasks' has 5 rows; rows 5-5 continue here")

        let parts = try XlsxTestTools.sheetParts(path).map(\.name)
        #expect(parts == ["Summary", "Weeks", "Weeks (2)", "Days", "Days (2)", "Tasks", "Tasks (2)", "Tasks (3)",
                          "Topics", "Topic list", "Topic list (2)", "Trends", "Trends (2)", "Topic weeks",
                          "Diagnostics"])
        // Constant-memory mode writes inline strings, no shared string table.
        #expect(!(try XlsxTestTools.memberNames(path)).contains("xl/sharedStrings.xml"))
        #expect(try XlsxTestTools.member(path, "xl/worksheets/sheet1.xml").contains("t=\"inlineStr\""))

        let sheets = try #require(try XlsxTestTools.sheetsAsCSV(path))
        let expected = Self.expectedSheets(rowsPerSheet: 3)
        #expect(Set(sheets.keys) == Set(expected.keys))
        for (name, rows) in expected {
            #expect(sheets[name] == rows, "sheet \(name)")
        }
        #expect(sheets["Tasks (3)"]?.last?.last == "binh/tuan-1.md:21")
    }

    @Test("Summary validation, conditional formats, colour scale and charts point at the right ranges")
    func workbookStructure() throws {
        let dir = try XlsxTestTools.temporaryDirectory("xml")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("review.xlsx")
        _ = try ReviewWorkbookWriter().write(tables: ReviewTablesFixture.all, to: path.path, createdAt: Self.createdAt)
        let parts = Dictionary(uniqueKeysWithValues: try XlsxTestTools.sheetParts(path).map { ($0.name, $0.part) })

        // Summary: 22 interns columns, then Mentor rating (W) and Mentor comment (X); 2 interns -> rows 2-3.
        let summary = try XlsxTestTools.member(path, try #require(parts["Summary"]))
        #expect(summary.contains(#"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" error="Choose a whole number from 1 to 5." promptTitle="Mentor rating" prompt="1 (weak) to 5 (excellent)" sqref="W2:W3"><formula1>"1,2,3,4,5"</formula1></dataValidation>"#))
        #expect(summary.contains(#"<conditionalFormatting sqref="E2:E3"><cfRule type="notContainsBlanks""#))
        #expect(summary.contains(#"<conditionalFormatting sqref="J2:J3"><cfRule type="expression" dxfId="0" priority="2"><formula>AND(ISNUMBER(J2),J2&gt;3)</formula>"#))
        #expect(summary.contains(#"<conditionalFormatting sqref="M2:M3"><cfRule type="expression" dxfId="0" priority="3"><formula>AND(ISNUMBER(M2),M2&lt;0.5)</formula>"#))
        #expect(summary.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(summary.contains(#"<autoFilter ref="A1:X3"/>"#))
        // Numbers are number cells (no t="s"), empty cells are absent: I3 (lag_mean) is unknown.
        #expect(summary.contains(#"<c r="H2"><v>1.917</v></c>"#))
        #expect(summary.contains(#"<c r="H3"><v>1.333</v></c><c r="L3">"#))

        // Weeks: lag_median is column J; Days: lag_days is column I.
        let weeks = try XlsxTestTools.member(path, try #require(parts["Weeks"]))
        #expect(weeks.contains(#"<conditionalFormatting sqref="J2:J4"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(ISNUMBER(J2),J2&gt;3)</formula>"#))
        let days = try XlsxTestTools.member(path, try #require(parts["Days"]))
        #expect(days.contains(#"<formula>AND(ISNUMBER(I2),I2&gt;3)</formula>"#))

        let topics = try XlsxTestTools.member(path, try #require(parts["Topics"]))
        #expect(topics.contains(#"<conditionalFormatting sqref="B2:D3"><cfRule type="colorScale" priority="1"><colorScale>"#))

        // Trends: week A, tasks C, lag_median E over rows 2-4; both charts are line charts.
        let chart1 = try XlsxTestTools.member(path, "xl/charts/chart1.xml")
        let chart2 = try XlsxTestTools.member(path, "xl/charts/chart2.xml")
        #expect(chart1.contains("<c:lineChart>") && chart2.contains("<c:lineChart>"))
        #expect(chart1.contains("<c:f>Trends!$A$2:$A$4</c:f>") && chart1.contains("<c:f>Trends!$C$2:$C$4</c:f>"))
        #expect(chart2.contains("<c:f>Trends!$A$2:$A$4</c:f>") && chart2.contains("<c:f>Trends!$E$2:$E$4</c:f>"))
        #expect(chart1.contains("Tasks per week") && chart2.contains("Median lag per week"))
        let trendsRels = try XlsxTestTools.member(path, "xl/worksheets/_rels/\(try #require(parts["Trends"]).split(separator: "/").last ?? "").rels")
        #expect(trendsRels.contains("drawing"))

        // Dates are numbers with an ISO date format.
        let styles = try XlsxTestTools.member(path, "xl/styles.xml")
        #expect(styles.contains(#"formatCode="yyyy-mm-dd""#))
        #expect(days.contains("<v>45908</v>")) // 2025-09-08

        let core = try XlsxTestTools.member(path, "docProps/core.xml")
        #expect(core.contains("<dc:title>Worklog mentor review</dc:title>"))
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-11-03T00:00:00Z</dcterms:created>"))
    }

    @Test("The same tables and date give a byte-identical file; another date changes it")
    func byteIdentical() throws {
        let dir = try XlsxTestTools.temporaryDirectory("same")
        defer { try? FileManager.default.removeItem(at: dir) }
        var outputs: [Data] = []
        for (i, day) in [Self.createdAt, Self.createdAt, CalendarDate(year: 2025, month: 11, day: 4)].enumerated() {
            let path = dir.appendingPathComponent("r\(i).xlsx").path
            _ = try ReviewWorkbookWriter().write(tables: ReviewTablesFixture.all, to: path, createdAt: day)
            if i == 1 { Thread.sleep(forTimeInterval: 1.1) } // a clock-dependent writer would differ now
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(outputs[0].count > 5_000)
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] != outputs[2])
        // Constant-memory mode is deterministic too.
        var streaming = ReviewWorkbookWriter()
        streaming.constantMemoryRowThreshold = 0
        let a = dir.appendingPathComponent("c1.xlsx").path, b = dir.appendingPathComponent("c2.xlsx").path
        _ = try streaming.write(tables: ReviewTablesFixture.all, to: a, createdAt: nil)
        _ = try streaming.write(tables: ReviewTablesFixture.all, to: b, createdAt: nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        let core = try XlsxTestTools.member(URL(fileURLWithPath: a), "docProps/core.xml")
        #expect(core.contains(">1980-01-01T00:00:00Z</dcterms:created>"))
    }

    @Test("Text over 32,767 characters is cut and reported with its cell")
    func longTextIsCut() throws {
        let dir = try XlsxTestTools.temporaryDirectory("long")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("long.xlsx")
        let long = String(repeating: "ă", count: 40_000)
        var tasks = ReviewTablesFixture.tasks
        tasks.rows[1][6] = .text(long)
        let notes = try ReviewWorkbookWriter().writeNotes(tables: [tasks], to: path.path, createdAt: Self.createdAt)
        #expect(notes == [XLSXNote(code: "xlsx-text-truncated", sheet: "Tasks", cell: "G3",
                                   message: "text of 40000 characters cut to 32767, Excel's cell limit")])
        #expect(notes.first?.description == "xlsx-text-truncated: Tasks!G3: text of 40000 characters cut to 32767, Excel's cell limit")
        let strings = try XlsxTestTools.member(path, "xl/sharedStrings.xml")
        // The stored string is exactly 32,767 "ă" (a linear scan: substring search here is quadratic).
        let stored = strings.components(separatedBy: "<t>").first { $0.hasPrefix("ăă") }
        #expect(stored?.prefix { $0 == "ă" }.count == 32_767)
        #expect(stored?.dropFirst(32_767).hasPrefix("</t>") == true)
    }

    @Test("Column widths fit content, capped; long text wraps")
    func columnWidths() throws {
        let dir = try XlsxTestTools.temporaryDirectory("width")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("w.xlsx")
        _ = try ReviewWorkbookWriter().write(tables: [ReviewTablesFixture.tasks], to: path.path, createdAt: nil)
        let sheet = try XlsxTestTools.member(path, "xl/worksheets/sheet1.xml")
        // Width + 0.7109375 is libxlsxwriter's pixel rounding. intern: "trần-thị-bình" 13 + 1;
        // kind: "subtask" 7 + 1 (header "kind" 4 + 2 is less); text: the 89-character task caps at 60.
        #expect(sheet.contains(#"<col min="1" max="1" width="14.7109375" customWidth="1"/>"#))
        #expect(sheet.contains(#"<col min="6" max="6" width="8.7109375" customWidth="1"/>"#))
        #expect(sheet.contains(#"<col min="7" max="7" width="60.7109375" customWidth="1"/>"#))
        let styles = try XlsxTestTools.member(path, "xl/styles.xml")
        #expect(styles.contains(#"<alignment vertical="top" wrapText="1"/>"#))
        // Only the long task (row 4) wraps; the short ones keep the default style.
        #expect(sheet.contains(#"<c r="G4" s="2" t="s">"#))
        #expect(sheet.contains(#"<c r="G2" t="s">"#))
    }
}
