import Foundation
import WorklogModel
import WorklogXLSX

/// Writes `review.xlsx` beside a temporary name, then renames it over the old one.
enum XLSXReport {
    static func write(tables: [ReportTable], cohort: Cohort, to path: String) throws -> [String] {
        let temporary = path + ".tmp-\(getpid())"
        defer { unlink(temporary) }
        let notes = try ReviewWorkbookWriter().write(tables: tables, to: temporary, createdAt: latestDate(in: cohort))
        guard rename(temporary, path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        return notes
    }

    /// The workbook's creation time comes from the input, so the same input gives the same bytes.
    static func latestDate(in cohort: Cohort) -> CalendarDate? {
        cohort.interns.lazy.flatMap(\.weeks).flatMap(\.entries)
            .compactMap { [$0.start, $0.completion].compactMap { $0 }.max() }.max()
    }
}
