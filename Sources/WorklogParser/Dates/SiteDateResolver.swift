import WorklogModel

/// Resolves the dates of one site's pages: scans every page, decides each page's
/// day/month order (forced pages first, then the others by span, labels, habit),
/// then years, dates and weekdays.
struct SiteDateResolver {
    /// What one entry's cells hold, before order and year are known.
    struct EntryScan {
        var line: Int
        var tableIndex: Int
        var label: DayLabel?
        var labelText: String
        var startRaw: RawDate?
        var completionRaw: RawDate?
        /// `(cell name, text)` of date-shaped garbage.
        var invalid: [(String, String)]
    }

    struct PageScan {
        var entries: [EntryScan]
        var rangeTokens: [DateToken]
        var raws: [RawDate]
        var dmyVotes = 0
        var mdyVotes = 0
        var firstAmbiguous: RawDate?
        var fmDate: CalendarDate?
        var fmYear: Int?
        var fmUnreadable: String?
        var orderLine: Int

        var forced: DateOrder? {
            if dmyVotes == 0 && mdyVotes == 0 { return nil }
            return mdyVotes > dmyVotes ? .mdy : .dmy
        }
    }

    /// A page's dates under one order.
    struct Reading {
        var entries: [(start: CalendarDate?, completion: CalendarDate?)]
        var weekRange: ClosedRange<CalendarDate>?
        var span: Int
        var labelsAgreeing: Int
        /// Year taken from the front matter (after the labels picked it).
        var frontMatterYear: Int?
    }

    let inputs: [SitePageDates]
    var scans: [PageScan] = []
    /// Earliest dated day of pages with a written year, with their week numbers.
    var anchors: [(week: Int?, date: CalendarDate)] = []

    init(_ inputs: [SitePageDates]) {
        self.inputs = inputs
        scans = inputs.map(SiteDateResolver.scan)
        for scan in scans {
            let order = scan.forced ?? .dmy
            let dated = scan.raws.compactMap { r -> CalendarDate? in
                guard let y = r.year else { return nil }
                let (m, d) = r.monthDay(order)
                return CalendarDate(year: y, month: m, day: d)
            }
            if let first = dated.min() { anchors.append((inputs[anchors.count].weekNumber, first)) } else {
                anchors.append((nil, CalendarDate(dayNumber: 0)))
            }
        }
    }

    // MARK: - Scanning

    static func scan(_ input: SitePageDates) -> PageScan {
        let page = input.page
        var raws: [RawDate] = []
        var entries: [EntryScan] = []
        for e in page.entries {
            let start = DateReader.scan(e.startText)
            let completion = DateReader.scan(e.completionText)
            let date = DateReader.scan(e.dateText)
            let day = DateReader.scan(e.dayText)
            var invalid: [(String, String)] = []
            for (name, tokens) in [("start", start), ("completion", completion), ("date", date), ("day", day)] {
                for t in tokens {
                    if case .invalid(let s) = t { invalid.append((name, s)) }
                    raws += t.dates
                }
            }
            let startRaw = start.lazy.compactMap(\.firstDate).first
                ?? date.lazy.compactMap(\.firstDate).first
                ?? day.lazy.compactMap(\.firstDate).first
            var completionRaw = completion.last(where: { $0.lastDate != nil })?.lastDate
            if completionRaw == nil, let r = start.first(where: { if case .range = $0 { true } else { false } }) {
                completionRaw = r.lastDate
            }
            entries.append(EntryScan(
                line: e.line, tableIndex: e.tableIndex, label: DateReader.weekdayLabel(e.dayText),
                labelText: e.dayText, startRaw: startRaw, completionRaw: completionRaw, invalid: invalid))
        }
        let rangeTokens = DateReader.scan(page.weekRangeText ?? "")
        raws += rangeTokens.flatMap(\.dates)
        var scan = PageScan(entries: entries, rangeTokens: rangeTokens, raws: raws, orderLine: 1)
        // Each distinct date votes once (a row's start and completion are often the same).
        var seen = Set<RawDate>()
        for r in raws where seen.insert(r).inserted {
            switch r.forcedOrder {
            case .dmy: scan.dmyVotes += 1
            case .mdy: scan.mdyVotes += 1
            default: if r.isAmbiguous, scan.firstAmbiguous == nil { scan.firstAmbiguous = r }
            }
        }
        scan.orderLine = page.entries.first(where: { !$0.startText.isEmpty || !$0.dateText.isEmpty })?.line
            ?? (page.weekRangeText != nil ? page.weekRangeLine : page.entries.first?.line ?? 1)
        if let fm = page.frontMatter.date, fm.contains(where: { !"\"' ".contains($0) }) {
            scan.fmDate = DateReader.frontMatterDate(fm)
            scan.fmYear = DateReader.frontMatterYear(fm)
            if scan.fmYear == nil { scan.fmUnreadable = fm }
        }
        return scan
    }

