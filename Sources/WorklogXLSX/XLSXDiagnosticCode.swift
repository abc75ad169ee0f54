/// Stable codes of the notes the XLSX writer returns (documented in the README).
public enum XLSXDiagnosticCode {
    /// A text cell longer than Excel's 32,767 characters was cut to fit.
    public static let textTruncated = "xlsx-text-truncated"
    /// A table longer than one sheet (1,048,576 rows with the header) continues on another sheet.
    public static let sheetContinued = "xlsx-sheet-continued"
    /// A table wider than Excel's 16,384 columns lost the columns beyond it.
    public static let columnsCut = "xlsx-columns-cut"
}

/// Something the workbook could not hold as given; the caller turns it into a diagnostic.
public struct XLSXNote: Sendable, Hashable, CustomStringConvertible {
    public var code: String
    public var sheet: String
    /// `G12`, or nil for the whole sheet.
    public var cell: String?
    public var message: String

    public init(code: String, sheet: String, cell: String? = nil, message: String) {
        self.code = code
        self.sheet = sheet
        self.cell = cell
        self.message = message
    }

    /// `xlsx-text-truncated: Tasks!G12: text of 40000 characters cut to 32767`.
    public var description: String {
        "\(code): \(sheet)\(cell.map { "!" + $0 } ?? ""): \(message)"
    }
}
