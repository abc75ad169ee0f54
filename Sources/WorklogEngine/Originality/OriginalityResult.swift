import WorklogModel

/// What the originality analysis found in a cohort: per intern, the similar pairs and the
/// `template-copy` warnings. Everything sorted: interns by id, pairs by (A, B).
public struct OriginalityResult: Sendable, Hashable {
    public var interns: [InternOriginality]
    public var pairs: [SimilarPair]
    public var diagnostics: [OriginalityDiagnostic]
    /// Whether template texts came from a template site (else: texts common to the cohort).
    public var templateFromSite: Bool

    public init(interns: [InternOriginality], pairs: [SimilarPair], diagnostics: [OriginalityDiagnostic],
                templateFromSite: Bool) {
        self.interns = interns
        self.pairs = pairs
        self.diagnostics = diagnostics
        self.templateFromSite = templateFromSite
    }

    public func intern(_ id: String) -> InternOriginality? {
        var low = 0, high = interns.count
        while low < high {
            let mid = (low + high) / 2
            if interns[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < interns.count && interns[low].id == id ? interns[low] : nil
    }

    /// The cohort with the `template-copy` warnings added to their weeks, interns and the run's list.
    public func annotate(_ cohort: Cohort) -> Cohort {
        guard !diagnostics.isEmpty else { return cohort }
        var byIntern: [String: [OriginalityDiagnostic]] = [:]
        for finding in diagnostics { byIntern[finding.intern, default: []].append(finding) }
        var result = cohort
        for i in result.interns.indices {
            guard let findings = byIntern[result.interns[i].id] else { continue }
            for finding in findings {
                if let w = result.interns[i].weeks.firstIndex(where: { $0.number == finding.week }) {
                    result.interns[i].weeks[w].diagnostics.append(finding.diagnostic)
                }
            }
            result.interns[i].diagnostics = Diagnostic.sortedForReport(
                result.interns[i].diagnostics + findings.map(\.diagnostic))
        }
        result.diagnostics = Diagnostic.sortedForReport(cohort.diagnostics + diagnostics.map(\.diagnostic))
        return result
    }

    /// Intern ids replaced (e.g. by `--anonymize` pseudonyms), everything sorted again.
    public func renamed(_ name: (String) -> String) -> OriginalityResult {
        let interns = self.interns.map { intern -> InternOriginality in
            var copy = intern
            copy.id = name(intern.id)
            copy.topSources = intern.topSources.map { OriginalitySource(intern: name($0.intern), texts: $0.texts) }
                .sorted { ($1.texts, $0.intern) < ($0.texts, $1.intern) }
            return copy
        }.sorted { $0.id < $1.id }
        let pairs = self.pairs.map { pair -> SimilarPair in
            var copy = pair
            copy.internA = name(pair.internA)
            copy.internB = name(pair.internB)
            return copy.internA <= copy.internB ? copy : copy.swapped()
        }.sorted { ($0.internA, $0.internB) < ($1.internA, $1.internB) }
        let diagnostics = self.diagnostics.map {
            OriginalityDiagnostic(intern: name($0.intern), week: $0.week, diagnostic: $0.diagnostic)
        }
        return OriginalityResult(interns: interns, pairs: pairs, diagnostics: diagnostics,
                                 templateFromSite: templateFromSite)
    }
}
