import ArgumentParser
import WorklogEngine
import WorklogModel

/// `--template-site`, shared by `check` and `report`: both show the `template-copy` warnings.
struct OriginalityOptions: ParsableArguments {
    @Option(name: .customLong("template-site"),
            help: "The starter site interns began from; its texts are the template's (default: text common to at least 5 interns and 10% of the cohort).")
    var templateSite: String?

    /// The starter site's texts, read before the cohort so a bad path fails fast.
    func loadTemplate(input: InputOptions) throws -> TemplateTexts? {
        guard let templateSite else { return nil }
        guard let texts = TemplateTexts.read(path: templateSite, preferredLanguage: input.lang, jobs: input.jobs) else {
            throw UsageFailure("--template-site \(templateSite): no worklog page found there; give the starter site's folder")
        }
        return texts
    }

    /// The cohort with its `template-copy` warnings, and the per-intern result.
    func analyze(_ cohort: Cohort, template: TemplateTexts?, jobs: Int) -> (Cohort, OriginalityResult) {
        OriginalityAnalyzer(template: template).apply(to: cohort, jobs: jobs)
    }
}
