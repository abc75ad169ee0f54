import WorklogModel
import WorklogParser

/// The state of one discovery run: sites found so far and their diagnostics.
///
/// Site ids are settled only at the end (two sites with one id both take their full path),
/// so pages and site diagnostics keep paths relative to the site until `finish()`.
final class DiscoveryWalk {
    /// A site as found, before its id is settled.
    fileprivate struct FoundSite: Sendable {
        var relativeID: String
        var rootPath: String
        var defaultLanguage: String
        var pages: [FoundPage]
        var diagnostics: [SiteDiagnostic]
        /// Language keys of the site's config: also accepted as longer file suffixes (`.fil.md`).
        var languages: Set<String> = []
        /// A `.md` file given directly: its display path is the path as given.
        var isSingleFile = false
    }

    fileprivate struct FoundPage: Sendable {
        var path: String
        /// Below the site folder, `/`-separated.
        var relativePath: String
        var lang: String
        var weekNumber: Int?
        var isDayPage: Bool
        var dayName: String?
    }

    fileprivate struct SiteDiagnostic: Sendable {
        var severity: Severity
        var code: String
        /// Below the site folder; empty for the site itself.
        var relativePath: String
        var message: String
    }

    /// Where a worklog folder search starts: `content/`, or a per-language content folder.
    private struct ContentRoot {
        var path: String
        var relative: [String]
        var lang: String?
    }

    private struct WorklogFolder {
        var path: String
        var relative: [String]
        var lang: String?
        /// Its own `_index*.md` is the overview, not a week (false for a `Worklog_week1.3` folder).
        var hasOverview: Bool
    }

    /// How deep the search for sites and worklog folders goes; real layouts need 3.
    static let maxSearchDepth = 8
    /// Folders never searched for sites: they hold themes' example sites or build output.
    static let skippedFolderNames: Set<String> = ["node_modules", "themes", "exampleSite", "_vendor"]

    /// Sites in the order found; those still to walk are walked in `finish`, several at once.
    private var sites: [PendingSite] = []

    /// A site found by the search: ready (a single file) or its folder still to walk.
    fileprivate enum PendingSite: Sendable {
        case ready(FoundSite)
        case walk(root: String, relativeID: String, names: [String], isBare: Bool)
    }

    /// Sites walked at once in `finish` (each walk reads only its own site's folders).
    private let jobs: Int
    private var diagnostics: [Diagnostic] = []
    private var siteRoots: Set<FileSystem.FileID> = []
    private var reader = FileReader()

    init(jobs: Int = 1) { self.jobs = max(1, jobs) }

    // MARK: - Command-line paths

    func addInput(_ path: String) {
        let at = SourceLocation(path: path)
        let info: FileSystem.Info
        switch FileSystem.info(path, follow: true) {
        case .success(let found):
            info = found
        case .failure(let err):
            if case .success(let link) = FileSystem.info(path, follow: false), link.kind == .symlink {
                diagnostics.append(Diagnostic(.error, DiscoveryDiagnosticCode.brokenSymlink, at: at,
                                              "symlink given on the command line leads nowhere: \(err)"))
            } else {
                diagnostics.append(Diagnostic(.error, DiscoveryDiagnosticCode.inputNotFound, at: at,
                                              "no such file or folder: \(err)"))
            }
            return
        }

        switch info.kind {
        case .directory:
            addDirectoryInput(path, id: info.id)
        case .regular where isMarkdownName(FileSystem.baseName(path)):
            addFileInput(path, id: info.id)
        case .regular:
            diagnostics.append(Diagnostic(.warning, DiscoveryDiagnosticCode.inputNotMarkdown, at: at,
                                          "not a Markdown (.md) file; ignored"))
        case .symlink, .other:
            diagnostics.append(Diagnostic(.warning, DiscoveryDiagnosticCode.inputNotMarkdown, at: at,
                                          "not a regular file or folder (pipe, socket or device); ignored"))
        }
    }

