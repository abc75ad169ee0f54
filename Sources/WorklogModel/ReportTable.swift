/// One value of an exported table. Exporters (CSV, JSON, XLSX) render the same cells.
public enum ReportCell: Sendable, Hashable {
    case empty
    case text(String)
    case integer(Int)
    /// Already rounded half-even to 3 decimals (see `ReportCell.decimal(_:)`).
    case number(Double)
    case date(CalendarDate)

    /// A fraction rounded half-even to 3 decimals; `nil` gives `.empty`.
    public static func decimal(_ value: Double?) -> ReportCell {
        guard let value, value.isFinite else { return .empty }
        return .number((value * 1000).rounded(.toNearestOrEven) / 1000)
    }

    /// The cell as plain text: numbers without exponent or trailing zeros, dates ISO.
    public var plainText: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .date(let d): return d.iso
        case .number(let x): return ReportCell.format(x)
        }
    }

    /// `0.5`, `2`, `-1.25`, `0.001`: fixed point, at most 3 decimals, no trailing zeros.
    public static func format(_ x: Double) -> String {
        let thousandths = Int((x * 1000).rounded(.toNearestOrEven))
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        let whole = magnitude / 1000
        var fraction = magnitude % 1000
        if fraction == 0 { return sign + String(whole) }
        var digits = 3
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let f = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - f.count) + f
    }
}

/// A named table of the report (`interns`, `weeks`, `days`, ...), rows already sorted.
public struct ReportTable: Sendable, Hashable {
    public var name: String
    public var columns: [String]
    public var rows: [[ReportCell]]

    public init(name: String, columns: [String], rows: [[ReportCell]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}
