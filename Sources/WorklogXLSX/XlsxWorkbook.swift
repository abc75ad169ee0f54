import CXlsxWriter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one owner of a libxlsxwriter workbook and everything the library allocates for it
/// (worksheets, formats, charts). Handles are plain indexes, so nothing can outlive the
/// workbook: `close()` consumes it, writes the file exactly once and reports every error;
/// a workbook dropped without `close()` is freed without writing any file.
///
/// Not `Sendable` on purpose: libxlsxwriter is not thread-safe, so one workbook is used on
/// one task/thread from creation to `close()`.
public struct XlsxWorkbook: ~Copyable {
    public struct Options: Sendable, Hashable {
        /// Stream each worksheet row by row to a temporary file; rows must then be written
        /// in increasing order per sheet (an earlier row throws `rowOutOfOrder`).
        public var constantMemory: Bool
        public var useZip64: Bool
        public var temporaryDirectory: String?

        public init(constantMemory: Bool = false, useZip64: Bool = false, temporaryDirectory: String? = nil) {
            self.constantMemory = constantMemory
            self.useZip64 = useZip64
            self.temporaryDirectory = temporaryDirectory
        }
    }

    public struct Sheet: Hashable, Sendable { let index: Int }
    public struct Format: Hashable, Sendable { let index: Int }

    /// A cell format; equal specs share one library format.
    public struct FormatSpec: Hashable, Sendable {
        public var bold = false
        public var wrap = false
        public var alignTop = false
        public var numberFormat: String?
        public var fontColor: UInt32?
        public var backgroundColor: UInt32?

        public init(bold: Bool = false, wrap: Bool = false, alignTop: Bool = false, numberFormat: String? = nil,
                    fontColor: UInt32? = nil, backgroundColor: UInt32? = nil) {
            self.bold = bold
            self.wrap = wrap
            self.alignTop = alignTop
            self.numberFormat = numberFormat
            self.fontColor = fontColor
            self.backgroundColor = backgroundColor
        }
    }

    /// Zero-based, inclusive.
    public struct CellRange: Hashable, Sendable {
        public var firstRow: Int
        public var firstColumn: Int
        public var lastRow: Int
        public var lastColumn: Int

        public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
            self.firstRow = firstRow
            self.firstColumn = firstColumn
            self.lastRow = lastRow
            self.lastColumn = lastColumn
        }

        public static func column(_ column: Int, rows: ClosedRange<Int>) -> CellRange {
            CellRange(firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound, lastColumn: column)
        }

