import WorklogModel
import WorklogParser

/// Turns the loaded pages of one site into an intern: week numbers, day pages merged
/// into their week, duplicate pages merged, dates resolved, one language per week.
struct SiteAssembler {
    let site: SiteInput
    let pages: [LoadedPage]
    let preferredLanguage: String

    struct Output {
        var intern: Intern
        var statistics: ReadStatistics
    }

    /// The pages of one intern, week and language, before dates are resolved.
    private struct WeekBucket {
        var week: Int
        var lang: String
        var mainPages: [(input: PageInput, page: ParsedPage)] = []
        var dayPages: [(input: PageInput, page: ParsedPage)] = []
    }

    /// A bucket merged into one page; `entryPaths[i]` is where `page.entries[i]` was read.
    private struct MergedWeek {
        var week: Int
        var lang: String
        var source: String
        var page: ParsedPage
        var entryPaths: [String]
        /// Labels that replace `dayText` in the report: a day page's name.
        var entryLabels: [Int: String]
        var diagnostics: [Diagnostic]
    }

    func assemble() -> Output {
        var statistics = ReadStatistics()
        statistics.sites = 1
        var siteDiagnostics: [Diagnostic] = []
        var buckets: [String: WeekBucket] = [:]

        for loaded in pages {
            statistics.filesRead += 1
            statistics.bytesRead += loaded.byteCount
            if let diagnostic = loaded.readDiagnostic { siteDiagnostics.append(diagnostic) }
            guard let page = loaded.parsed else { continue }
            let input = loaded.input
            let at = SourceLocation(path: input.displayPath, line: 1, column: 1)
            if page.frontMatter.draft {
                statistics.draftPages += 1
                siteDiagnostics.append(contentsOf: page.diagnostics)
                siteDiagnostics.append(Diagnostic(.info, EngineCode.draftSkipped, at: at, "draft page skipped"))
                continue
            }
            guard let week = weekNumber(of: input, page: page, diagnostics: &siteDiagnostics) else {
                siteDiagnostics.append(contentsOf: page.diagnostics)
                siteDiagnostics.append(Diagnostic(
                    .warning, EngineCode.noWeekNumber, at: at,
                    "no week number in the file or folder name, the title or `pre`; page skipped"))
                continue
            }
            if input.isDayPage {
                statistics.dayPages += 1
            } else {
                statistics.pagesByStyle[page.style.rawValue, default: [:]][input.lang, default: 0] += 1
            }
            let key = "\(week)\u{1F}\(input.lang)"
            // Appended in place: a bucket copied out of the dictionary would copy its arrays.
            if input.isDayPage {
                buckets[key, default: WeekBucket(week: week, lang: input.lang)].dayPages.append((input, page))
            } else {
                buckets[key, default: WeekBucket(week: week, lang: input.lang)].mainPages.append((input, page))
            }
        }

        let merged = buckets.values
            .sorted { ($0.week, $0.lang) < ($1.week, $1.lang) }
            .map(merge)
        let resolved = DateReader.resolveSite(merged.map {
            SitePageDates(page: $0.page, path: $0.source, lang: $0.lang, weekNumber: $0.week)
        })

        var byWeek: [Int: [WeekLog]] = [:]
        for (week, dates) in zip(merged, resolved) {
            let log = weekLog(week, dates: dates)
            statistics.dateOrders[site.id, default: [:]][week.lang, default: [:]][dates.order.rawValue, default: 0] += 1
            byWeek[week.week, default: []].append(log)
            siteDiagnostics.append(contentsOf: log.diagnostics)
        }
        let weeks = byWeek.keys.sorted().compactMap { chooseLanguage(byWeek[$0] ?? []) }
        let intern = Intern(
            id: site.id, weeks: weeks, diagnostics: Diagnostic.sortedForReport(siteDiagnostics))
        return Output(intern: intern, statistics: statistics)
    }

    /// Folder or file name first; else the title, else `pre`. A disagreeing title is reported.
    private func weekNumber(of input: PageInput, page: ParsedPage, diagnostics: inout [Diagnostic]) -> Int? {
        let title = page.frontMatter.title ?? page.headingTitle
        let fromTitle = title.flatMap(WeekNumber.fromTitle)
        let fromPre = page.frontMatter.pre.flatMap(WeekNumber.fromPre)
        guard let fromName = input.weekNumber else { return fromTitle ?? fromPre }
        if !input.isDayPage, let other = fromTitle ?? fromPre, other != fromName {
            diagnostics.append(Diagnostic(
                .warning, EngineCode.weekNumberConflict,
                at: SourceLocation(path: input.displayPath, line: 1, column: 1),
                "the title or `pre` says week \(other) but the folder or file name says week \(fromName); using \(fromName)"))
        }
        return fromName
    }

