import Foundation
import WorklogModel

/// The figures `worklog check` prints after its diagnostics.
struct CheckSummary: Encodable {
    var sites: Int
    var files: Int
    var bytes: Int
    var weekPages: [String: [String: Int]]
    var dayPages: Int
    var draftPages: Int
    var weeks: Int
    var dayEntries: Int
    var tasks: Int
    var subtasks: Int
    var dateOrders: [String: [String: [String: Int]]]
    var diagnosticsBySeverity: [String: Int]
    var diagnosticsByCode: [String: Int]

    init(cohort: Cohort) {
        let s = cohort.statistics
        sites = s.sites
        files = s.filesRead
        bytes = s.bytesRead
        weekPages = s.pagesByStyle
        dayPages = s.dayPages
        draftPages = s.draftPages
        let weeks = cohort.interns.flatMap(\.weeks)
        self.weeks = weeks.count
        dayEntries = weeks.reduce(0) { $0 + $1.entries.count }
        tasks = weeks.reduce(0) { $0 + $1.taskCount }
        subtasks = weeks.reduce(0) { $0 + $1.subtaskCount }
        dateOrders = s.dateOrders
        var bySeverity: [String: Int] = [:]
        var byCode: [String: Int] = [:]
        for d in cohort.diagnostics {
            bySeverity[d.severity.rawValue, default: 0] += 1
            byCode["\(d.severity.rawValue)[\(d.code)]", default: 0] += 1
        }
        diagnosticsBySeverity = bySeverity
        diagnosticsByCode = byCode
    }

    func text() -> String {
        var lines: [String] = []
        let mb = Double(bytes) / 1_000_000
        lines.append("summary: \(sites) sites, \(files) files (\(String(format: "%.1f", mb)) MB)")
        var pageParts: [String] = []
        for style in WeekStyle.allCases.map(\.rawValue) {
            let langs = weekPages[style] ?? [:]
            let total = langs.values.reduce(0, +)
            let detail = langs.keys.sorted().map { "\($0) \(langs[$0] ?? 0)" }.joined(separator: ", ")
            pageParts.append(total == 0 ? "\(style) 0" : "\(style) \(total) (\(detail))")
        }
        lines.append("week pages: " + pageParts.joined(separator: "; "))
        lines.append("day pages: \(dayPages); drafts skipped: \(draftPages)")
        lines.append("weeks (one language each): \(weeks); day entries: \(dayEntries); tasks: \(tasks); subtasks: \(subtasks)")
        var orderTotals: [String: Int] = [:]
        for langs in dateOrders.values {
            for orders in langs.values { for (o, n) in orders { orderTotals[o, default: 0] += n } }
        }
        lines.append("date order (week pages): " + orderTotals.keys.sorted()
            .map { "\($0) \(orderTotals[$0] ?? 0)" }.joined(separator: ", "))
        for site in dateOrders.keys.sorted() {
            let langs = dateOrders[site] ?? [:]
            let parts = langs.keys.sorted().map { lang -> String in
                let orders = langs[lang] ?? [:]
                return lang + " " + orders.keys.sorted().map { "\($0) \(orders[$0] ?? 0)" }.joined(separator: " ")
            }
            lines.append("  \(site): " + parts.joined(separator: "; "))
        }
        lines.append("diagnostics: " + ["error", "warning", "info"]
            .map { "\($0) \(diagnosticsBySeverity[$0] ?? 0)" }.joined(separator: ", "))
        for code in diagnosticsByCode.keys.sorted() {
            lines.append("  \(code) \(diagnosticsByCode[code] ?? 0)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json(diagnostics: [Diagnostic]) throws -> String {
        struct Document: Encodable {
            var summary: CheckSummary
            var diagnostics: [Diagnostic]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(summary: self, diagnostics: diagnostics))
        return String(decoding: data, as: UTF8.self)
    }
}