    // MARK: - Resolution

    func resolve() -> [ResolvedPageDates] {
        // Forced pages first: their orders are the site's habit.
        var orders: [DateOrder?] = scans.map(\.forced)
        var out: [ResolvedPageDates] = []
        for (k, scan) in scans.enumerated() {
            var diagnostics: [Diagnostic] = []
            let path = inputs[k].path
            let order: DateOrder
            if let forced = scan.forced {
                order = forced
                if scan.dmyVotes > 0 && scan.mdyVotes > 0 {
                    diagnostics.append(Diagnostic(
                        .warning, DateDiagnostics.orderConflict, at: SourceLocation(path: path, line: scan.orderLine),
                        "dates force both orders (\(scan.dmyVotes) day-first, \(scan.mdyVotes) month-first): "
                            + "read \(name(order)) by majority"))
                }
            } else if let amb = scan.firstAmbiguous {
                let (o, why) = infer(k, ambiguous: amb, forcedOrders: orders)
                order = o
                orders[k] = nil
                diagnostics.append(Diagnostic(
                    .info, DateDiagnostics.orderInferred, at: SourceLocation(path: path, line: scan.orderLine),
                    "read \(amb.written) as \(name(o)): \(why)"))
            } else {
                order = scan.raws.isEmpty ? .none : .iso
            }
            out.append(finish(k, order: order, diagnostics: diagnostics))
        }
        return out
    }

    private func name(_ o: DateOrder) -> String { o == .mdy ? "month-first" : "day-first" }

    /// Order of a page its dates do not force, with the reason.
    private func infer(_ k: Int, ambiguous: RawDate, forcedOrders: [DateOrder?]) -> (DateOrder, String) {
        let d = reading(k, .dmy)
        let m = reading(k, .mdy)
        if d.span != m.span {
            return d.span < m.span
                ? (.dmy, "dates span \(d.span) days instead of \(m.span)")
                : (.mdy, "dates span \(m.span) days instead of \(d.span)")
        }
        if d.labelsAgreeing != m.labelsAgreeing {
            return d.labelsAgreeing > m.labelsAgreeing
                ? (.dmy, "\(d.labelsAgreeing) weekday labels agree instead of \(m.labelsAgreeing)")
                : (.mdy, "\(m.labelsAgreeing) weekday labels agree instead of \(d.labelsAgreeing)")
        }
        let lang = inputs[k].lang
        for sameLang in [true, false] {
            var dmy = 0
            var mdy = 0
            for (j, o) in forcedOrders.enumerated() where j != k && (!sameLang || inputs[j].lang == lang) {
                if o == .dmy { dmy += 1 } else if o == .mdy { mdy += 1 }
            }
            if dmy != mdy {
                let o: DateOrder = dmy > mdy ? .dmy : .mdy
                let whose = sameLang ? "this site's \(lang) pages" : "this site"
                return (o, "the habit of \(whose) (\(max(dmy, mdy)) of \(dmy + mdy) pages whose dates force an order)")
            }
        }
        return (.dmy, "nothing decides, day-first by default")
    }

    /// The site's dated week nearest to page `k`, moved by the weeks between them.
    private func siteReference(_ k: Int) -> CalendarDate? {
        var best: (distance: Int, date: CalendarDate)?
        let week = inputs[k].weekNumber
        for (j, scan) in scans.enumerated() where j != k && scan.raws.contains(where: { $0.year != nil }) {
            let anchor = anchors[j]
            var distance = 1_000
            var date = anchor.date
            if let w = week, let aw = anchor.week {
                distance = abs(w - aw)
                date = anchor.date.adding(days: 7 * (w - aw))
            }
            if best == nil || distance < (best?.distance ?? 0) { best = (distance, date) }
        }
        return best?.date
    }

