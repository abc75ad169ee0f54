import WorklogModel

/// Reusable per-worker counters for `InternPass`, one slot per intern.
struct InternScratch {
    var counts: [Int32]
    var stamp: [Int32]
    var touched: [Int32] = []

    init(interns: Int) {
        counts = Array(repeating: 0, count: interns)
        stamp = Array(repeating: -1, count: interns)
    }
}

/// One intern's side of the analysis: its counts, sources, weeks, warnings, and the interns
/// sharing at least `pairMinimumTexts` of its texts (with the weeks involved).
struct InternPass {
    struct Heavy: Sendable {
        var intern: Int32
        var texts: Int
        var weeks: [SimilarPair.WeekPair]
    }

    struct Output: Sendable {
        var originality: InternOriginality
        var heavy: [Heavy]
        var diagnostics: [OriginalityDiagnostic]
    }

    let intern: Int32
    let ids: [String]
    let table: OccurrenceTable
    let near: [[Int32]]
    let internsOf: [[Int32]]
    let textInfo: [(sharers: Int, template: Bool)]
    let settings: OriginalitySettings
    let templateFromSite: Bool
    let commonThreshold: Int

    func run(_ scratch: inout InternScratch) -> Output {
        let occurrences = table.range(of: Int(intern))
        var comparable = 0, shared = 0, template = 0
        var sharedWeeks: Set<Int> = [], templateWeeks: Set<Int> = []
        // week -> (comparable, template, first template location)
        var weekStats: [Int: (comparable: Int, template: Int, first: SourceLocation?)] = [:]
        var sharedOccurrences: [Int] = []
        scratch.touched.removeAll(keepingCapacity: true)
        let population = ids.count
        for o in occurrences {
            let d = Int(table.text[o])
            let week = Int(table.week[o])
            comparable += 1
            var stats = weekStats[week] ?? (0, 0, nil)
            stats.comparable += 1
            if textInfo[d].template {
                template += 1
                templateWeeks.insert(week)
                stats.template += 1
                if stats.first == nil { stats.first = table.location[o] }
            } else if textInfo[d].sharers >= 2 {
                shared += 1
                sharedWeeks.insert(week)
                sharedOccurrences.append(o)
                for other in [Int32(d)] + near[d] {
                    for b in internsOf[Int(other)] where b != intern && Int(b) < population
                        && scratch.stamp[Int(b)] != Int32(o) {
                        scratch.stamp[Int(b)] = Int32(o)
                        if scratch.counts[Int(b)] == 0 { scratch.touched.append(b) }
                        scratch.counts[Int(b)] += 1
                    }
                }
            }
            weekStats[week] = stats
        }

        var sources: [OriginalitySource] = []
        var heavy: [Heavy] = []
        for b in scratch.touched.sorted() {
            let texts = Int(scratch.counts[Int(b)])
            sources.append(OriginalitySource(intern: ids[Int(b)], texts: texts))
            if texts >= settings.pairMinimumTexts {
                heavy.append(Heavy(intern: b, texts: texts, weeks: weekPairs(with: b, sharedOccurrences)))
            }
            scratch.counts[Int(b)] = 0
            scratch.stamp[Int(b)] = -1
        }
        sources.sort { ($1.texts, $0.intern) < ($0.texts, $1.intern) }

        let id = ids[Int(intern)]
        var diagnostics: [OriginalityDiagnostic] = []
        for week in weekStats.keys.sorted() {
            guard let stats = weekStats[week], stats.template * 2 > stats.comparable, let at = stats.first else { continue }
            let what = templateFromSite
                ? "the starter template's (--template-site)"
                : "text common to at least \(commonThreshold) interns, taken as the starter template's"
            diagnostics.append(OriginalityDiagnostic(intern: id, week: week, diagnostic: Diagnostic(
                .warning, OriginalityCode.templateCopy, at: at,
                "week \(week): \(stats.template) of \(stats.comparable) comparable texts are \(what); "
                    + "replace the template's example rows with the week's own work")))
        }
        return Output(
            originality: InternOriginality(
                id: id, comparableTexts: comparable, sharedTexts: shared, templateTexts: template,
                topSources: Array(sources.prefix(settings.topSources)),
                sharedWeeks: sharedWeeks.sorted(), templateWeeks: templateWeeks.sorted()),
            heavy: heavy, diagnostics: diagnostics)
    }

    /// (this intern's week, `b`'s week) for every shared text of this intern that `b` also wrote.
    private func weekPairs(with b: Int32, _ sharedOccurrences: [Int]) -> [SimilarPair.WeekPair] {
        var pairs: Set<SimilarPair.WeekPair> = []
        for o in sharedOccurrences {
            let d = Int(table.text[o])
            for other in [Int32(d)] + near[d] {
                for match in table.occurrences(of: Int(other), by: b) {
                    pairs.insert(SimilarPair.WeekPair(a: Int(table.week[o]), b: Int(table.week[Int(match)])))
                }
            }
        }
        return pairs.sorted()
    }
}