    /// A single file given directly is its own site.
    private func addFileInput(_ path: String, id: FileSystem.FileID) {
        guard siteRoots.insert(id).inserted else {
            diagnostics.append(Diagnostic(.info, DiscoveryDiagnosticCode.duplicateInput, at: SourceLocation(path: path),
                                          "file given twice; read once"))
            return
        }
        let name = FileSystem.baseName(path)
        let (base, suffixLang) = Self.splitLanguage(Self.dropMarkdownExtension(name))
        let isDay = WeekNumber.isDayName(base)
        let page = FoundPage(
            path: path, relativePath: name, lang: suffixLang ?? "en",
            weekNumber: WeekNumber.fromName(name), isDayPage: isDay, dayName: isDay ? base : nil)
        sites.append(.ready(FoundSite(relativeID: Self.dropMarkdownExtension(name), rootPath: path, defaultLanguage: "en",
                                      pages: [page], diagnostics: [], isSingleFile: true)))
    }

    private func addDirectoryInput(_ path: String, id: FileSystem.FileID) {
        var ownName = FileSystem.baseName(path)
        if ownName == "." || ownName == ".." || ownName == "/" || ownName.isEmpty {
            ownName = FileSystem.realPath(path).map(FileSystem.baseName) ?? ownName
        }
        let names: [String]
        switch FileSystem.list(path) {
        case .success(let list): names = list
        case .failure(let err):
            diagnostics.append(Diagnostic(.error, DiscoveryDiagnosticCode.unreadableFolder, at: SourceLocation(path: path),
                                          "cannot list folder: \(err)"))
            return
        }
        if isSite(path, names: names) {
            addSite(root: path, id: id, relativeID: ownName, names: names, isBare: false)
            return
        }
        let before = sites.count
        var visited: Set<FileSystem.FileID> = [id]
        searchSites(in: path, names: names, relative: [], depth: 1, visited: &visited, inputPath: path)
        if sites.count == before {
            // A bare folder given directly is its own site.
            addSite(root: path, id: id, relativeID: ownName, names: names, isBare: true)
        }
    }

    // MARK: - Sites

    private func isSite(_ dir: String, names: [String]) -> Bool {
        let nameSet = Set(names)
        if nameSet.contains("content"), kind(FileSystem.join(dir, "content")) == .directory { return true }
        for file in HugoConfig.rootFileNames where nameSet.contains(file) {
            if kind(FileSystem.join(dir, file)) == .regular { return true }
        }
        if nameSet.contains("config") {
            let defaults = FileSystem.join(FileSystem.join(dir, "config"), "_default")
            for file in HugoConfig.defaultDirFileNames where kind(FileSystem.join(defaults, file)) == .regular {
                return true
            }
        }
        return false
    }

    private func kind(_ path: String) -> FileSystem.Kind? {
        if case .success(let info) = FileSystem.info(path, follow: true) { return info.kind }
        return nil
    }

    private func searchSites(
        in dir: String, names: [String], relative: [String], depth: Int,
        visited: inout Set<FileSystem.FileID>, inputPath: String
    ) {
        guard depth <= Self.maxSearchDepth else { return }
        for name in names where !name.hasPrefix(".") && !Self.skippedFolderNames.contains(name) {
            let child = FileSystem.join(dir, name)
            let display = FileSystem.join(inputPath, (relative + [name]).joined(separator: "/"))
            guard let info = resolve(child, display: display, into: &diagnostics), info.kind == .directory else { continue }
            guard visited.insert(info.id).inserted else {
                diagnostics.append(Diagnostic(.warning, DiscoveryDiagnosticCode.symlinkLoop, at: SourceLocation(path: display),
                                              "leads to a folder already walked; not followed again"))
                continue
            }
            let childNames: [String]
            switch FileSystem.list(child) {
            case .success(let list): childNames = list
            case .failure(let err):
                diagnostics.append(Diagnostic(.error, DiscoveryDiagnosticCode.unreadableFolder, at: SourceLocation(path: display),
                                              "cannot list folder: \(err)"))
                continue
            }
            if isSite(child, names: childNames) {
                addSite(root: child, id: info.id, relativeID: (relative + [name]).joined(separator: "/"),
                        names: childNames, isBare: false)
            } else {
                searchSites(in: child, names: childNames, relative: relative + [name], depth: depth + 1,
                            visited: &visited, inputPath: inputPath)
            }
        }
    }

