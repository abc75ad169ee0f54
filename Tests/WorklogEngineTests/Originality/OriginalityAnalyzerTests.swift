import Foundation
import Testing
@testable import WorklogEngine
import WorklogModel

/// The fixture cohort `Fixtures/originality` (six interns, two weeks each), every figure
/// worked out by hand. Comparable texts have at least 6 words:
/// - anh-original: 8 own texts (a 4-word task and the short subtask-free rows take no part).
/// - bao-source: 11 (B1–B9, C, C2). Week 1 (B1–B5) is copied word for word by cuong-copy.
/// - cuong-copy: 9: bao's week 1 with case, punctuation, bold and spacing changed; 2 own; C, C2.
/// - dung-partial: 9: bao's B6 with a diacritic and case changed (same after folding), B7 with
///   one word added (12 of 13 shingles shared, J = 0.923), B8 with a middle word changed
///   (J = 1/14: not shared), 2 own; week 2: 2 own, C, C2.
/// - em-template: 10: the starter template's 6 texts left in week 1; week 2: 2 own, C, C2.
/// - giang-common: 5: C, C2 and 1 own in week 1; 2 own in week 2.
/// C and C2 are written by 5 interns (bao, cuong, dung, em, giang): with 6 interns the common
/// threshold is max(5, ⌈0.6⌉) = 5, so without a template site they are template text; with one
/// they are shared, but as stock phrases (5 interns) they name no source and make no pair.
@Suite struct OriginalityAnalyzerTests {
    static func fixture(_ name: String) throws -> String {
        let dir = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return dir.appendingPathComponent("originality/\(name)").path
    }

    static func cohort() throws -> Cohort { CohortReader.read(paths: [try fixture("cohort")]) }

    static func template() throws -> TemplateTexts {
        try #require(TemplateTexts.read(path: try fixture("template-site"), preferredLanguage: "en", jobs: 1))
    }

    func row(_ result: OriginalityResult, _ id: String) throws -> InternOriginality {
        try #require(result.intern(id))
    }

    func sources(_ o: InternOriginality) -> String { o.topSources.map { "\($0.intern):\($0.texts)" }.joined(separator: ";") }

    @Test func templateSiteTextsAreTheStarterSixLongTexts() throws {
        let template = try Self.template()
        // 7 rows and items; "Write the weekly log" has 4 words.
        #expect(template.textCount == 6)
        #expect(template.distinctCount == 6)
    }

