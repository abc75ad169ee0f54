import Foundation
import Testing
import WorklogEngine
import WorklogModel

/// Discovery over the shared corpus of real sites, when it is there.
@Suite struct CorpusDiscoveryTests {
    static let corpus = CorpusLocation.path
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus + "/MANIFEST.tsv") }

    @Test(.enabled(if: hasCorpus, "corpus not present"))
    func corpusFigures() throws {
        let result = Discovery.discover(paths: [Self.corpus])
        let pages = result.sites.flatMap(\.pages)
        let byLang = Dictionary(grouping: pages.filter { !$0.isDayPage }, by: \.lang).mapValues(\.count)
        let byCode = Dictionary(grouping: result.diagnostics, by: \.code).mapValues(\.count)
        let missing = pages.filter { $0.weekNumber == nil }
        print("corpus: sites \(result.sites.count), pages \(pages.count), week pages by lang \(byLang.sorted { $0.key < $1.key }), day pages \(pages.count(where: \.isDayPage)), no week \(missing.count)")
        print("corpus: diagnostics \(byCode.sorted { $0.key < $1.key })")
        for d in result.diagnostics { print("corpus: \(d)") }
        for p in missing { print("corpus: no week number: \(p.displayPath)") }
        let manifest = try String(contentsOfFile: Self.corpus + "/MANIFEST.tsv", encoding: .utf8)
        let repoCount = manifest.split(separator: "\n").count - 1

        #expect(result.sites.count == repoCount)
        #expect(missing.isEmpty)

        let sites = Dictionary(uniqueKeysWithValues: result.sites.map { ($0.id, $0) })
        // Nested site, week folders `Worklog_week1.N`.
        let nested = try #require(sites["LeDucThinh203__fcj-workshop-template/000000-Workshop/000058-SessionManager"])
        #expect(nested.pages.count == 24)
        #expect(Set(nested.pages.compactMap(\.weekNumber)) == Set(1...12))
        // Misspelled `1-Worlog`.
        let huy = try #require(sites["huybee1403__FCJ-Worklogs"])
        #expect(huy.pages.count == 24)
        #expect(result.diagnostics.contains { $0.code == "worklog-folder-misspelled" && $0.location.path == "huybee1403__FCJ-Worklogs/content/1-Worlog" })
        // `_index.md` is Vietnamese by the site's default language, `_index.en.md` English.
        let hn = try #require(sites["H-Ngyen__Internship-report-aws"])
        #expect(hn.defaultLanguage == "vi")
        #expect(hn.pages.filter { $0.lang == "vi" }.count == 12)
        #expect(hn.pages.filter { $0.lang == "en" }.count == 12)
        // Folders named only by their number.
        let hea = try #require(sites["Heahaidu__fcj-workshop"])
        #expect(hea.pages.compactMap(\.weekNumber) == [1, 10, 11, 12, 2, 3, 4, 5, 6, 7, 8, 9])
        // Non-Hugo sites with flat `week-N.en.md` files.
        for id in ["CAQuan04__QuanChu-AWS-intership-report", "KhaiND1221__FCAJ-intership-report"] {
            let site = try #require(sites[id])
            #expect(site.pages.count == 24)
            #expect(Set(site.pages.compactMap(\.weekNumber)) == Set(1...12))
            #expect(site.pages.filter { $0.lang == "en" }.count == 12)
        }
        // Flat `week-01.md` and `1.1-Week1.md` files.
        let fun = try #require(sites["Funacius__Fcaj-workshop"])
        #expect(fun.pages.count == 20)
        #expect(fun.pages.first?.displayPath == "Funacius__Fcaj-workshop/content/1-Worklog/week-01.md")
        #expect(fun.pages.first?.weekNumber == 1)
        let kb = try #require(sites["KhanhBang2610__FCAJ_My_Workshop"])
        #expect(kb.pages.filter { $0.lang == "vi" }.count == 12)
        #expect(kb.pages.filter { $0.lang == "en" }.count == 12)
        #expect(result.sites.contains { $0.id == "AnhNgo1702__fcaj-workshop/fcj-workshop" })
    }
}

extension CorpusDiscoveryTests {
    /// No site has two pages of one week in one language (that would mean a language misread).
    @Test(.enabled(if: hasCorpus, "corpus not present"))
    func oneWeekPagePerLanguage() {
        let result = Discovery.discover(paths: [Self.corpus])
        for site in result.sites {
            var seen: [String: String] = [:]
            for page in site.pages where !page.isDayPage {
                let key = "\(page.weekNumber ?? -1)/\(page.lang)"
                #expect(seen[key] == nil, "\(page.displayPath) and \(seen[key] ?? "") share week and language")
                seen[key] = page.displayPath
            }
        }
    }
}