        /// `$A$2:$A$10`.
        public var absoluteReference: String {
            "\(XlsxWorkbook.cellName(row: firstRow, column: firstColumn, absolute: true)):"
                + XlsxWorkbook.cellName(row: lastRow, column: lastColumn, absolute: true)
        }
    }

    public enum ConditionalRule: Sendable, Hashable {
        /// Excel formula written for the range's top-left cell, relative references move with each cell.
        case formula(String, Format)
        /// Cells that are not blank.
        case notBlank(Format)
        /// Colours for the minimum, 50th percentile and maximum.
        case threeColorScale(min: UInt32, mid: UInt32, max: UInt32)
    }

    public struct LineSeries: Sendable, Hashable {
        public var name: String
        public var categories: CellRange
        public var values: CellRange

        public init(name: String, categories: CellRange, values: CellRange) {
            self.name = name
            self.categories = categories
            self.values = values
        }
    }

    public struct LineChart: Sendable, Hashable {
        public var title: String
        public var xAxisTitle: String
        public var yAxisTitle: String
        /// Ranges of `dataSheet`.
        public var series: [LineSeries]
        public var widthScale: Double

        public init(title: String, xAxisTitle: String, yAxisTitle: String, series: [LineSeries], widthScale: Double = 1.5) {
            self.title = title
            self.xAxisTitle = xAxisTitle
            self.yAxisTitle = yAxisTitle
            self.series = series
            self.widthScale = widthScale
        }
    }

    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384
    /// Excel's cell text limit, in UTF-16 code units (characters as Excel counts them).
    public static let maxTextLength = 32_767
    public static let maxSheetNameLength = 31
    public static let maxListValidationLength = 255

    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var sheets: [UnsafeMutablePointer<lxw_worksheet>] = []
    private var sheetNames: [String] = []
    /// Last row written per sheet (-1: none), for the constant-memory order check.
    private var currentRows: [Int] = []
    private var formats: [UnsafeMutablePointer<lxw_format>] = []
    private var formatIndex: [FormatSpec: Int] = [:]
    public let options: Options

    /// The file is created only by `close()`.
    public init(path: String, options: Options = Options()) throws {
        self.options = options
        let strings = CStrings()
        defer { strings.release() } // keeps the copies alive through the call
        var opts = lxw_workbook_options()
        opts.constant_memory = options.constantMemory ? 1 : 0
        opts.use_zip64 = options.useZip64 ? 1 : 0
        opts.tmpdir = strings.dup(options.temporaryDirectory)
        guard let wb = workbook_new_opt(path, &opts) else { throw XlsxError.noObject(call: "workbook_new_opt") }
        workbook = wb
    }

    deinit {
        // Abandoned (an error was thrown before close): free everything, write nothing.
        if let workbook { lxw_workbook_free(workbook) }
    }

    /// Writes the file. Consumes the workbook so it is closed exactly once.
    public consuming func close() throws {
        guard let wb = workbook else { throw XlsxError.invalidHandle("workbook") }
        workbook = nil // workbook_close frees the workbook even when it fails
        try XlsxError.check(workbook_close(wb), "workbook_close")
    }

    // MARK: Workbook

    /// Title and creation time. `created` is seconds since 1970-01-01 UTC; the library reads 0
    /// as "now", so 0 is written as one second later to keep output independent of the clock.
    public mutating func setProperties(title: String, subject: String? = nil, comments: String? = nil,
                                       created: Int) throws {
        let wb = try handle()
        let strings = CStrings()
        defer { strings.release() } // keeps the copies alive through the call
        var props = lxw_doc_properties()
        props.title = strings.dup(title)
        props.subject = strings.dup(subject)
        props.comments = strings.dup(comments)
        props.created = time_t(created == 0 ? 1 : created)
        try XlsxError.check(workbook_set_properties(wb, &props), "workbook_set_properties")
    }

    public mutating func addWorksheet(_ name: String) throws -> Sheet {
        let wb = try handle()
        try Self.validateSheetName(name, existing: sheetNames)
        try XlsxError.check(workbook_validate_sheet_name(wb, name), "workbook_validate_sheet_name")
        guard let ws = workbook_add_worksheet(wb, name) else { throw XlsxError.noObject(call: "workbook_add_worksheet") }
        sheets.append(ws)
        sheetNames.append(name)
        currentRows.append(-1)
        return Sheet(index: sheets.count - 1)
    }

    public mutating func addFormat(_ spec: FormatSpec) throws -> Format {
        if let index = formatIndex[spec] { return Format(index: index) }
        let wb = try handle()
        guard let format = workbook_add_format(wb) else { throw XlsxError.noObject(call: "workbook_add_format") }
        if spec.bold { format_set_bold(format) }
        if spec.wrap { format_set_text_wrap(format) }
        if spec.alignTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if let numberFormat = spec.numberFormat { format_set_num_format(format, numberFormat) }
        if let color = spec.fontColor { format_set_font_color(format, color) }
        if let color = spec.backgroundColor { format_set_bg_color(format, color) }
        formats.append(format)
        formatIndex[spec] = formats.count - 1
        return Format(index: formats.count - 1)
    }

    public func name(of sheet: Sheet) -> String? {
        sheetNames.indices.contains(sheet.index) ? sheetNames[sheet.index] : nil
    }

    // MARK: Cells

    /// Writes text, cut to Excel's 32,767 characters; returns true when it was cut.
    @discardableResult
    public mutating func writeString(_ text: String, sheet: Sheet, row: Int, column: Int,
                                     format: Format? = nil) throws -> Bool {
        let ws = try cellTarget(sheet, row: row, column: column)
        let fmt = try formatPointer(format)
        let cut = Self.excelPrefix(text)
        let error = (cut ?? text).withCString {
            worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(column), $0, fmt)
        }
        try XlsxError.check(error, "worksheet_write_string")
        return cut != nil
    }

    public mutating func writeNumber(_ value: Double, sheet: Sheet, row: Int, column: Int,
                                     format: Format? = nil) throws {
        let ws = try cellTarget(sheet, row: row, column: column)
        let fmt = try formatPointer(format)
        try XlsxError.check(worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(column), value, fmt),
                            "worksheet_write_number")
    }

    /// A day as Excel's serial number (1900 date system); give a date `format` to show it as a date.
    public mutating func writeDate(year: Int, month: Int, day: Int, sheet: Sheet, row: Int, column: Int,
                                   format: Format) throws {
        try writeNumber(Self.excelSerial(year: year, month: month, day: day), sheet: sheet, row: row,
                        column: column, format: format)
    }

    // MARK: Layout

    public mutating func setColumn(_ sheet: Sheet, first: Int, last: Int, width: Double, format: Format? = nil) throws {
        let ws = try sheetPointer(sheet)
        guard first >= 0, last >= first, last < Self.maxColumns else {
            throw XlsxError.cellOutOfRange(sheet: sheetNames[sheet.index], row: 0, column: last)
        }
        let fmt = try formatPointer(format)
        try XlsxError.check(worksheet_set_column(ws, lxw_col_t(first), lxw_col_t(last), width, fmt),
                            "worksheet_set_column")
    }

    public mutating func freezePanes(_ sheet: Sheet, rows: Int, columns: Int) throws {
        let ws = try sheetPointer(sheet)
        try checkRange(sheet, CellRange(firstRow: rows, firstColumn: columns, lastRow: rows, lastColumn: columns))
        worksheet_freeze_panes(ws, lxw_row_t(rows), lxw_col_t(columns))
    }

    public mutating func autofilter(_ sheet: Sheet, _ range: CellRange) throws {
        let ws = try sheetPointer(sheet)
        try checkRange(sheet, range)
        try XlsxError.check(worksheet_autofilter(ws, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                                 lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn)),
                            "worksheet_autofilter")
    }

    // MARK: Validation and conditional formats

    /// A dropdown of `items`. Checked against Excel's 255-character limit first, because
    /// libxlsxwriter 1.1.4 aborts the process on a longer list.
    public mutating func addListValidation(_ sheet: Sheet, _ range: CellRange, items: [String],
                                           inputTitle: String? = nil, inputMessage: String? = nil,
                                           errorMessage: String? = nil) throws {
        let ws = try sheetPointer(sheet)
        try checkRange(sheet, range)
        // Bytes, not characters: never looser than the library's own count.
        let length = items.reduce(0) { $0 + $1.utf8.count } + max(items.count - 1, 0)
        guard length <= Self.maxListValidationLength else { throw XlsxError.validationListTooLong(length: length) }
        guard !items.isEmpty else { throw XlsxError.validationListTooLong(length: 0) }
        let strings = CStrings()
        defer { strings.release() } // keeps the copies alive through the call
        var list: [UnsafeMutablePointer<CChar>?] = items.map { strings.dup($0) }
        list.append(nil)
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        validation.input_title = strings.dup(inputTitle)
        validation.input_message = strings.dup(inputMessage)
        validation.error_message = strings.dup(errorMessage)
        let error = list.withUnsafeMutableBufferPointer { buffer in
            validation.value_list = buffer.baseAddress
            return worksheet_data_validation_range(ws, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                                   lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &validation)
        }
        try XlsxError.check(error, "worksheet_data_validation_range")
    }

    /// Whole numbers between `minimum` and `maximum`.
    public mutating func addWholeNumberValidation(_ sheet: Sheet, _ range: CellRange, minimum: Int, maximum: Int,
                                                  errorMessage: String? = nil) throws {
        let ws = try sheetPointer(sheet)
        try checkRange(sheet, range)
        let strings = CStrings()
        defer { strings.release() } // keeps the copies alive through the call
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
        validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
        validation.minimum_number = Double(minimum)
        validation.maximum_number = Double(maximum)
        validation.error_message = strings.dup(errorMessage)
        try XlsxError.check(worksheet_data_validation_range(ws, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                                            lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn),
                                                            &validation),
                            "worksheet_data_validation_range")
    }

    public mutating func addConditionalFormat(_ sheet: Sheet, _ range: CellRange, _ rule: ConditionalRule) throws {
        let ws = try sheetPointer(sheet)
        try checkRange(sheet, range)
        let strings = CStrings()
        defer { strings.release() } // keeps the copies alive through the call
        var cf = lxw_conditional_format()
        switch rule {
        case let .formula(formula, format):
            cf.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            cf.value_string = strings.dup(formula)
            cf.format = try formatPointer(format)
        case let .notBlank(format):
            cf.type = UInt8(LXW_CONDITIONAL_TYPE_NO_BLANKS.rawValue)
            cf.format = try formatPointer(format)
        case let .threeColorScale(minColor, midColor, maxColor):
            cf.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            cf.min_color = minColor
            cf.mid_color = midColor
            cf.max_color = maxColor
        }
        try XlsxError.check(worksheet_conditional_format_range(ws, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                                               lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &cf),
                            "worksheet_conditional_format_range")
    }

    // MARK: Charts

    /// A native line chart of ranges of `dataSheet`, placed on `sheet` at (row, column).
    public mutating func insertLineChart(_ chart: LineChart, dataSheet: Sheet, on sheet: Sheet, row: Int, column: Int) throws {
        let wb = try handle()
        let ws = try sheetPointer(sheet)
        _ = try sheetPointer(dataSheet)
        try checkRange(sheet, CellRange(firstRow: row, firstColumn: column, lastRow: row, lastColumn: column))
        let quoted = Self.quotedSheetName(sheetNames[dataSheet.index])
        guard let c = workbook_add_chart(wb, UInt8(LXW_CHART_LINE.rawValue)) else {
            throw XlsxError.noObject(call: "workbook_add_chart")
        }
        for series in chart.series {
            try checkRange(dataSheet, series.categories)
            try checkRange(dataSheet, series.values)
            let categories = "=\(quoted)!\(series.categories.absoluteReference)"
            let values = "=\(quoted)!\(series.values.absoluteReference)"
            guard let s = chart_add_series(c, categories, values) else { throw XlsxError.noObject(call: "chart_add_series") }
            chart_series_set_name(s, series.name)
            chart_series_set_marker_type(s, UInt8(LXW_CHART_MARKER_AUTOMATIC.rawValue))
        }
        chart_title_set_name(c, chart.title)
        chart_axis_set_name(c.pointee.x_axis, chart.xAxisTitle)
        chart_axis_set_name(c.pointee.y_axis, chart.yAxisTitle)
        if chart.series.count == 1 { chart_legend_set_position(c, UInt8(LXW_CHART_LEGEND_NONE.rawValue)) }
        var placement = lxw_chart_options()
        placement.x_scale = chart.widthScale
        placement.y_scale = 1
        try XlsxError.check(worksheet_insert_chart_opt(ws, lxw_row_t(row), lxw_col_t(column), c, &placement),
                            "worksheet_insert_chart_opt")
    }

    // MARK: Helpers

    /// `A1` or `$A$1` for zero-based row and column.
    public static func cellName(row: Int, column: Int, absolute: Bool = false) -> String {
        var letters: [Character] = []
        var n = column + 1
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        let col = String(letters.reversed())
        return absolute ? "$\(col)$\(row + 1)" : "\(col)\(row + 1)"
    }

    /// Excel 1900-system serial day; Excel counts a 29 February 1900 that never was.
    public static func excelSerial(year: Int, month: Int, day: Int) -> Double {
        // days_from_civil, as CalendarDate.dayNumber, so this type needs no model import.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayNumber = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
        let serial = dayNumber + 25_569
        return Double(serial >= 61 ? serial : serial - 1)
    }

    /// The text cut to Excel's limit on a character boundary, or nil when it fits.
    static func excelPrefix(_ text: String) -> String? {
        // UTF-8 bytes >= UTF-16 units >= scalars: the byte count settles nearly every cell.
        if text.utf8.count <= maxTextLength || text.utf16.count <= maxTextLength { return nil }
        var units = 0
        var end = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            units += text.utf16.distance(from: index, to: next)
            if units > maxTextLength { break }
            end = next
            index = next
        }
        return String(text[..<end])
    }

    static func quotedSheetName(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
        return plain ? name : "'" + String(name.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
    }

    static func validateSheetName(_ name: String, existing: [String]) throws {
        if name.isEmpty { throw XlsxError.invalidSheetName(name, reason: "empty") }
        if name.utf16.count > maxSheetNameLength {
            throw XlsxError.invalidSheetName(name, reason: "longer than \(maxSheetNameLength) characters")
        }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
            throw XlsxError.invalidSheetName(name, reason: "contains '\(bad)'")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw XlsxError.invalidSheetName(name, reason: "starts or ends with an apostrophe")
        }
        if existing.contains(where: { $0.lowercased() == name.lowercased() }) {
            throw XlsxError.invalidSheetName(name, reason: "already used")
        }
    }

    private func handle() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let workbook else { throw XlsxError.invalidHandle("workbook") }
        return workbook
    }

    private func sheetPointer(_ sheet: Sheet) throws -> UnsafeMutablePointer<lxw_worksheet> {
        guard sheets.indices.contains(sheet.index) else { throw XlsxError.invalidHandle("sheet") }
        return sheets[sheet.index]
    }

    private func formatPointer(_ format: Format?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let format else { return nil }
        guard formats.indices.contains(format.index) else { throw XlsxError.invalidHandle("format") }
        return formats[format.index]
    }

    private func checkRange(_ sheet: Sheet, _ range: CellRange) throws {
        guard range.firstRow >= 0, range.firstColumn >= 0, range.lastRow >= range.firstRow,
              range.lastColumn >= range.firstColumn, range.lastRow < Self.maxRows,
              range.lastColumn < Self.maxColumns else {
            throw XlsxError.cellOutOfRange(sheet: sheetNames[sheet.index], row: range.lastRow, column: range.lastColumn)
        }
    }

    /// The sheet for a cell write, after the grid and (constant-memory) row-order checks.
    private mutating func cellTarget(_ sheet: Sheet, row: Int, column: Int) throws -> UnsafeMutablePointer<lxw_worksheet> {
        let ws = try sheetPointer(sheet)
        guard row >= 0, row < Self.maxRows, column >= 0, column < Self.maxColumns else {
            throw XlsxError.cellOutOfRange(sheet: sheetNames[sheet.index], row: row, column: column)
        }
        let current = currentRows[sheet.index]
        if row > current {
            currentRows[sheet.index] = row
        } else if row < current && options.constantMemory {
            throw XlsxError.rowOutOfOrder(sheet: sheetNames[sheet.index], row: row, current: current)
        }
        return ws
    }
}

@available(*, unavailable, message: "libxlsxwriter is not thread-safe: use a workbook on one task")
extension XlsxWorkbook: Sendable {}

/// C copies of Swift strings for one library call; libxlsxwriter copies what it keeps.
private final class CStrings {
    private var pointers: [UnsafeMutablePointer<CChar>] = []

    func dup(_ string: String?) -> UnsafeMutablePointer<CChar>? {
        guard let string, let pointer = strdup(string) else { return nil }
        pointers.append(pointer)
        return pointer
    }

    func release() {
        for pointer in pointers { free(pointer) }
        pointers.removeAll()
    }

    deinit { release() }
}
