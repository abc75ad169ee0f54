import WorklogModel

/// Issue 8: how much of each intern's log is their own, which interns share text, and which
/// weeks are mostly the starter template's.
///
/// Texts are grouped by their exact comparison form first; near-duplicates (word 5-gram
/// Jaccard ≥ 0.8) are found among the distinct forms with a prefix-filtered inverted index of
/// shingle hashes (`NearDuplicateIndex`), never by comparing every pair. Work per intern runs
/// in parallel, each result in its own slot; every output is sorted, so any `jobs` gives the
/// same result.
public struct OriginalityAnalyzer: Sendable {
    public var settings: OriginalitySettings
    /// The starter site's texts; nil: texts common to much of the cohort are the template's.
    public var template: TemplateTexts?

    public init(template: TemplateTexts? = nil, settings: OriginalitySettings = OriginalitySettings()) {
        self.template = template
        self.settings = settings
    }

    /// Analyses `cohort` and adds the `template-copy` warnings to it.
    public func apply(to cohort: Cohort, jobs: Int = 1) -> (Cohort, OriginalityResult) {
        let result = analyze(cohort, jobs: jobs)
        return (result.annotate(cohort), result)
    }

    public func analyze(_ cohort: Cohort, jobs: Int = 1) -> OriginalityResult {
        let settings = self.settings
        let interns = cohort.interns.sorted { $0.id < $1.id }
        let count = interns.count
        let templateIntern = Int32(count)

        // 1. Comparable texts per intern, and each week's earliest date.
        let extracted = ParallelMap.run(count: count, workers: jobs, makeState: { [UInt8]() }) { scratch, i in
            let intern = interns[i]
            var texts: [ComparableText] = []
            var firstDates: [Int: CalendarDate] = [:]
            for log in intern.weeks {
                texts += ComparableText.collect(log, minimumWords: settings.minimumWords, scratch: &scratch)
                let dates = log.entries.flatMap { [$0.start, $0.completion].compactMap { $0 } }
                if let first = dates.min() { firstDates[log.number] = min(firstDates[log.number] ?? first, first) }
            }
            return (texts, firstDates)
        }

        // 2. Distinct texts; occurrences in intern order (the template's last).
        var table = OccurrenceTable()
        for (i, (texts, _)) in extracted.enumerated() {
            for text in texts { table.add(text.words, intern: Int32(i), week: Int32(text.week), location: text.location) }
            table.closeIntern()
        }
        if let template {
            for words in template.texts {
                table.add(words, intern: templateIntern, week: 0, location: SourceLocation(path: ""))
            }
        }
        table.closeIntern()
        let distinctWords = table.distinctWords
        let shingleSize = settings.shingleSize
        let shingles = ParallelMap.run(count: distinctWords.count, workers: jobs, makeState: { () }) { _, d in
            TextShingles.shingles(distinctWords[d], size: shingleSize)
        }

        // 3. Near-duplicates among distinct texts.
        let near = NearDuplicateIndex.neighbours(
            of: shingles, numerator: settings.jaccardNumerator, denominator: settings.jaccardDenominator)
        let internsOf = table.internsOfText()

        // 4. Per distinct text: the interns sharing it (itself and its near-duplicates), and the template.
        let threshold = settings.commonThreshold(interns: count)
        let fromSite = template != nil
        let textInfo = ParallelMap.run(
            count: distinctWords.count, workers: jobs,
            makeState: { Array(repeating: Int32(-1), count: count + 1) }
        ) { stamp, d -> (sharers: Int, template: Bool) in
            var sharers = 0
            var hasTemplate = false
            for other in [Int32(d)] + near[d] {
                for intern in internsOf[Int(other)] where stamp[Int(intern)] != Int32(d) {
                    stamp[Int(intern)] = Int32(d)
                    if intern == templateIntern { hasTemplate = true } else { sharers += 1 }
                }
            }
            return (sharers, fromSite ? hasTemplate : sharers >= threshold)
        }

        // 5. Per intern: counts, sources, weeks and the pairs it is part of.
        let occurrences = table
        let ids = interns.map(\.id)
        let perIntern = ParallelMap.run(
            count: count, workers: jobs,
            makeState: { InternScratch(interns: count) }
        ) { scratch, a in
            InternPass(
                intern: Int32(a), ids: ids, table: occurrences, near: near, internsOf: internsOf, textInfo: textInfo,
                settings: settings, templateFromSite: fromSite, commonThreshold: threshold
            ).run(&scratch)
        }

        // 6. Pairs: both directions must reach the minimum; the smaller count is the pair's.
        var pairs: [SimilarPair] = []
        for (a, pass) in perIntern.enumerated() {
            for heavy in pass.heavy where Int(heavy.intern) > a {
                guard let back = InternPass.find(Int32(a), in: perIntern[Int(heavy.intern)].heavy) else { continue }
                let weeks = Set(heavy.weeks + back.weeks.map { SimilarPair.WeekPair(a: $0.b, b: $0.a) }).sorted()
                let datesA = extracted[a].1, datesB = extracted[Int(heavy.intern)].1
                pairs.append(SimilarPair(
                    internA: ids[a], internB: ids[Int(heavy.intern)], shared: min(heavy.texts, back.texts),
                    weeks: weeks,
                    firstDateA: Set(weeks.map(\.a)).compactMap { datesA[$0] }.min(),
                    firstDateB: Set(weeks.map(\.b)).compactMap { datesB[$0] }.min()))
            }
        }
        return OriginalityResult(
            interns: perIntern.map(\.originality), pairs: pairs,
            diagnostics: perIntern.flatMap(\.diagnostics), templateFromSite: fromSite)
    }
}