    @Test func withoutTemplateSiteCommonTextIsTheTemplate() throws {
        let result = OriginalityAnalyzer().analyze(try Self.cohort(), jobs: 1)
        #expect(result.interns.map(\.id) == ["anh-original", "bao-source", "cuong-copy", "dung-partial",
                                              "em-template", "giang-common"])
        let expected: [(String, Int, Int, Int, Double, String, [Int], [Int])] = [
            ("anh-original", 8, 0, 0, 1, "", [], []),
            // B1–B5 with cuong, B6 and B7 with dung; C, C2 template: 2/11.
            ("bao-source", 11, 7, 2, 2.0 / 11, "cuong-copy:5;dung-partial:2", [1, 2], [2]),
            ("cuong-copy", 9, 5, 2, 2.0 / 9, "bao-source:5", [1], [2]),
            ("dung-partial", 9, 2, 2, 5.0 / 9, "bao-source:2", [1], [2]),
            // Nobody else left the template's rows: without the site they are em's own.
            ("em-template", 10, 0, 2, 0.8, "", [], [2]),
            ("giang-common", 5, 0, 2, 0.6, "", [], [1]),
        ]
        for (id, comparable, shared, template, originality, top, sharedWeeks, templateWeeks) in expected {
            let o = try row(result, id)
            #expect(o.comparableTexts == comparable, "\(id)")
            #expect(o.sharedTexts == shared, "\(id)")
            #expect(o.templateTexts == template, "\(id)")
            #expect(abs((o.originality ?? -1) - originality) < 1e-12, "\(id)")
            #expect(sources(o) == top, "\(id)")
            #expect(o.sharedWeeks == sharedWeeks, "\(id)")
            #expect(o.templateWeeks == templateWeeks, "\(id)")
        }
        #expect(result.pairs == [SimilarPair(
            internA: "bao-source", internB: "cuong-copy", shared: 5, weeks: [.init(a: 1, b: 1)],
            firstDateA: CalendarDate(year: 2026, month: 1, day: 12), firstDateB: CalendarDate(year: 2026, month: 2, day: 9))])
        // giang's week 1 is 2 of 3 common texts; em's week 2 is 2 of 4: not mostly.
        #expect(result.diagnostics.map { "\($0.intern) \($0.week) \($0.diagnostic.location)" }
            == ["giang-common 1 giang-common/content/worklog/week-01.md:12:1"])
        #expect(result.diagnostics.first?.diagnostic.message.hasPrefix("week 1: 2 of 3 comparable texts") == true)
        #expect(result.diagnostics.first?.diagnostic.severity == .warning)
        #expect(result.diagnostics.first?.diagnostic.code == "template-copy")
    }

    @Test func withTemplateSiteItsTextsAreTheTemplateAndCommonTextIsShared() throws {
        let result = OriginalityAnalyzer(template: try Self.template()).analyze(try Self.cohort(), jobs: 1)
        let expected: [(String, Int, Int, Double, String, [Int])] = [
            ("anh-original", 0, 0, 1, "", []),
            ("bao-source", 9, 0, 2.0 / 11, "cuong-copy:5;dung-partial:2", [1, 2]),
            ("cuong-copy", 7, 0, 2.0 / 9, "bao-source:5", [1, 2]),
            ("dung-partial", 4, 0, 5.0 / 9, "bao-source:2", [1, 2]),
            // 6 template texts, C and C2 shared: 2/10.
            ("em-template", 2, 6, 0.2, "", [2]),
            ("giang-common", 2, 0, 0.6, "", [1]),
        ]
        for (id, shared, template, originality, top, sharedWeeks) in expected {
            let o = try row(result, id)
            #expect(o.sharedTexts == shared, "\(id)")
            #expect(o.templateTexts == template, "\(id)")
            #expect(abs((o.originality ?? -1) - originality) < 1e-12, "\(id)")
            #expect(sources(o) == top, "\(id)")
            #expect(o.sharedWeeks == sharedWeeks, "\(id)")
        }
        #expect(try row(result, "em-template").templateWeeks == [1])
        // bao–cuong: B1–B5 both ways; bao–dung shares only 2.
        #expect(result.pairs.map { "\($0.internA) \($0.internB) \($0.shared) \($0.weeksText)" }
            == ["bao-source cuong-copy 5 1:1"])
        #expect(result.diagnostics.map { "\($0.intern) \($0.week) \($0.diagnostic.location.line)" } == ["em-template 1 14"])
        #expect(result.diagnostics.first?.diagnostic.message.hasPrefix("week 1: 6 of 6 comparable texts are the starter template's") == true)
    }

    @Test func sameResultAtAnyJobsAndAcrossRuns() throws {
        let cohort = try Self.cohort()
        let template = try Self.template()
        let one = OriginalityAnalyzer(template: template).analyze(cohort, jobs: 1)
        #expect(OriginalityAnalyzer(template: template).analyze(cohort, jobs: 2) == one)
        #expect(OriginalityAnalyzer(template: template).analyze(cohort, jobs: 7) == one)
        #expect(OriginalityAnalyzer(template: template).analyze(cohort, jobs: 1) == one)
    }

    @Test func annotateAddsTheWarningToWeekInternAndRun() throws {
        let cohort = try Self.cohort()
        let (annotated, _) = OriginalityAnalyzer(template: try Self.template()).apply(to: cohort)
        let em = try #require(annotated.interns.first { $0.id == "em-template" })
        #expect(em.weeks[0].diagnostics.count { $0.code == "template-copy" } == 1)
        #expect(em.weeks[1].diagnostics.count { $0.code == "template-copy" } == 0)
        #expect(em.diagnostics.count { $0.code == "template-copy" } == 1)
        #expect(annotated.diagnostics.count { $0.code == "template-copy" } == 1)
        #expect(annotated.diagnostics.count == cohort.diagnostics.count + 1)
        #expect(annotated.diagnostics == Diagnostic.sortedForReport(annotated.diagnostics))
    }

    @Test func renamedResortsPairsAndSwapsSides() throws {
        let result = OriginalityAnalyzer(template: try Self.template()).analyze(try Self.cohort())
        let renamed = result.renamed { $0 == "bao-source" ? "zz" : $0 }
        let pair = try #require(renamed.pairs.first)
        #expect(pair.internA == "cuong-copy")
        #expect(pair.internB == "zz")
        #expect(pair.firstDateA == CalendarDate(year: 2026, month: 2, day: 9))
        #expect(pair.weeksText == "1:1")
        #expect(renamed.interns.last?.id == "zz")
        #expect(renamed.intern("cuong-copy")?.topSources.first?.intern == "zz")
    }
}