    private func addSite(root: String, id: FileSystem.FileID, relativeID: String, names: [String], isBare: Bool) {
        guard siteRoots.insert(id).inserted else {
            diagnostics.append(Diagnostic(.info, DiscoveryDiagnosticCode.duplicateInput, at: SourceLocation(path: root),
                                          "site reached twice from the command line; read once"))
            return
        }
        sites.append(.walk(root: root, relativeID: relativeID, names: names, isBare: isBare))
    }

    /// Reads a site's config and walks its worklog folders: touches nothing but the site
    /// and this walk's config reader, so separate walks may run at once.
    fileprivate func walkSite(root: String, relativeID: String, names: [String], isBare: Bool) -> FoundSite {
        var site = FoundSite(relativeID: relativeID, rootPath: root, defaultLanguage: "en", pages: [], diagnostics: [])
        let config = isBare ? HugoConfig() : readConfig(root, names: names, site: &site)
        site.defaultLanguage = config.defaultLanguage ?? "en"
        site.languages = Set(config.languages)

        var folders: [WorklogFolder] = []
        if isBare {
            let found = findWorklogFolders(ContentRoot(path: root, relative: [], lang: nil), excluded: [], site: &site)
            // A bare folder without a worklog folder inside is read as the worklog folder itself.
            folders = found.isEmpty
                ? [WorklogFolder(path: root, relative: [], lang: nil,
                                 hasOverview: WeekNumber.fromName(FileSystem.baseName(root)) == nil)]
                : found
        } else {
            let (roots, excluded) = contentRoots(root, names: names, config: config)
            for contentRoot in roots {
                folders += findWorklogFolders(contentRoot, excluded: contentRoot.lang == nil ? excluded : [], site: &site)
            }
            if folders.isEmpty {
                site.diagnostics.append(SiteDiagnostic(
                    severity: .warning, code: DiscoveryDiagnosticCode.noWorklogFolder, relativePath: "",
                    message: roots.isEmpty
                        ? "site has no content/ folder"
                        : "no folder named like `worklog` below content/"))
            }
        }

        for folder in folders {
            var visited: Set<FileSystem.FileID> = []
            if case .success(let info) = FileSystem.info(folder.path, follow: true) { visited.insert(info.id) }
            walkPages(in: folder.path, folder: folder, below: [], depth: 1, visited: &visited, site: &site)
        }
        if site.pages.isEmpty && !folders.isEmpty {
            site.diagnostics.append(SiteDiagnostic(
                severity: .warning, code: DiscoveryDiagnosticCode.noPages, relativePath: "",
                message: "no week page (.md file) in the worklog folder"))
        }
        return site
    }

    /// Hugo config files at the site's root, then under `config/_default/`.
    private func readConfig(_ root: String, names: [String], site: inout FoundSite) -> HugoConfig {
        var config = HugoConfig()
        let nameSet = Set(names)
        func readFile(_ path: String, relative: String, name: String) {
            var text = ""
            if let problem = reader.read(path, displayPath: relative, { text = String(decoding: $0, as: UTF8.self) }) {
                site.diagnostics.append(SiteDiagnostic(severity: problem.severity, code: problem.code,
                                                       relativePath: relative, message: problem.message))
                return
            }
            config.read(text, format: HugoConfig.format(ofFileName: name), isLanguagesFile: name.hasPrefix("languages."))
        }
        for name in HugoConfig.rootFileNames where nameSet.contains(name) {
            readFile(FileSystem.join(root, name), relative: name, name: name)
        }
        if nameSet.contains("config") {
            let defaults = FileSystem.join(FileSystem.join(root, "config"), "_default")
            if case .success(let list) = FileSystem.list(defaults) {
                let present = Set(list)
                for name in HugoConfig.defaultDirFileNames where present.contains(name) {
                    readFile(FileSystem.join(defaults, name), relative: "config/_default/" + name, name: name)
                }
            }
        }
        return config
    }

