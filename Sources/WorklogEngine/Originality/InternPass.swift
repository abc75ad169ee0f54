import WorklogModel

/// Reusable per-worker counters for `InternPass`, one slot per intern.
struct InternScratch {
    var counts: [Int32]
    var stamp: [Int32]
    /// Packed (this intern's week << 32 | other's week) of every match, per other intern.
    var weekPairs: [[UInt64]]
    var touched: [Int32] = []

    init(interns: Int) {
        counts = Array(repeating: 0, count: interns)
        stamp = Array(repeating: -1, count: interns)
        weekPairs = Array(repeating: [], count: interns)
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

    /// The entry for `intern` in a list sorted by intern.
    static func find(_ intern: Int32, in list: [Heavy]) -> Heavy? {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].intern < intern { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low].intern == intern ? list[low] : nil
    }

    func run(_ scratch: inout InternScratch) -> Output {
        let occurrences = table.range(of: Int(intern))
        var comparable = 0, shared = 0, template = 0
        var sharedWeeks: Set<Int> = [], templateWeeks: Set<Int> = []
        // week -> (comparable, template, first template location)
        var weekStats: [Int: (comparable: Int, template: Int, first: SourceLocation?)] = [:]
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
                // A stock phrase of the cohort names no source: see `OriginalitySettings.sourceMaximumInterns`.
                if textInfo[d].sharers <= settings.sourceMaximumInterns {
                    let mine = UInt64(UInt32(truncatingIfNeeded: week)) << 32
                    for other in [Int32(d)] + near[d] {
                        for match in table.byText[Int(other)] {
                            let b = table.intern[Int(match)]
                            guard b != intern, Int(b) < population else { continue }
                            scratch.weekPairs[Int(b)].append(mine | UInt64(UInt32(bitPattern: table.week[Int(match)])))
                            guard scratch.stamp[Int(b)] != Int32(o) else { continue }
                            scratch.stamp[Int(b)] = Int32(o)
                            if scratch.counts[Int(b)] == 0 { scratch.touched.append(b) }
                            scratch.counts[Int(b)] += 1
                        }
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
                heavy.append(Heavy(intern: b, texts: texts, weeks: InternPass.unpack(scratch.weekPairs[Int(b)])))
            }
            scratch.weekPairs[Int(b)].removeAll(keepingCapacity: true)
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

    /// Distinct (this intern's week, other's week) pairs of the packed matches, ascending.
    static func unpack(_ packed: [UInt64]) -> [SimilarPair.WeekPair] {
        var result: [SimilarPair.WeekPair] = []
        var last: UInt64?
        for value in packed.sorted() where value != last {
            last = value
            result.append(SimilarPair.WeekPair(a: Int(Int32(bitPattern: UInt32(value >> 32))),
                                               b: Int(Int32(bitPattern: UInt32(truncatingIfNeeded: value)))))
        }
        return result
    }
}
