import CXlsxWriter

/// A failure of the XLSX writer: a libxlsxwriter error (with the library's own message)
/// or an input the library would reject or abort on, caught before the call.
public enum XlsxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A libxlsxwriter call returned an error; `message` is `lxw_strerror`'s text.
    case library(call: String, code: UInt32, message: String)
    /// The library returned no object (allocation or temporary file failure).
    case noObject(call: String)
    /// Excel sheet names: 1–31 characters, none of `[]:*?/\`, no leading or trailing `'`, unique.
    case invalidSheetName(String, reason: String)
    /// A list validation's items joined by commas exceed Excel's 255 characters
    /// (libxlsxwriter 1.1.4 aborts the process on it).
    case validationListTooLong(length: Int)
    /// A row or column outside Excel's grid (1,048,576 × 16,384).
    case cellOutOfRange(sheet: String, row: Int, column: Int)
    /// In constant-memory mode rows must be written in order; an earlier row is lost.
    case rowOutOfOrder(sheet: String, row: Int, current: Int)
    /// A sheet, format or chart handle that does not belong to this workbook.
    case invalidHandle(String)

    public var description: String {
        switch self {
        case let .library(call, code, message):
            return "\(call) failed: \(message) (libxlsxwriter error \(code))"
        case let .noObject(call):
            return "\(call) returned no object (out of memory or no temporary file)"
        case let .invalidSheetName(name, reason):
            return "invalid sheet name '\(name)': \(reason)"
        case let .validationListTooLong(length):
            return "list validation of \(length) characters exceeds Excel's 255"
        case let .cellOutOfRange(sheet, row, column):
            return "cell (row \(row), column \(column)) of sheet '\(sheet)' is outside Excel's grid"
        case let .rowOutOfOrder(sheet, row, current):
            return "row \(row) of sheet '\(sheet)' written after row \(current) in constant-memory mode"
        case let .invalidHandle(what):
            return "invalid \(what) handle"
        }
    }

    /// Throws `.library` unless `error` is `LXW_NO_ERROR`.
    static func check(_ error: lxw_error, _ call: String) throws {
        guard error != LXW_NO_ERROR else { return }
        let message = lxw_strerror(error).map { String(cString: $0) } ?? "unknown error"
        throw XlsxError.library(call: call, code: error.rawValue, message: message)
    }
}