    /// Per-language content folders first (`contentDir`, or `content/vi` named after a
    /// language), then `content/` without them.
    private func contentRoots(_ root: String, names: [String], config: HugoConfig)
        -> ([ContentRoot], Set<FileSystem.FileID>)
    {
        var roots: [ContentRoot] = []
        var excluded: Set<FileSystem.FileID> = []
        func addLanguageRoot(_ relative: [String], lang: String) {
            let path = relative.reduce(root, FileSystem.join)
            guard case .success(let info) = FileSystem.info(path, follow: true), info.kind == .directory,
                  excluded.insert(info.id).inserted
            else { return }
            roots.append(ContentRoot(path: path, relative: relative, lang: lang))
        }
        for lang in config.contentDirs.keys.sorted() {
            guard let dir = config.contentDirs[lang] else { continue }
            let parts = dir.split(separator: "/").map(String.init).filter { $0 != "." && !$0.isEmpty }
            if !parts.isEmpty, !dir.hasPrefix("/"), !parts.contains("..") { addLanguageRoot(parts, lang: lang) }
        }
        let content = FileSystem.join(root, "content")
        if names.contains("content"), kind(content) == .directory {
            let languageNames = Set(config.languages + ["en", "vi"])
            if case .success(let children) = FileSystem.list(content) {
                for child in children where languageNames.contains(child.lowercased()) {
                    addLanguageRoot(["content", child], lang: child.lowercased())
                }
            }
            roots.append(ContentRoot(path: content, relative: ["content"], lang: nil))
        }
        return (roots, excluded)
    }

    // MARK: - Worklog folders

    /// The outermost folders below `root` named like `worklog`; one-letter-off names only
    /// when no folder has the right name.
    private func findWorklogFolders(
        _ root: ContentRoot, excluded: Set<FileSystem.FileID>, site: inout FoundSite
    ) -> [WorklogFolder] {
        var exact: [WorklogFolder] = []
        var near: [WorklogFolder] = []
        var visited: Set<FileSystem.FileID> = excluded
        if case .success(let info) = FileSystem.info(root.path, follow: true) { visited.insert(info.id) }

        func search(_ dir: String, relative: [String], depth: Int) {
            guard depth <= Self.maxSearchDepth,
                  let names = listOrReport(dir, relative: relative, site: &site) else { return }
            for name in names where !name.hasPrefix(".") {
                let child = FileSystem.join(dir, name)
                let childRelative = relative + [name]
                guard let info = resolve(child, relative: childRelative, site: &site), info.kind == .directory,
                      visited.insert(info.id).inserted
                else { continue }
                let hasWeek = WeekNumber.fromName(name) != nil
                switch WorklogName.match(name) {
                case .exact:
                    exact.append(WorklogFolder(path: child, relative: childRelative, lang: root.lang, hasOverview: !hasWeek))
                case .oneLetterOff:
                    near.append(WorklogFolder(path: child, relative: childRelative, lang: root.lang, hasOverview: !hasWeek))
                case .none:
                    search(child, relative: childRelative, depth: depth + 1)
                }
            }
        }
        search(root.path, relative: root.relative, depth: 1)
        if !exact.isEmpty { return exact }
        for folder in near {
            site.diagnostics.append(SiteDiagnostic(
                severity: .warning, code: DiscoveryDiagnosticCode.worklogFolderMisspelled,
                relativePath: folder.relative.joined(separator: "/"),
                message: "folder name is one letter off `worklog`; read as the worklog folder"))
        }
        return near
    }

