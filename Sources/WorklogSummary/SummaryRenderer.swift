import WorklogEngine
import WorklogModel

/// Renders end-of-internship summaries (Markdown and HTML) from Mustache templates.
public enum SummaryRenderer {
    /// One summary per intern (or only `options.internFilter`), in intern order.
    /// With `anonymize`, the cohort is anonymized and its metrics computed again, so
    /// ids, paths and messages all use pseudonyms; `metrics` is used as given otherwise.
    /// Throws `SummaryError` for a template that is missing or does not parse, or an unknown intern.
    public static func render(cohort: Cohort, metrics: CohortMetrics, taxonomy: Taxonomy, curriculum: Curriculum,
                              options: SummaryOptions) throws -> [RenderedSummary] {
        let templates = try SummaryTemplates.load(directory: options.templatesDirectory, language: options.language)
        var warnings = templates.warnings
        if !SummaryWording.languages.contains(options.language) {
            warnings.append(Diagnostic(.info, SummaryCodes.languageFallback, at: SourceLocation(path: "templates"),
                "the summary has no wording in '\(options.language)': numbers and sentences are in English"))
        }
        var cohort = cohort
        var metrics = metrics
        var wanted = options.internFilter
        if options.anonymize {
            let anonymizer = Anonymizer(internIDs: cohort.interns.map(\.id))
            if let filter = wanted, let pseudonym = anonymizer.pseudonyms[filter] { wanted = pseudonym }
            cohort = anonymizer.apply(to: cohort)
            for index in cohort.interns.indices {
                cohort.interns[index].weeks = cohort.interns[index].weeks.map { week in
                    var week = week
                    week.objectives = week.objectives.map { TextItem(anonymizer.scrub($0.text), line: $0.line) }
                    week.achievements = week.achievements.map { TextItem(anonymizer.scrub($0.text), line: $0.line) }
                    return week
                }
            }
            metrics = ReportBuilder(taxonomy: taxonomy, curriculum: curriculum).metrics(for: cohort)
        }
        if let wanted, !cohort.interns.contains(where: { $0.id == wanted }) {
            throw SummaryError(Diagnostic(.error, SummaryCodes.unknownIntern, at: SourceLocation(path: wanted),
                "no intern '\(wanted)' in the cohort: use an id that `worklog check` lists (a site folder name)"))
        }
        let context = SummaryContext(taxonomy: taxonomy, curriculum: curriculum,
                                     wording: SummaryWording(language: options.language))
        let metricsByID = Dictionary(metrics.interns.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var diagnosticsByID: [String: [DiagnosticRecord]] = [:]
        for record in metrics.diagnostics { if let id = record.intern { diagnosticsByID[id, default: []].append(record) } }
        return cohort.interns.filter { wanted == nil || $0.id == wanted }.compactMap { intern in
            guard let internMetrics = metricsByID[intern.id] else { return nil }
            let values = context.values(intern: intern, metrics: internMetrics, diagnostics: diagnosticsByID[intern.id] ?? [])
            return RenderedSummary(internID: intern.id, markdown: templates.markdown.render(values),
                                   html: templates.html.render(values), warnings: warnings)
        }
    }
}
