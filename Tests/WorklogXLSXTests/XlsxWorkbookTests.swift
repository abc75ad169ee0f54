import Foundation
import Testing
@testable import WorklogXLSX

@Suite("XlsxWorkbook")
struct XlsxWorkbookTests {
    @Test("Sheet names Excel refuses throw before the library sees them")
    func sheetNameGuards() throws {
        let dir = try XlsxTestTools.temporaryDirectory("names")
        defer { try? FileManager.default.removeItem(at: dir) }
        var book = try XlsxWorkbook(path: dir.appendingPathComponent("n.xlsx").path)
        _ = try book.addWorksheet("Summary")
        let long = String(repeating: "ơ", count: 32)
        #expect(throws: XlsxError.invalidSheetName(long, reason: "longer than 31 characters")) {
            _ = try book.addWorksheet(long)
        }
        #expect(throws: XlsxError.invalidSheetName("a/b", reason: "contains '/'")) { _ = try book.addWorksheet("a/b") }
        #expect(throws: XlsxError.invalidSheetName("'x'", reason: "starts or ends with an apostrophe")) {
            _ = try book.addWorksheet("'x'")
        }
        #expect(throws: XlsxError.invalidSheetName("SUMMARY", reason: "already used")) { _ = try book.addWorksheet("SUMMARY") }
        let ok = try book.addWorksheet(String(repeating: "ơ", count: 31))
        #expect(book.name(of: ok) == String(repeating: "ơ", count: 31))
        try book.close()
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("n.xlsx").path))
    }

    @Test("A list validation over 255 characters throws instead of aborting")
    func listValidationGuard() throws {
        let dir = try XlsxTestTools.temporaryDirectory("list")
        defer { try? FileManager.default.removeItem(at: dir) }
        var book = try XlsxWorkbook(path: dir.appendingPathComponent("l.xlsx").path)
        let sheet = try book.addWorksheet("S")
        let items = (1...100).map { "item\($0)" } // 9*5 + 90*6 + 7 + 99 commas = 691
        #expect(throws: XlsxError.validationListTooLong(length: 691)) {
            try book.addListValidation(sheet, .column(0, rows: 1...3), items: items)
        }
        try book.addListValidation(sheet, .column(0, rows: 1...3), items: ["có", "không"])
        try book.close()
        let xml = try XlsxTestTools.member(dir.appendingPathComponent("l.xlsx"), "xl/worksheets/sheet1.xml")
        #expect(xml.contains(#"sqref="A2:A4"><formula1>"có,không"</formula1>"#))
    }

    @Test("Constant memory refuses an earlier row instead of losing it")
    func rowOrderGuard() throws {
        let dir = try XlsxTestTools.temporaryDirectory("order")
        defer { try? FileManager.default.removeItem(at: dir) }
        var book = try XlsxWorkbook(path: dir.appendingPathComponent("o.xlsx").path,
                                    options: .init(constantMemory: true))
        let sheet = try book.addWorksheet("S")
        try book.writeNumber(1, sheet: sheet, row: 0, column: 0)
        try book.writeNumber(2, sheet: sheet, row: 5, column: 1)
        try book.writeNumber(3, sheet: sheet, row: 5, column: 0) // same row: still fine
        #expect(throws: XlsxError.rowOutOfOrder(sheet: "S", row: 4, current: 5)) {
            try book.writeNumber(4, sheet: sheet, row: 4, column: 0)
        }
        #expect(throws: XlsxError.cellOutOfRange(sheet: "S", row: 1_048_576, column: 0)) {
            try book.writeNumber(4, sheet: sheet, row: 1_048_576, column: 0)
        }
        try book.close()
        let xml = try XlsxTestTools.member(dir.appendingPathComponent("o.xlsx"), "xl/worksheets/sheet1.xml")
        #expect(xml.contains(#"<row r="1"><c r="A1"><v>1</v></c></row><row r="6"><c r="A6"><v>3</v></c><c r="B6"><v>2</v></c></row>"#))
    }

    @Test("workbook_close errors come back with the library's message; a dropped workbook writes nothing")
    func closeErrors() throws {
        var book = try XlsxWorkbook(path: "/nonexistent-dir/x.xlsx")
        _ = try book.addWorksheet("S")
        // close() consumes the workbook, so no #expect(throws:) closure can capture it.
        var thrown: XlsxError?
        do { try book.close() } catch let error as XlsxError { thrown = error }
        #expect(thrown == .library(call: "workbook_close", code: 2,
                                   message: "Error creating output xlsx file. Usually a permissions error."))
        #expect(thrown?.description == "workbook_close failed: Error creating output xlsx file. "
            + "Usually a permissions error. (libxlsxwriter error 2)")

        let dir = try XlsxTestTools.temporaryDirectory("drop")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("dropped.xlsx").path
        do {
            var dropped = try XlsxWorkbook(path: path)
            let sheet = try dropped.addWorksheet("S")
            try dropped.writeString("x", sheet: sheet, row: 0, column: 0)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("Excel serial days, cell names and the 32,767-character cut")
    func helpers() {
        #expect(XlsxWorkbook.excelSerial(year: 1900, month: 1, day: 1) == 1)
        #expect(XlsxWorkbook.excelSerial(year: 1900, month: 2, day: 28) == 59)
        #expect(XlsxWorkbook.excelSerial(year: 1900, month: 3, day: 1) == 61)
        #expect(XlsxWorkbook.excelSerial(year: 2025, month: 10, day: 20) == 45950)
        #expect(XlsxWorkbook.cellName(row: 0, column: 0) == "A1")
        #expect(XlsxWorkbook.cellName(row: 9, column: 25, absolute: true) == "$Z$10")
        #expect(XlsxWorkbook.cellName(row: 1_048_575, column: 16_383) == "XFD1048576")
        #expect(XlsxWorkbook.quotedSheetName("Trends") == "Trends")
        #expect(XlsxWorkbook.quotedSheetName("Tasks (2)") == "'Tasks (2)'")
        #expect(XlsxWorkbook.quotedSheetName("it's") == "'it''s'")

        #expect(XlsxWorkbook.excelPrefix(String(repeating: "ệ", count: 32_767)) == nil)
        // An emoji is two UTF-16 units: it does not fit in the last one and is dropped whole.
        let edge = String(repeating: "a", count: 32_766) + "😀b"
        #expect(XlsxWorkbook.excelPrefix(edge) == String(repeating: "a", count: 32_766))
        #expect(XlsxWorkbook.excelPrefix(String(repeating: "ă", count: 32_768))?.count == 32_767)
    }
}
