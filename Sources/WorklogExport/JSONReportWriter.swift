import WorklogModel

/// Writes `report.json`: `schema_version`, then each table as an array of objects
/// whose keys are the columns in order. Numbers are JSON numbers, empty cells null.
/// Written by hand so key order and number format never change between runs.
public struct JSONReportWriter: Sendable {
    /// Bumped when a column is renamed or removed, or its meaning changes.
    public static let schemaVersion = 1

    public init() {}

    public func data(for tables: [ReportTable]) -> [UInt8] {
        var out: [UInt8] = []
        out += Array("{\n  \"schema_version\": \(JSONReportWriter.schemaVersion)".utf8)
        for table in tables {
            out += Array(",\n  ".utf8)
            appendString(table.name, to: &out)
            out += Array(": [".utf8)
            for (rowIndex, row) in table.rows.enumerated() {
                out += Array((rowIndex == 0 ? "\n    {" : ",\n    {").utf8)
                for (column, name) in table.columns.enumerated() {
                    if column > 0 { out += Array(", ".utf8) }
                    appendString(name, to: &out)
                    out += Array(": ".utf8)
                    appendValue(column < row.count ? row[column] : .empty, to: &out)
                }
                out.append(UInt8(ascii: "}"))
            }
            out += Array((table.rows.isEmpty ? "]" : "\n  ]").utf8)
        }
        out += Array("\n}\n".utf8)
        return out
    }

    private func appendValue(_ cell: ReportCell, to out: inout [UInt8]) {
        switch cell {
        case .empty: out += Array("null".utf8)
        case .integer(let value): out += Array(String(value).utf8)
        case .number(let value):
            out += Array((value.isFinite ? ReportCell.format(value) : "null").utf8)
        case .date(let date): appendString(date.iso, to: &out)
        case .text(let text): appendString(text, to: &out)
        }
    }

    /// RFC 8259 string: quotes, backslashes and control characters escaped, the rest raw UTF-8.
    private func appendString(_ text: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [92, 34]
            case 92: out += [92, 92]
            case 10: out += [92, UInt8(ascii: "n")]
            case 13: out += [92, UInt8(ascii: "r")]
            case 9: out += [92, UInt8(ascii: "t")]
            case 0..<0x20:
                out += Array("\\u00".utf8)
                out += [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