    /// The year among the references' years (±1) that puts month/day nearest to them.
    private func nearest(month: Int, day: Int, to refs: [CalendarDate]) -> CalendarDate? {
        var best: (Int, CalendarDate)?
        var years = Set<Int>()
        for r in refs { years.formUnion([r.year - 1, r.year, r.year + 1]) }
        for y in years.sorted() {
            guard let c = CalendarDate(year: y, month: month, day: day) else { continue }
            let distance = refs.map { abs($0.dayNumber - c.dayNumber) }.min() ?? 0
            if best == nil || distance < (best?.0 ?? 0) { best = (distance, c) }
        }
        return best?.1
    }

    /// Of the front matter year and its neighbours (then up to six off), the one in
    /// which the labelled year-less dates agree with their labels.
    private func pickYear(_ year: Int, _ k: Int, _ order: DateOrder) -> Int {
        let pairs = scans[k].entries.compactMap { e -> (Int, Int, Int)? in
            guard let label = e.label, label.kind != .bare, let raw = e.startRaw, raw.year == nil else { return nil }
            let (m, d) = raw.monthDay(order)
            return (m, d, label.first)
        }
        if pairs.isEmpty { return year }
        var best: (count: Int, year: Int) = (0, year)
        for off in [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6] {
            let y = year + off
            let agree = pairs.count { CalendarDate(year: y, month: $0.0, day: $0.1)?.weekday == $0.2 }
            if agree == pairs.count { return y }
            if agree > best.count { best = (agree, y) }
        }
        return best.year
    }

    /// Page `k` read under `order`.
    func reading(_ k: Int, _ order: DateOrder) -> Reading {
        let scan = scans[k]
        let refs = scan.raws.compactMap { r -> CalendarDate? in
            guard let y = r.year else { return nil }
            let (m, d) = r.monthDay(order)
            return CalendarDate(year: y, month: m, day: d)
        }
        let needsYear = scan.raws.contains { $0.year == nil }
        let siteRef = refs.isEmpty && needsYear ? siteReference(k) : nil
        var fmYear: Int?
        if refs.isEmpty, siteRef == nil, needsYear, let y = scan.fmYear { fmYear = pickYear(y, k, order) }
        func date(_ r: RawDate?) -> CalendarDate? {
            guard let r else { return nil }
            let (m, d) = r.monthDay(order)
            if let y = r.year { return CalendarDate(year: y, month: m, day: d) }
            if !refs.isEmpty { return nearest(month: m, day: d, to: refs) }
            if let siteRef { return nearest(month: m, day: d, to: [siteRef]) }
            if let fmYear { return CalendarDate(year: fmYear, month: m, day: d) }
            return nil
        }
        let entries = scan.entries.map { (start: date($0.startRaw), completion: date($0.completionRaw)) }
        var all = scan.raws.compactMap(date).map(\.dayNumber)
        // With no year source at all, year-less dates still span days: place them near
        // the first one in a leap year, for the span only.
        if all.count < scan.raws.count, let f = scan.raws.first(where: { $0.year == nil && $0.isValid(order) }) {
            let (m0, d0) = f.monthDay(order)
            if let provisional = CalendarDate(year: 2000, month: m0, day: d0) {
                all = scan.raws.compactMap { r in
                    let (m, d) = r.monthDay(order)
                    return date(r) ?? nearest(month: m, day: d, to: [provisional])
                }.map(\.dayNumber)
            }
        }
        let span = (all.max() ?? 0) - (all.min() ?? 0)
        var agreeing = 0
        for (e, dates) in zip(scan.entries, entries) {
            if let label = e.label, label.kind != .bare, let s = dates.start, s.weekday == label.first { agreeing += 1 }
        }
        var weekRange: ClosedRange<CalendarDate>?
        if let r = scan.rangeTokens.first(where: { if case .range = $0 { true } else { false } }),
           let a = date(r.firstDate), let b = date(r.lastDate), a <= b {
            weekRange = a...b
        } else {
            let ds = scan.rangeTokens.compactMap { date($0.firstDate) }
            if ds.count >= 2, let a = ds.first, let b = ds.last, a <= b { weekRange = a...b }
        }
        return Reading(entries: entries, weekRange: weekRange, span: span, labelsAgreeing: agreeing,
                       frontMatterYear: fmYear)
    }

