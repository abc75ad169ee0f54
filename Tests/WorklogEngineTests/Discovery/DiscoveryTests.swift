import Foundation
import Testing
import WorklogEngine
import WorklogModel

@Suite struct DiscoveryTests {
    /// A Hugo site like most of the corpus: `1-Worklog/1.N-WeekN/_index(.vi).md`.
    private func hugoSite(_ tree: TempTree, _ site: String, weeks: ClosedRange<Int>, config: String = "config.toml",
                          configText: String = "baseURL = \"/\"\n") throws {
        try tree.file("\(site)/\(config)", configText)
        try tree.file("\(site)/content/1-Worklog/_index.md", "overview")
        try tree.file("\(site)/content/1-Worklog/_index.vi.md", "tổng quan")
        for w in weeks {
            try tree.file("\(site)/content/1-Worklog/1.\(w)-Week\(w)/_index.md", "week \(w)")
            try tree.file("\(site)/content/1-Worklog/1.\(w)-Week\(w)/_index.vi.md", "tuần \(w)")
        }
    }

    @Test func sitesUnderAFolderAndNestedSites() throws {
        let tree = try TempTree()
        try hugoSite(tree, "alice__report", weeks: 1...2)
        try hugoSite(tree, "bob__repo/fcj-workshop", weeks: 1...1, config: "hugo.toml")
        try tree.file("README.md", "not a site")
        let result = Discovery.discover(paths: [tree.root])

        #expect(result.sites.map(\.id) == ["alice__report", "bob__repo/fcj-workshop"])
        let alice = try #require(result.sites.first)
        #expect(alice.rootPath == tree.path("alice__report"))
        #expect(alice.pages.map(\.displayPath) == [
            "alice__report/content/1-Worklog/1.1-Week1/_index.md",
            "alice__report/content/1-Worklog/1.1-Week1/_index.vi.md",
            "alice__report/content/1-Worklog/1.2-Week2/_index.md",
            "alice__report/content/1-Worklog/1.2-Week2/_index.vi.md",
        ])
        #expect(alice.pages.map(\.weekNumber) == [1, 1, 2, 2])
        #expect(alice.pages.map(\.lang) == ["en", "vi", "en", "vi"])
        #expect(alice.pages.allSatisfy { !$0.isDayPage && $0.dayName == nil })
        #expect(alice.pages[0].path == tree.path("alice__report/content/1-Worklog/1.1-Week1/_index.md"))
        #expect(result.sites[1].pages.count == 2)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func siteGivenDirectlyTakesItsFolderName() throws {
        let tree = try TempTree()
        try hugoSite(tree, "carol__site", weeks: 3...3)
        let result = Discovery.discover(paths: [tree.path("carol__site") + "/"])
        #expect(result.sites.map(\.id) == ["carol__site"])
        #expect(result.sites.first?.pages.first?.path == tree.path("carol__site/content/1-Worklog/1.3-Week3/_index.md"))
        #expect(result.sites.first?.pages.map(\.displayPath) == [
            "carol__site/content/1-Worklog/1.3-Week3/_index.md",
            "carol__site/content/1-Worklog/1.3-Week3/_index.vi.md",
        ])
    }

    @Test func sameIDTwiceTakesFullPaths() throws {
        let tree = try TempTree()
        try hugoSite(tree, "one/dave", weeks: 1...1)
        try hugoSite(tree, "two/dave", weeks: 1...1)
        let result = Discovery.discover(paths: [tree.path("one/dave"), tree.path("two/dave")])
        #expect(result.sites.map(\.id) == [tree.path("one/dave"), tree.path("two/dave")])
        #expect(result.sites.first?.pages.first?.displayPath == tree.path("one/dave") + "/content/1-Worklog/1.1-Week1/_index.md")
    }

    @Test func sameFolderGivenTwiceIsReadOnce() throws {
        let tree = try TempTree()
        try hugoSite(tree, "erin", weeks: 1...2)
        let result = Discovery.discover(paths: [tree.root, tree.path("erin")])
        #expect(result.sites.count == 1)
        #expect(result.pageCount == 4)
        #expect(result.diagnostics.map(\.code) == ["duplicate-input"])
    }

    @Test func singleFileGivenDirectly() throws {
        let tree = try TempTree()
        let file = try tree.file("loose/week-05.vi.md", "tuần 5")
        let result = Discovery.discover(paths: [file])
        let site = try #require(result.sites.first)
        #expect(site.id == "week-05.vi")
        #expect(site.pages == [PageInput(path: file, displayPath: file, lang: "vi", weekNumber: 5)])
    }

    @Test func bareFolderIsItsOwnSiteAndItsIndexIsTheOverview() throws {
        let tree = try TempTree()
        try tree.file("1-Worklog/_index.md", "overview")
        try tree.file("1-Worklog/1.1-Week1/_index.md", "w1")
        try tree.file("1-Worklog/week-02.md", "w2")
        try tree.file("1-Worklog/notes.txt", "not markdown")
        let result = Discovery.discover(paths: [tree.path("1-Worklog")])
        let site = try #require(result.sites.first)
        #expect(site.id == "1-Worklog")
        #expect(site.pages.map(\.displayPath) == ["1-Worklog/1.1-Week1/_index.md", "1-Worklog/week-02.md"])
        #expect(site.pages.map(\.weekNumber) == [1, 2])
    }

    @Test func weekNumberForms() throws {
        let tree = try TempTree()
        try tree.file("s/config.toml")
        for name in ["1.7-Week7/_index.md", "1.1-Week 1 worklog/_index.md", "week_5/_index.md", "week-08/_index.md",
                     "tuan-9/_index.md", "week3.md", "1.10-Week10.md", "1.11-intro/_index.md", "12/_index.md",
                     "misc/readme.md"] {
            try tree.file("s/content/1-Worklog/\(name)", "x")
        }
        let pages = try #require(Discovery.discover(paths: [tree.path("s")]).sites.first).pages
        let weeks = Dictionary(uniqueKeysWithValues: pages.map { ($0.displayPath.split(separator: "/")[3], $0.weekNumber) })
        #expect(weeks == [
            "1.10-Week10.md": 10, "1.11-intro": 11, "1.1-Week 1 worklog": 1, "1.7-Week7": 7, "12": 12,
            "misc": nil, "tuan-9": 9, "week-08": 8, "week3.md": 3, "week_5": 5,
        ])
        // Byte order: `1.1-` < `1.10` < `1.11` < `1.7` < `12` < `misc` < `tuan` < `week-` < `week3` < `week_`.
        #expect(pages.map { String($0.displayPath.split(separator: "/")[3]) } == [
            "1.1-Week 1 worklog", "1.10-Week10.md", "1.11-intro", "1.7-Week7", "12", "misc", "tuan-9",
            "week-08", "week3.md", "week_5",
        ])
    }

    @Test func nestedWeekFoldersNamedLikeWorklog() throws {
        let tree = try TempTree()
        try tree.file("repo/a/b/config.toml")
        try tree.file("repo/a/b/content/1-Worklog/_index.md")
        try tree.file("repo/a/b/content/1-Worklog/Worklog_week1.10/_index.md", "x")
        try tree.file("repo/a/b/content/1-Worklog/Worklog_week1.2/_index.vi.md", "x")
        let result = Discovery.discover(paths: [tree.root])
        let site = try #require(result.sites.first)
        #expect(site.id == "repo/a/b")
        #expect(site.pages.map(\.weekNumber) == [10, 2])
        #expect(site.pages.map(\.lang) == ["en", "vi"])
    }

    @Test func worklogFolderNames() throws {
        let tree = try TempTree()
        try tree.file("misspelt/content/1-Worlog/1.1-week1/_index.md", "x")
        try tree.file("dashed/content/work-log/week-1.md", "x")
        try tree.file("camel/content/docs/1-WorkLog/week-1.md", "x")
        try tree.file("both/content/1-Worklog/week-1.md", "x")
        try tree.file("both/content/2-Worlog/week-9.md", "x")
        try tree.file("none/content/posts/week-1.md", "x")
        let result = Discovery.discover(paths: [tree.root])
        let pages = Dictionary(uniqueKeysWithValues: result.sites.map { ($0.id, $0.pages.map(\.displayPath)) })
        #expect(pages == [
            "both": ["both/content/1-Worklog/week-1.md"],
            "camel": ["camel/content/docs/1-WorkLog/week-1.md"],
            "dashed": ["dashed/content/work-log/week-1.md"],
            "misspelt": ["misspelt/content/1-Worlog/1.1-week1/_index.md"],
            "none": [],
        ])
        #expect(result.diagnostics.map { "\($0.code) \($0.location.path)" } == [
            "worklog-folder-misspelled misspelt/content/1-Worlog",
            "no-worklog-folder none",
        ])
    }

    @Test func defaultLanguageFromConfig() throws {
        let tree = try TempTree()
        try tree.file("toml/config.toml", "baseURL = \"/\"\ndefaultContentLanguage = \"vi\" # Vietnamese first\n")
        try tree.file("toml/content/1-worklog/1.1-week1/_index.md", "x")
        try tree.file("toml/content/1-worklog/1.1-week1/_index.en.md", "x")
        try tree.file("yaml/hugo.yaml", "title: x\ndefaultContentLanguage: vi\n")
        try tree.file("yaml/content/worklog/week-1.md", "x")
        try tree.file("split/config/_default/hugo.toml", "defaultContentLanguage = 'vi'\n")
        try tree.file("split/content/worklog/week-1.md", "x")
        try tree.file("plain/config.toml", "[languages.vi]\nweight = 2\n")
        try tree.file("plain/content/worklog/week-1.md", "x")
        let result = Discovery.discover(paths: [tree.root])
        let langs = Dictionary(uniqueKeysWithValues: result.sites.map { ($0.id, $0.pages.map(\.lang)) })
        // `_index.en.md` sorts before `_index.md`.
        #expect(langs == ["plain": ["en"], "split": ["vi"], "toml": ["en", "vi"], "yaml": ["vi"]])
        #expect(result.sites.map(\.defaultLanguage) == ["en", "vi", "vi", "vi"])
    }

    @Test func perLanguageContentFolders() throws {
        let tree = try TempTree()
        try tree.file("dirs/config.toml", """
            defaultContentLanguage = "en"
            [languages]
              [languages.en]
              contentDir = "content/english"
              weight = 1
              [languages.vi]
              contentDir = "content/vietnamese"
            """)
        try tree.file("dirs/content/english/1-Worklog/1.1-Week1/_index.md", "x")
        try tree.file("dirs/content/vietnamese/1-Worklog/1.1-Week1/_index.md", "x")
        try tree.file("yml/config.yaml", """
            languages:
              en:
                weight: 1
              vi:
                contentDir: content/vi
            defaultContentLanguage: en
            """)
        try tree.file("yml/content/vi/worklog/week-2.md", "x")
        try tree.file("yml/content/worklog/week-2.md", "x")
        try tree.file("bare/config.toml", "")
        try tree.file("bare/content/vi/1-Worklog/week-3.md", "x")
        try tree.file("bare/content/en/1-Worklog/week-3.md", "x")
        let result = Discovery.discover(paths: [tree.root])
        let pages = Dictionary(uniqueKeysWithValues: result.sites.map { ($0.id, $0.pages.map { "\($0.lang) \($0.weekNumber ?? -1) \($0.displayPath)" }) })
        #expect(pages == [
            "bare": ["en 3 bare/content/en/1-Worklog/week-3.md", "vi 3 bare/content/vi/1-Worklog/week-3.md"],
            "dirs": ["en 1 dirs/content/english/1-Worklog/1.1-Week1/_index.md",
                     "vi 1 dirs/content/vietnamese/1-Worklog/1.1-Week1/_index.md"],
            "yml": ["vi 2 yml/content/vi/worklog/week-2.md", "en 2 yml/content/worklog/week-2.md"],
        ])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func nonHugoSiteWithLeafBundlesAndIndexOverview() throws {
        let tree = try TempTree()
        try tree.file("plain/content/worklog/index.en.md", "overview")
        try tree.file("plain/content/worklog/index.vi.md", "overview")
        try tree.file("plain/content/worklog/week-1.en.md", "x")
        try tree.file("plain/content/worklog/week-1.vi.md", "x")
        try tree.file("bundles/config.toml")
        try tree.file("bundles/content/1-Worklog/index.md", "overview")
        try tree.file("bundles/content/1-Worklog/Week4/index.vi.md", "x")
        let result = Discovery.discover(paths: [tree.root])
        #expect(result.sites.map { $0.pages.map(\.displayPath) } == [
            ["bundles/content/1-Worklog/Week4/index.vi.md"],
            ["plain/content/worklog/week-1.en.md", "plain/content/worklog/week-1.vi.md"],
        ])
        #expect(result.sites.map { $0.pages.map(\.weekNumber) } == [[4], [1, 1]])
    }

    @Test func dayPages() throws {
        let tree = try TempTree()
        try tree.file("s/config.toml")
        try tree.file("s/content/1-Worklog/1.3-Week3/_index.md", "week 3")
        try tree.file("s/content/1-Worklog/1.3-Week3/1.3.2-Day12-2025-09-23/_index.md", "day")
        try tree.file("s/content/1-Worklog/1.3-Week3/1.3.2-Day12-2025-09-23/_index.vi.md", "ngày")
        try tree.file("s/content/1-Worklog/week4/day-2.md", "day")
        try tree.file("s/content/1-Worklog/week4/summary.md", "week")
        let pages = try #require(Discovery.discover(paths: [tree.path("s")]).sites.first).pages
        #expect(pages.map { "\($0.weekNumber ?? -1) \($0.lang) \($0.isDayPage) \($0.dayName ?? "-")" } == [
            "3 en true 1.3.2-Day12-2025-09-23",
            "3 vi true 1.3.2-Day12-2025-09-23",
            "3 en false -",
            "4 en true day-2",
            "4 en false -",
        ])
    }

    @Test func languageSuffixes() throws {
        let tree = try TempTree()
        try tree.file("s/config/_default/hugo.toml", "defaultContentLanguage = \"vi\"\n")
        try tree.file("s/config/_default/languages.toml", "[vi]\nweight = 1\n[fil]\ncontentDir = \"content/filipino\"\n")
        try tree.file("s/content/worklog/week-1.EN.md", "x")
        try tree.file("s/content/worklog/week-2.fil.md", "x")
        try tree.file("s/content/worklog/week-3.bak.md", "x")
        try tree.file("s/content/worklog/week-4.md.md", "x")
        try tree.file("s/content/filipino/worklog/week-5.md", "x")
        let site = try #require(Discovery.discover(paths: [tree.path("s")]).sites.first)
        #expect(site.pages.map { "\($0.lang) \($0.weekNumber ?? -1)" } == ["fil 5", "en 1", "fil 2", "vi 3", "vi 4"])
    }
}
