import WorklogModel

/// One workbook being written: the workbook, its shared formats and the notes so far.
/// Writes every table row by row, in order, so constant-memory mode holds.
struct ReviewSheetSession: ~Copyable {
    /// One sheet a table was written to.
    struct WrittenSheet: Sendable {
        var sheet: XlsxWorkbook.Sheet
        var name: String
        var columns: [String]
        var dataRows: Int
    }

    var book: XlsxWorkbook
    var notes: [XLSXNote] = []
    let header: XlsxWorkbook.Format
    let date: XlsxWorkbook.Format
    let wrap: XlsxWorkbook.Format
    let flag: XlsxWorkbook.Format
    let input: XlsxWorkbook.Format
    let rowsPerSheet: Int
    let maxColumnWidth: Int

    init(path: String, constantMemory: Bool, rowsPerSheet: Int, maxColumnWidth: Int) throws {
        var book = try XlsxWorkbook(path: path, options: .init(constantMemory: constantMemory))
        let header = try book.addFormat(.init(bold: true, backgroundColor: 0xD9E1F2))
        // ISO dates, which is also what LibreOffice prints when converting to CSV.
        let date = try book.addFormat(.init(numberFormat: "yyyy-mm-dd"))
        let wrap = try book.addFormat(.init(wrap: true, alignTop: true))
        let flag = try book.addFormat(.init(fontColor: 0x9C0006, backgroundColor: 0xFFC7CE))
        let input = try book.addFormat(.init(backgroundColor: 0xFFF2CC))
        (self.header, self.date, self.wrap, self.flag, self.input) = (header, date, wrap, flag, input)
        self.book = book
        self.rowsPerSheet = max(2, min(rowsPerSheet, XlsxWorkbook.maxRows))
        self.maxColumnWidth = maxColumnWidth
    }

    consuming func finish() throws -> [XLSXNote] {
        let notes = self.notes
        try book.close()
        return notes
    }

    /// Writes `table` on sheet `name`, continuing on `name (2)`, `name (3)`... past a sheet's rows.
    /// `extraColumns` (header, width) follow the table's columns, empty, for the reader to fill.
    mutating func writeTable(_ table: ReportTable, name: String,
                             extraColumns: [(String, Double)] = []) throws -> [WrittenSheet] {
        var columns = table.columns
        let room = XlsxWorkbook.maxColumns - extraColumns.count
        if columns.count > room {
            notes.append(XLSXNote(code: XLSXDiagnosticCode.columnsCut, sheet: name,
                                  message: "table '\(table.name)' has \(columns.count) columns; "
                                      + "only the first \(room) fit on a sheet"))
            columns = Array(columns.prefix(room))
        }
        let allColumns = columns + extraColumns.map(\.0)
        let perSheet = rowsPerSheet - 1
        let chunks = max(1, (table.rows.count + perSheet - 1) / perSheet)
        var written: [WrittenSheet] = []
        for chunk in 0..<chunks {
            let sheetName = chunk == 0 ? name : "\(name) (\(chunk + 1))"
            let start = chunk * perSheet
            let end = min(table.rows.count, start + perSheet)
            if chunk > 0 {
                notes.append(XLSXNote(code: XLSXDiagnosticCode.sheetContinued, sheet: sheetName,
                                      message: "table '\(table.name)' has \(table.rows.count) rows; "
                                          + "rows \(start + 1)-\(end) continue here"))
            }
            let sheet = try book.addWorksheet(sheetName)
            var widths = allColumns.map { Self.textWidth($0, cap: maxColumnWidth).width + 2 }
            for (c, title) in allColumns.enumerated() {
                try book.writeString(title, sheet: sheet, row: 0, column: c, format: header)
            }
            var row = 1
            for r in start..<end {
                let cells = table.rows[r]
                for c in 0..<min(cells.count, columns.count) {
                    // One character of padding beside the content.
                    let w = try writeCell(cells[c], sheet: sheet, sheetName: sheetName, row: row, column: c) + 1
                    if w > widths[c] { widths[c] = w }
                }
                row += 1
            }
            for c in 0..<columns.count {
                try book.setColumn(sheet, first: c, last: c, width: Double(min(max(widths[c], 6), maxColumnWidth)))
            }
            for (i, extra) in extraColumns.enumerated() {
                try book.setColumn(sheet, first: columns.count + i, last: columns.count + i, width: extra.1, format: input)
            }
            try book.freezePanes(sheet, rows: 1, columns: 0)
            if !allColumns.isEmpty {
                try book.autofilter(sheet, .init(firstRow: 0, firstColumn: 0, lastRow: end - start,
                                                 lastColumn: allColumns.count - 1))
            }
            written.append(WrittenSheet(sheet: sheet, name: sheetName, columns: allColumns, dataRows: end - start))
        }
        return written
    }

    /// Writes one cell and returns its display width in characters.
    private mutating func writeCell(_ cell: ReportCell, sheet: XlsxWorkbook.Sheet, sheetName: String,
                                    row: Int, column: Int) throws -> Int {
        switch cell {
        case .empty:
            return 0
        case .text(let text):
            if text.isEmpty { return 0 }
            let (width, needsWrap) = Self.textWidth(text, cap: maxColumnWidth)
            let cut = try book.writeString(text, sheet: sheet, row: row, column: column,
                                           format: needsWrap ? wrap : nil)
            if cut {
                notes.append(XLSXNote(code: XLSXDiagnosticCode.textTruncated, sheet: sheetName,
                                      cell: XlsxWorkbook.cellName(row: row, column: column),
                                      message: "text of \(text.utf16.count) characters cut to "
                                          + "\(XlsxWorkbook.maxTextLength), Excel's cell limit"))
            }
            return width
        case .integer(let value):
            try book.writeNumber(Double(value), sheet: sheet, row: row, column: column)
            return String(value).utf8.count
        case .number(let value):
            guard value.isFinite else { return 0 }
            try book.writeNumber(value, sheet: sheet, row: row, column: column)
            return ReportCell.format(value).utf8.count
        case .date(let day):
            try book.writeDate(year: day.year, month: day.month, day: day.day, sheet: sheet, row: row,
                               column: column, format: date)
            return 10
        }
    }

    /// Width of the longest line, stopping at `cap`; wrap when a line is longer or there are several.
    static func textWidth(_ text: String, cap: Int) -> (width: Int, wrap: Bool) {
        var longest = 0
        var line = 0
        var lines = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                lines += 1
                line = 0
                continue
            }
            // Combining marks (decomposed Vietnamese) take no column.
            if (0x300..<0x370).contains(scalar.value) { continue }
            line += 1
            if line > longest {
                longest = line
                if longest > cap { return (cap, true) }
            }
        }
        return (longest, lines > 1)
    }
}
