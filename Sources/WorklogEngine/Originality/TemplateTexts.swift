import WorklogModel

/// The texts of the starter site interns began from (`--template-site`), in comparison form.
public struct TemplateTexts: Sendable, Hashable {
    /// Word hashes of each distinct comparable text.
    var texts: [[UInt64]]
    /// Texts read, before removing repeats.
    public private(set) var textCount: Int

    /// Every comparable text of every week of `cohort` (all its sites).
    public init(cohorts: [Cohort], settings: OriginalitySettings = OriginalitySettings()) {
        var seen: Set<[UInt64]> = []
        var texts: [[UInt64]] = []
        var scratch: [UInt8] = []
        var count = 0
        for cohort in cohorts {
            for intern in cohort.interns {
                for log in intern.weeks {
                    for text in ComparableText.collect(log, minimumWords: settings.minimumWords, scratch: &scratch) {
                        count += 1
                        if seen.insert(text.words).inserted { texts.append(text.words) }
                    }
                }
            }
        }
        self.texts = texts
        self.textCount = count
    }

    /// Distinct comparable texts.
    public var distinctCount: Int { texts.count }

    /// Reads the template site at `path` once per language it is written in, so a Vietnamese
    /// week is compared with the template's Vietnamese page. nil when no page was read.
    public static func read(path: String, preferredLanguage: String, jobs: Int,
                            settings: OriginalitySettings = OriginalitySettings()) -> TemplateTexts? {
        let first = CohortReader.read(paths: [path], options: ReadOptions(preferredLanguage: preferredLanguage, jobs: jobs))
        guard first.statistics.filesRead > 0 else { return nil }
        let languages = Set(first.statistics.pagesByStyle.values.flatMap(\.keys)).subtracting([preferredLanguage]).sorted()
        let others = languages.map {
            CohortReader.read(paths: [path], options: ReadOptions(preferredLanguage: $0, jobs: jobs))
        }
        return TemplateTexts(cohorts: [first] + others, settings: settings)
    }
}