    /// Dates, weekdays and diagnostics of page `k` under its order.
    private func finish(_ k: Int, order: DateOrder, diagnostics: [Diagnostic]) -> ResolvedPageDates {
        let scan = scans[k]
        let path = inputs[k].path
        var diagnostics = diagnostics
        let readAs: DateOrder = order == .mdy ? .mdy : .dmy
        let r = reading(k, readAs)
        func at(_ line: Int) -> SourceLocation { SourceLocation(path: path, line: line) }

        // Bare-number habit per table: the one agreeing with more dates, else `1` means Monday.
        // One pass over the entries, counting per table (a pass per table was quadratic).
        var votes: [Int: (vi: Int, one: Int, usesOne: Bool)] = [:]
        for (e, dates) in zip(scan.entries, r.entries) {
            var v = votes[e.tableIndex] ?? (0, 0, false)
            if let label = e.label, label.kind == .bare {
                if label.first == 1 || label.last == 1 { v.usesOne = true }
                if let s = dates.start {
                    if BareNumberHabit.vietnamese.weekday(label.first) == s.weekday { v.vi += 1 }
                    if BareNumberHabit.mondayIsOne.weekday(label.first) == s.weekday { v.one += 1 }
                }
            }
            votes[e.tableIndex] = v
        }
        var habits: [Int: BareNumberHabit] = [:]
        for (table, v) in votes {
            habits[table] = v.vi != v.one ? (v.vi > v.one ? .vietnamese : .mondayIsOne) : (v.usesOne ? .mondayIsOne : .vietnamese)
        }

        var entries: [ResolvedEntryDates] = []
        for (e, dates) in zip(scan.entries, r.entries) {
            let labelDay = e.label?.weekday(habit: habits[e.tableIndex] ?? .vietnamese)
            entries.append(ResolvedEntryDates(start: dates.start, completion: dates.completion,
                                              weekday: dates.start?.weekday ?? labelDay))
            for (cell, text) in e.invalid {
                diagnostics.append(Diagnostic(.warning, DateDiagnostics.unreadable, at: at(e.line),
                                              "'\(text)' in the \(cell) cell is not a date"))
            }
            if let s = dates.start, let l = labelDay, l != s.weekday {
                diagnostics.append(Diagnostic(
                    .warning, DateDiagnostics.weekdayMismatch, at: at(e.line),
                    "day '\(e.labelText)' is a \(SiteDateResolver.weekdayNames[l - 1]) but \(s.iso) is a "
                        + SiteDateResolver.weekdayNames[s.weekday - 1]))
            }
            if let s = dates.start, let c = dates.completion, c < s {
                diagnostics.append(Diagnostic(.warning, DateDiagnostics.negativeLag, at: at(e.line),
                                              "completion \(c.iso) is before start \(s.iso)"))
            }
            for (n, (raw, date)) in [(e.startRaw, dates.start), (e.completionRaw, dates.completion)].enumerated() {
                guard let raw, date == nil, n == 0 || raw != e.startRaw || dates.start != nil else { continue }
                if !raw.isValid(readAs) {
                    diagnostics.append(Diagnostic(.warning, DateDiagnostics.unreadable, at: at(e.line),
                                                  "'\(raw.written)' is no date when read \(name(readAs)) like the page"))
                } else if raw.year == nil {
                    diagnostics.append(Diagnostic(.warning, DateDiagnostics.yearUnknown, at: at(e.line),
                                                  "'\(raw.written)' has no year, and neither the page, the site nor the front matter gives one"))
                }
            }
        }
        for t in scan.rangeTokens {
            if case .invalid(let text) = t {
                diagnostics.append(Diagnostic(.warning, DateDiagnostics.unreadable, at: at(inputs[k].page.weekRangeLine),
                                              "'\(text)' in the week's date range is not a date"))
            }
        }
        if let y = r.frontMatterYear, let fy = scan.fmYear {
            let how = y == fy ? "" : ", moved from \(fy) so the weekday labels agree"
            diagnostics.append(Diagnostic(.info, DateDiagnostics.yearFromFrontMatter,
                                          at: at(inputs[k].page.frontMatter.dateLine),
                                          "dates without a year take \(y) from the front matter date\(how)"))
        }
        if let bad = scan.fmUnreadable {
            diagnostics.append(Diagnostic(.info, DateDiagnostics.frontMatterUnreadable,
                                          at: at(inputs[k].page.frontMatter.dateLine),
                                          "front matter date '\(bad)' is not a date"))
        }
        return ResolvedPageDates(order: order, entries: entries, weekRange: r.weekRange,
                                 frontMatterDate: scan.fmDate, diagnostics: diagnostics)
    }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
