import WorklogModel

/// Writes a report table as RFC 4180 CSV: one header row, fields quoted only when needed.
public struct CSVWriter: Sendable {
    public var profile: CSVProfile

    public init(profile: CSVProfile = .plain) {
        self.profile = profile
    }

    public func data(for table: ReportTable) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (table.rows.count + 1))
        if profile == .excel { out += [0xEF, 0xBB, 0xBF] }
        let newline: [UInt8] = profile == .excel ? [13, 10] : [10]
        appendRecord(table.columns.map { $0 }, to: &out)
        out += newline
        for row in table.rows {
            appendRecord(row.map(field), to: &out)
            out += newline
        }
        return out
    }

    public func string(for table: ReportTable) -> String {
        String(decoding: data(for: table), as: UTF8.self)
    }

    /// The text of one cell, with the excel profile's guard against formulas.
    func field(_ cell: ReportCell) -> String {
        let text = cell.plainText
        if profile == .excel, case .text = cell, let first = text.unicodeScalars.first,
           ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            return "'" + text
        }
        return text
    }

    private func appendRecord(_ fields: [String], to out: inout [UInt8]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            let bytes = field.utf8
            let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            if needsQuotes {
                out.append(UInt8(ascii: "\""))
                for byte in bytes {
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                    out.append(byte)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out += bytes
            }
        }
    }
}