    /// The names in a site's folder, or nil with an `unreadable-folder` error on the site.
    private func listOrReport(_ dir: String, relative: [String], site: inout FoundSite) -> [String]? {
        switch FileSystem.list(dir) {
        case .success(let list):
            return list
        case .failure(let err):
            site.diagnostics.append(SiteDiagnostic(
                severity: .error, code: DiscoveryDiagnosticCode.unreadableFolder,
                relativePath: relative.joined(separator: "/"), message: "cannot list folder: \(err)"))
            return nil
        }
    }

    // MARK: - Pages

    private func walkPages(
        in dir: String, folder: WorklogFolder, below: [String], depth: Int,
        visited: inout Set<FileSystem.FileID>, site: inout FoundSite
    ) {
        let relative = folder.relative + below
        guard depth <= Self.maxSearchDepth,
              let names = listOrReport(dir, relative: relative, site: &site) else { return }
        for name in names where !name.hasPrefix(".") {
            let child = FileSystem.join(dir, name)
            let childRelative = relative + [name]
            guard let info = resolve(child, relative: childRelative, site: &site) else { continue }
            switch info.kind {
            case .directory:
                if isMarkdownName(name) {
                    site.diagnostics.append(SiteDiagnostic(
                        severity: .info, code: DiscoveryDiagnosticCode.folderNamedLikePage,
                        relativePath: childRelative.joined(separator: "/"),
                        message: "a folder named like a page; walked as a folder"))
                }
                guard visited.insert(info.id).inserted else {
                    site.diagnostics.append(SiteDiagnostic(
                        severity: .warning, code: DiscoveryDiagnosticCode.symlinkLoop,
                        relativePath: childRelative.joined(separator: "/"),
                        message: "leads to a folder already walked; not followed again"))
                    continue
                }
                walkPages(in: child, folder: folder, below: below + [name], depth: depth + 1,
                          visited: &visited, site: &site)
            case .regular:
                if isMarkdownName(name), let page = makePage(child, name: name, folder: folder, below: below, site: site) {
                    site.pages.append(page)
                }
            case .symlink, .other:
                if isMarkdownName(name) {
                    site.diagnostics.append(SiteDiagnostic(
                        severity: .warning, code: DiscoveryDiagnosticCode.notARegularFile,
                        relativePath: childRelative.joined(separator: "/"),
                        message: "not a regular file (pipe, socket or device); skipped"))
                }
            }
        }
    }

    /// A week or day page, or nil for the worklog folder's own overview.
    private func makePage(_ path: String, name: String, folder: WorklogFolder, below: [String], site: FoundSite) -> FoundPage? {
        let (base, suffixLang) = Self.splitLanguage(Self.dropMarkdownExtension(name), known: site.languages)
        let isIndex = base.lowercased() == "_index" || base.lowercased() == "index"
        if below.isEmpty, isIndex, folder.hasOverview { return nil }

        var weekNumber: Int?
        var isDay: Bool
        if let weekIndex = below.firstIndex(where: { WeekNumber.fromName($0) != nil }) {
            // The outermost folder with a week number is the week folder; anything deeper is a day.
            weekNumber = WeekNumber.fromName(below[weekIndex])
            isDay = weekIndex < below.count - 1 || (!isIndex && WeekNumber.isDayName(base))
        } else {
            weekNumber = isIndex ? nil : WeekNumber.fromName(base)
            isDay = isIndex ? (below.last.map(WeekNumber.isDayName) ?? false) : WeekNumber.isDayName(base)
        }
        if !isDay, weekNumber == nil, !folder.hasOverview, below.isEmpty {
            // The worklog folder is itself a week folder (`Worklog_week1.3`).
            weekNumber = WeekNumber.fromName(FileSystem.baseName(folder.path))
        }
        var dayName: String?
        if isDay {
            dayName = isIndex || !WeekNumber.isDayName(base) ? (below.last ?? base) : base
        }
        return FoundPage(
            path: path, relativePath: (folder.relative + below + [name]).joined(separator: "/"),
            lang: suffixLang ?? folder.lang ?? site.defaultLanguage,
            weekNumber: weekNumber, isDayPage: isDay, dayName: dayName)
    }

