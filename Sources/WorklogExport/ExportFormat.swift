/// The file formats this module writes (XLSX lives in WorklogXLSX).
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// One `NAME.csv` per table.
    case csv
    /// One `report.json` with every table.
    case json
}