    private func merge(_ bucket: WeekBucket) -> MergedWeek {
        let mains = bucket.mainPages.sorted { $0.input.displayPath < $1.input.displayPath }
        let days = bucket.dayPages.sorted { $0.input.displayPath < $1.input.displayPath }
        let source = (mains.first ?? days.first)?.input.displayPath ?? site.id
        var page = mains.first?.page ?? ParsedPage()
        var entryPaths = Array(repeating: source, count: page.entries.count)
        var diagnostics = page.diagnostics
        page.diagnostics = []

        for extra in mains.dropFirst() {
            diagnostics.append(Diagnostic(
                .warning, EngineCode.duplicateWeekPage,
                at: SourceLocation(path: extra.input.displayPath, line: 1, column: 1),
                "a second page for week \(bucket.week) (\(bucket.lang)) besides \(source); both are counted as one week"))
            append(extra.page, from: extra.input.displayPath, to: &page, entryPaths: &entryPaths)
            diagnostics.append(contentsOf: extra.page.diagnostics)
        }
        var entryLabels: [Int: String] = [:]
        for day in days {
            var dayPage = day.page
            if dayPage.entries.isEmpty {
                // A day page with no table of its own is one day entry, dated by its name
                // (`1.3.2-Day12-2025-09-23`) or else its front matter. The name's `Day12` counts
                // days of the internship, not of the week, so it is no weekday label.
                let name = day.input.dayName ?? ""
                let dated = DateReader.scan(name).isEmpty ? (dayPage.frontMatter.date ?? "") : name
                entryLabels[page.entries.count] = name
                dayPage.entries = [EntryDraft(
                    line: max(1, dayPage.frontMatter.lineCount + 1), dateText: dated,
                    tasks: dayPage.looseTasks, references: dayPage.references, tableIndex: -1)]
                dayPage.looseTasks = []
                dayPage.references = []
            }
            append(dayPage, from: day.input.displayPath, to: &page, entryPaths: &entryPaths)
            diagnostics.append(contentsOf: day.page.diagnostics)
            if page.style != .table && (dayPage.style == .table || dayPage.style == .list) {
                page.style = dayPage.style
            }
        }
        if page.style == .empty && page.taskCount > 0 { page.style = .list }
        if page.taskCount == 0 {
            diagnostics.append(Diagnostic(
                .warning, EngineCode.pageWithoutTasks, at: SourceLocation(path: source, line: 1, column: 1),
                "week \(bucket.week) (\(bucket.lang)) holds no task"))
        }
        return MergedWeek(week: bucket.week, lang: bucket.lang, source: source, page: page,
                          entryPaths: entryPaths, entryLabels: entryLabels, diagnostics: diagnostics)
    }

    private func append(_ other: ParsedPage, from path: String, to page: inout ParsedPage, entryPaths: inout [String]) {
        page.entries.append(contentsOf: other.entries)
        entryPaths.append(contentsOf: repeatElement(path, count: other.entries.count))
        page.looseTasks.append(contentsOf: other.looseTasks)
        page.objectives.append(contentsOf: other.objectives)
        page.achievements.append(contentsOf: other.achievements)
        page.references.append(contentsOf: other.references)
        if page.weekRangeText == nil, let range = other.weekRangeText {
            page.weekRangeText = range
            page.weekRangeLine = other.weekRangeLine
        }
    }

    private func weekLog(_ week: MergedWeek, dates: ResolvedPageDates) -> WeekLog {
        var entries: [DayEntry] = []
        entries.reserveCapacity(week.page.entries.count)
        for (i, draft) in week.page.entries.enumerated() {
            let resolved = i < dates.entries.count ? dates.entries[i] : nil
            entries.append(DayEntry(
                index: i + 1, label: week.entryLabels[i] ?? draft.dayText, weekday: resolved?.weekday,
                start: resolved?.start, completion: resolved?.completion,
                tasks: draft.tasks, references: draft.references, topicText: draft.topicText,
                source: SourceLocation(path: week.entryPaths[i], line: draft.line, column: 1)))
        }
        var seen = Set<String>()
        var references: [String] = []
        for url in entries.flatMap(\.references) + week.page.references where seen.insert(url).inserted {
            references.append(url)
        }
        return WeekLog(
            number: week.week, lang: week.lang, style: week.page.style, entries: entries,
            looseTasks: week.page.looseTasks, objectives: week.page.objectives,
            achievements: week.page.achievements, references: references, dateOrder: dates.order,
            source: week.source,
            diagnostics: Diagnostic.sortedForReport(week.diagnostics + dates.diagnostics))
    }

    /// SPEC 1: the preferred language when its page holds a task, else another that does.
    private func chooseLanguage(_ versions: [WeekLog]) -> WeekLog? {
        let sorted = versions.sorted { $0.lang < $1.lang }
        let withTasks = sorted.filter { $0.taskCount > 0 }
        let chosen = withTasks.first { $0.lang == preferredLanguage }
            ?? withTasks.first
            ?? sorted.first { $0.lang == preferredLanguage }
            ?? sorted.first
        guard var week = chosen else { return nil }
        week.otherLangs = sorted.map(\.lang).filter { $0 != week.lang }
        return week
    }
}