    // MARK: - Entries

    /// The entry's target kind, symlinks followed; nil (with a diagnostic) for a broken one.
    private func resolve(_ path: String, relative: [String], site: inout FoundSite) -> FileSystem.Info? {
        var local: [Diagnostic] = []
        let info = resolve(path, display: relative.joined(separator: "/"), into: &local)
        for d in local {
            site.diagnostics.append(SiteDiagnostic(severity: d.severity, code: d.code,
                                                   relativePath: d.location.path, message: d.message))
        }
        return info
    }

    private func resolve(_ path: String, display: String, into sink: inout [Diagnostic]) -> FileSystem.Info? {
        switch FileSystem.info(path, follow: false) {
        case .failure(let err):
            sink.append(Diagnostic(.error, DiscoveryDiagnosticCode.unreadableFile, at: SourceLocation(path: display),
                                   "cannot inspect entry: \(err)"))
            return nil
        case .success(let info) where info.kind != .symlink:
            return info
        case .success:
            switch FileSystem.info(path, follow: true) {
            case .success(let target): return target
            case .failure(let err):
                sink.append(Diagnostic(.warning, DiscoveryDiagnosticCode.brokenSymlink, at: SourceLocation(path: display),
                                       err.isLoop ? "symlink loop; skipped" : "symlink leads nowhere (\(err)); skipped"))
                return nil
            }
        }
    }

    private func isMarkdownName(_ name: String) -> Bool {
        name.utf8.count > 3 && name.lowercased().hasSuffix(".md")
    }

    static func dropMarkdownExtension(_ name: String) -> String {
        name.lowercased().hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// `_index.vi` gives (`_index`, `vi`); `1.1-Week1` gives (`1.1-Week1`, nil). A suffix is a
    /// language when it is two letters (ISO 639-1; not `md`) or a language key of the config.
    static func splitLanguage(_ stem: String, known: Set<String> = []) -> (String, String?) {
        guard let dot = stem.lastIndex(of: "."), dot > stem.startIndex else { return (stem, nil) }
        let suffix = stem[stem.index(after: dot)...].lowercased()
        let isCode = suffix.count == 2 && suffix != "md" && suffix.allSatisfy { $0.isASCII && $0.isLetter }
        guard isCode || known.contains(suffix) else { return (stem, nil) }
        return (String(stem[..<dot]), suffix)
    }

    // MARK: - Result

    func finish() -> DiscoveryResult {
        let pending = self.sites
        let sites = ParallelMap.run(
            count: pending.count, workers: jobs,
            makeState: { DiscoveryWalk() },
            body: { walk, index -> FoundSite in
                switch pending[index] {
                case .ready(let site):
                    return site
                case .walk(let root, let relativeID, let names, let isBare):
                    return walk.walkSite(root: root, relativeID: relativeID, names: names, isBare: isBare)
                }
            })
        var idCounts: [String: Int] = [:]
        for site in sites { idCounts[site.relativeID, default: 0] += 1 }
        var result: [SiteInput] = []
        for site in sites {
            let id = (idCounts[site.relativeID] ?? 0) > 1 ? site.rootPath : site.relativeID
            func display(_ relative: String) -> String {
                if site.isSingleFile { return site.rootPath }
                return relative.isEmpty ? id : id + "/" + relative
            }
            let pages = site.pages
                .sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
                .map {
                    PageInput(path: $0.path, displayPath: display($0.relativePath), lang: $0.lang,
                              weekNumber: $0.weekNumber, isDayPage: $0.isDayPage, dayName: $0.dayName)
                }
            for d in site.diagnostics {
                diagnostics.append(Diagnostic(d.severity, d.code, at: SourceLocation(path: display(d.relativePath)), d.message))
            }
            result.append(SiteInput(id: id, rootPath: site.rootPath, defaultLanguage: site.defaultLanguage, pages: pages))
        }
        result.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        return DiscoveryResult(sites: result, diagnostics: Diagnostic.sortedForReport(diagnostics))
    }
}
