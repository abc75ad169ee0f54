import Foundation
import WorklogExport
import WorklogModel
import WorklogXLSX

/// Writes `review.xlsx` to a hidden temporary file beside it; the caller renames it into
/// place with the other reports.
enum XLSXReport {
    /// Returns the temporary file and the writer's notes. The whole write holds the
    /// `StagedFiles` lock: libxlsxwriter creates the file only at the end, and an interrupt
    /// must either see it registered and remove it or find it never made.
    static func stage(tables: [ReportTable], cohort: Cohort, for path: String) throws -> (temporary: String, notes: [String]) {
        let temporary = AtomicFileWriter.temporaryPath(for: path)
        return try StagedFiles.withLock {
            StagedFiles.register(temporary)
            do {
                let notes = try ReviewWorkbookWriter().write(tables: tables, to: temporary, createdAt: latestDate(in: cohort))
                return (temporary, notes)
            } catch {
                unlink(temporary)
                StagedFiles.forget(temporary)
                throw ExportError(path: path, "cannot write the workbook (\(error)): check the free disk space and that the folder is writable")
            }
        }
    }

    /// The workbook's creation time comes from the input, so the same input gives the same bytes.
    static func latestDate(in cohort: Cohort) -> CalendarDate? {
        cohort.interns.lazy.flatMap(\.weeks).flatMap(\.entries)
            .compactMap { [$0.start, $0.completion].compactMap { $0 }.max() }.max()
    }
}
