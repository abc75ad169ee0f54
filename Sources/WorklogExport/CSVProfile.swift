/// How a CSV file is written.
public enum CSVProfile: String, Sendable, Hashable, CaseIterable {
    /// Pure RFC 4180: UTF-8 without BOM, LF line ends.
    case plain
    /// For Excel: UTF-8 BOM (so Vietnamese text opens right), CRLF, and a leading `'`
    /// on text cells that start with `=`, `+`, `-`, `@`, tab or CR (no formula injection).
    case excel
}
