import Foundation
import Testing
import WorklogEngine
import WorklogModel
@testable import WorklogSummary

@Suite struct TemplateCheckTests {
    func check(_ text: String) -> [Diagnostic] {
        TemplateTagChecker(schema: .summary, path: "t.mustache").unknownNames(in: text)
    }

    @Test func unknownNamesAreReportedWithLineAndColumn() {
        let found = check("# {{intern}}\nTasks: {{task}}\n{{#weeks}}{{week}} {{weak}}{{/weeks}}\n{{week}}\n")
        #expect(found.map(\.description) == [
            "t.mustache:2:8: warning[template-unknown-name]: 'task' is not a name the summary provides, so it renders as empty: check its spelling against the shipped templates",
            "t.mustache:3:20: warning[template-unknown-name]: 'weak' is not a name the summary provides, so it renders as empty: check its spelling against the shipped templates",
            "t.mustache:4:1: warning[template-unknown-name]: 'week' is not a name the summary provides, so it renders as empty: check its spelling against the shipped templates",
        ])
    }

    @Test func namesResolveThroughEnclosingSectionsDotsAndTransforms() {
        // `intern` inside a list resolves at the top, as Mustache climbs the stack; dotted
        // names follow maps; `last()` is a list position test; `{{=...=}}` changes delimiters.
        let text = """
        {{#categories}}{{#topics}}{{name}} {{intern}} {{first_week}}{{^last()}}, {{/last()}}{{/topics}}{{/categories}}
        {{period.first_date}} {{lag.median}} {{{chart_svg}}} {{& lag_text}} {{! a comment {{nothing}} }}
        {{^empty(busiest_weeks)}}{{#busiest_weeks}}{{week}}{{/busiest_weeks}}{{/empty(busiest_weeks)}}
        {{=<% %>=}}<%intern%> <%period.days%> <%period.nights%>
        """
        let found = check(text)
        #expect(found.map(\.location.line) == [4])
        #expect(found.first?.message.hasPrefix("'period.nights' is not a name") == true)
        #expect(found.first?.location.column == 39)
    }

    @Test func shippedTemplatesUseOnlyKnownNames() throws {
        for (name, text) in ShippedTemplates.all.sorted(by: { $0.key < $1.key }) {
            #expect(TemplateTagChecker(schema: .summary, path: name).unknownNames(in: text).isEmpty, "\(name)")
        }
        #expect(ShippedTemplates.all.keys.sorted() == [
            "summary.html.mustache", "summary.md.mustache", "summary.vi.html.mustache", "summary.vi.md.mustache",
        ])
    }

    /// The shipped templates live twice: as files users copy and compiled in. They must not drift.
    @Test func embeddedTemplatesMatchTheFiles() throws {
        let folder = SummaryFixtures.repoRoot.appendingPathComponent("templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }.sorted()
        #expect(files == ShippedTemplates.all.keys.sorted())
        for name in files {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(ShippedTemplates.all[name] == text, "\(name) differs from its embedded copy: run scripts/embed-templates.py")
        }
    }

    /// The context of a summary has exactly the names of the schema (every optional value filled).
    @Test func contextNamesMatchTheSchema() throws {
        let taxonomy = try Taxonomy.bundled()
        let cohort = SummaryFixtures.cohort([SummaryFixtures.tableIntern])
        var metrics = MetricsCalculator(taxonomy: taxonomy, curriculum: SummaryFixtures.curriculum()).metrics(for: cohort)
        metrics.interns[0].originality = InternOriginality(
            id: metrics.interns[0].id, comparableTexts: 10, sharedTexts: 2, templateTexts: 1,
            topSources: [OriginalitySource(intern: "other", texts: 2)], sharedWeeks: [1], templateWeeks: [2])
        let context = SummaryContext(taxonomy: taxonomy, curriculum: SummaryFixtures.curriculum(),
                                     wording: SummaryWording(language: "en"))
        let values = context.values(intern: cohort.interns[0], metrics: metrics.interns[0], diagnostics: metrics.diagnostics)
        var mismatches: [String] = []
        var lists: Set<String> = [], filled: Set<String> = []
        func walk(_ value: Any, _ schema: TemplateSchema, _ path: String) {
            switch schema {
            case .value:
                if value is [String: Any] || value is [[String: Any]] { mismatches.append("\(path) is not a value") }
            case .object(let names):
                guard let map = value as? [String: Any] else { mismatches.append("\(path) is not a map"); return }
                compare(map, names, path)
            case .list(let names):
                guard let list = value as? [[String: Any]] else { mismatches.append("\(path) is not a list"); return }
                lists.insert(path)
                if !list.isEmpty { filled.insert(path) }
                for item in list { compare(item, names, path + "[]") }
            }
        }
        func compare(_ map: [String: Any], _ names: [String: TemplateSchema], _ path: String) {
            for key in map.keys where names[key] == nil { mismatches.append("\(path).\(key) is not in the schema") }
            for (key, schema) in names {
                guard let value = map[key] else { continue }
                walk(value, schema, path + "." + key)
            }
        }
        walk(values, .summary, "")
        // Every list holds an item somewhere, so the names of its items were checked too.
        mismatches += lists.subtracting(filled).sorted().map { "\($0) is empty in the fixture" }
        #expect(mismatches.isEmpty, "\(mismatches)")
        // Names the fixture leaves out only when unknown: all are known for this intern's top level.
        let top = try #require(TemplateSchema.summary.names)
        #expect(Set(values.keys) == Set(top.keys))
    }

    @Test func syntaxErrorNamesFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summary-syntax-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("# {{intern}}\n\n{{#weeks}}\nWeek {{week}}\n{{/week}}\n".utf8)
            .write(to: folder.appendingPathComponent("summary.md.mustache"))
        try Data(ShippedTemplates.all["summary.html.mustache", default: ""].utf8)
            .write(to: folder.appendingPathComponent("summary.html.mustache"))
        #expect {
            _ = try SummaryFixtures.render([SummaryFixtures.tableIntern], options: SummaryOptions(templatesDirectory: folder.path))
        } throws: { error in
            guard let diagnostic = (error as? SummaryError)?.diagnostic else { return false }
            return diagnostic.code == SummaryCodes.templateSyntax && diagnostic.severity == .error
                && diagnostic.location.path == folder.appendingPathComponent("summary.md.mustache").path
                && diagnostic.location.line == 5
                && diagnostic.message.hasPrefix("this closing tag does not match")
        }
    }

    @Test func customFolderWarnsAndFallsBackForALanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summary-custom-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{{intern}}: {{tasks}} tasks, {{taks}}\n".utf8).write(to: folder.appendingPathComponent("summary.md.mustache"))
        try Data("<p>{{intern}}</p>\n".utf8).write(to: folder.appendingPathComponent("summary.html.mustache"))
        let summaries = try SummaryFixtures.render([SummaryFixtures.tableIntern],
                                                   options: SummaryOptions(templatesDirectory: folder.path, language: "vi"))
        let summary = try #require(summaries.first)
        #expect(summary.markdown == "table-intern: 10 tasks, \n")
        #expect(summary.html == "<p>table-intern</p>\n")
        #expect(summary.warnings.map(\.code) == [SummaryCodes.languageFallback, SummaryCodes.templateUnknownName,
                                                 SummaryCodes.languageFallback])
        let unknown = try #require(summary.warnings.first { $0.code == SummaryCodes.templateUnknownName })
        #expect(unknown.location.path.hasSuffix("summary.md.mustache"))
        #expect((unknown.location.line, unknown.location.column) == (1, 30))
    }

    @Test func missingTemplateIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summary-empty-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            _ = try SummaryFixtures.render([SummaryFixtures.tableIntern], options: SummaryOptions(templatesDirectory: folder.path))
        } throws: { error in
            (error as? SummaryError)?.diagnostic.code == SummaryCodes.templateMissing
        }
    }
}
