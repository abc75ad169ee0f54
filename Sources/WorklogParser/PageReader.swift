import WorklogModel

/// Walks a cleaned page body once: splits it into sections, collects tables,
/// objectives, achievements, references and the tasks of list-style pages.
struct PageReader {
    struct Section {
        var kind: SectionKind
        var level: Int
        /// Top-level list items (objectives/achievements) as text.
        var listItems: [TextItem] = []
        var paraLines: [TextItem] = []
        /// Tasks of list items, with the day entry they stand under.
        var listTasks: [(TaskLine, Int?)] = []
        var paraTasks: [(TaskLine, Int?)] = []
        var hasListItems = false
        var baseIndent: Int? = nil
        var groupsAtOwnLevel = false
        var isPlan = false

        var isEmpty: Bool { listItems.isEmpty && paraLines.isEmpty && listTasks.isEmpty && paraTasks.isEmpty }
    }

    struct FoundTable {
        var table: RawTable
        var inTasksSection: Bool
        /// Under a heading about next week or a plan.
        var inPlanSection: Bool
    }

    let lines: [ArraySlice<UInt8>]
    let path: String
    /// Answers about headings and labels seen on earlier pages of this worker.
    let memo: ParseMemo
    var diagnostics: [Diagnostic] = []

    var headingTitle: String?
    var objectives: [TextItem] = []
    var achievements: [TextItem] = []
    var references: [String] = []
    var referenceSet = Set<String>()
    var tables: [FoundTable] = []
    var hasTasksSection = false
    var listEntries: [EntryDraft] = []
    var looseTasks: [TaskLine] = []
    var weekRangeText: String?
    var weekRangeLine = 0

    private var section = Section(kind: .other, level: 0)
    private var currentEntry: Int? = nil
    private var entryLevel = 0

    init(lines: [ArraySlice<UInt8>], path: String, memo: ParseMemo = ParseMemo()) {
        self.lines = lines
        self.path = path
        self.memo = memo
    }

    mutating func run() {
        var i = 0
        while i < lines.count {
            let l = lines[i]
            let line = i + 1
            if Bytes.isBlank(l) { i += 1; continue }
            if TableReader.startsHTMLTable(l) {
                let (t, next) = TableReader.readHTML(lines, at: i, path: path, diagnostics: &diagnostics)
                tables.append(FoundTable(table: t, inTasksSection: section.kind == .tasks, inPlanSection: section.isPlan))
                i = max(next, i + 1)
                continue
            }
            if TableReader.startsPipeTable(lines, i) {
                let (t, next) = TableReader.readPipe(lines, at: i, path: path, diagnostics: &diagnostics)
                tables.append(FoundTable(table: t, inTasksSection: section.kind == .tasks, inPlanSection: section.isPlan))
                i = max(next, i + 1)
                continue
            }
            if Bytes.isThematicBreak(l) { i += 1; continue }
            if let (level, textStart) = heading(l) {
                handleHeading(level, PlainText.of(stripClosingHashes(l[textStart...])), line: line)
                i += 1
                continue
            }
            let (indent, afterIndent) = CellTasks.indent(l)
            if let (m, textStart) = CellTasks.marker(l, at: afterIndent) {
                if m == .number, indent == 0, numberedSectionLine(l[textStart...], next: i + 1),
                   handleLabelLine(PlainText.of(l[textStart...]), line: line) {
                    i += 1
                    continue
                }
                handleListItem(indent, l[textStart...], line: line)
                i += 1
                continue
            }
            handleLine(Bytes.trimmed(l), indent: indent, line: line)
            i += 1
        }
        finishSection()
    }

    // MARK: line kinds

    func heading(_ l: ArraySlice<UInt8>) -> (Int, Int)? {
        var i = l.startIndex
        while i < l.endIndex, l[i] == 0x20, i - l.startIndex < 3 { i += 1 }
        var n = 0
        while i < l.endIndex, l[i] == UInt8(ascii: "#") { n += 1; i += 1 }
        guard n >= 1, n <= 6, i == l.endIndex || Bytes.isSpace(l[i]) else { return nil }
        return (n, i)
    }

    func stripClosingHashes(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var t = Bytes.trimmed(s)
        var k = t.endIndex
        while k > t.startIndex, t[k - 1] == UInt8(ascii: "#") { k -= 1 }
        if k < t.endIndex, k == t.startIndex || Bytes.isSpace(t[k - 1]) { t = t[t.startIndex..<k] }
        return t
    }

    /// `**text**` (or `__text__`) and nothing else, with an optional `:` after.
    func boldOnly(_ t: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var s = t
        if s.last == UInt8(ascii: ":") { s = s.dropLast() }
        guard s.count >= 5, s.count < 300 else { return nil }
        for m in [UInt8(ascii: "*"), UInt8(ascii: "_")] {
            let a = s.startIndex, z = s.endIndex
            guard s[a] == m, s[a + 1] == m, s[z - 1] == m, s[z - 2] == m else { continue }
            let inner = s[(a + 2)..<(z - 2)]
            if Bytes.find([m, m], in: inner) != nil { return nil }
            return inner
        }
        return nil
    }

    /// `1. Work Performed` followed by a bullet list or prose, not by the next
    /// numbered item: a numbered section title of a prose page.
    func numberedSectionLine(_ text: ArraySlice<UInt8>, next: Int) -> Bool {
        guard text.count < 120 else { return false }
        let plain = PlainText.of(text)
        guard let kind = memo.facts(plain).labelSection, !(section.kind == .tasks && kind == .tasks) else { return false }
        var j = next
        while j < lines.count, Bytes.isBlank(lines[j]) { j += 1 }
        guard j < lines.count, heading(lines[j]) == nil else { return false }
        let (_, after) = CellTasks.indent(lines[j])
        if let (m, _) = CellTasks.marker(lines[j], at: after), m == .number { return false }
        return true
    }

    /// `**Objectives:** learn VPC`: the bold label and the text after it.
    func inlineLabel(_ t: ArraySlice<UInt8>) -> (String, ArraySlice<UInt8>)? {
        guard t.count > 4, t.first == UInt8(ascii: "*"), t[t.startIndex + 1] == UInt8(ascii: "*") else { return nil }
        guard let close = Bytes.find(Tokens.doubleStar, in: t, from: t.startIndex + 2), close - t.startIndex < 120 else {
            return nil
        }
        let label = t[(t.startIndex + 2)..<close]
        var rest = t[(close + 2)...]
        let labelColon = label.last == UInt8(ascii: ":")
        rest = Bytes.trimmed(rest)
        let restColon = rest.first == UInt8(ascii: ":")
        if restColon { rest = Bytes.trimmed(rest.dropFirst()) }
        guard labelColon || restColon, Bytes.hasLetterOrDigitBytes(rest) else { return nil }
        return (PlainText.of(label), rest)
    }

    // MARK: handlers

    mutating func noteWeekRange(_ text: String, line: Int, facts: ParseMemo.TextFacts? = nil) -> Bool {
        guard weekRangeText == nil, text.utf8.count <= 200,
              facts?.isWeekRange ?? Vocabulary.isWeekRange(text) else { return false }
        weekRangeText = text
        weekRangeLine = line
        return true
    }

    mutating func handleHeading(_ level: Int, _ text: String, line: Int) {
        if level == 1, headingTitle == nil { headingTitle = text }
        section.baseIndent = nil
        // What the heading's words say, worked out once (and remembered across pages).
        let facts = memo.facts(text)
        if noteWeekRange(text, line: line, facts: facts) { return }
        let kind = facts.section
        if section.kind == .tasks {
            if kind != .other, facts.namesDay {
                startDayEntry(text, line: line, level: level)
                return
            }
            if level > section.level, kind == nil || kind == .tasks {
                if let _ = currentEntry, level <= entryLevel { currentEntry = nil }
                return
            }
        }
        if section.kind != .other {
            let named = facts.labelSection
            // A deeper heading that names nothing groups inside any counted section;
            // numbered or long sub-headings (`#### 1. AWS Core Services Practice:`) too,
            // and one that speaks of practice under results (`#### Kỹ thuật & Thực hành`).
            if level > section.level,
               named == nil || (named == .tasks && [.objectives, .achievements].contains(section.kind)) {
                return
            }
            // A heading of the section's own level right under it, naming nothing,
            // shows the intern uses that level for groups (`### Week 2 Achievements`
            // then `### Compute & Storage`): later ones of that level group as well.
            if kind == nil, level == section.level, section.isEmpty || section.groupsAtOwnLevel {
                section.groupsAtOwnLevel = true
                return
            }
        }
        newSection(kind ?? .other, level: level, isPlan: facts.isPlan)
    }

    /// Bold-only lines and short colon lines: a section, a day, or a group.
    mutating func handleLabelLine(_ text: String, line: Int, facts made: ParseMemo.TextFacts? = nil) -> Bool {
        section.baseIndent = nil
        let facts = made ?? memo.facts(text)
        if noteWeekRange(text, line: line, facts: facts) { return true }
        let kind = facts.labelSection
        if section.kind == .tasks {
            if kind != .other, facts.namesDay {
                startDayEntry(text, line: line, level: 7)
                return true
            }
            if kind == nil || kind == .tasks { return true }  // only groups
        }
        guard let k = kind else { return false }
        newSection(k, level: 7, isPlan: facts.isPlan)
        return true
    }

    mutating func handleLine(_ t: ArraySlice<UInt8>, indent: Int, line: Int) {
        if let inner = boldOnly(t) {
            if handleLabelLine(PlainText.of(inner), line: line) { return }
        } else if let (label, rest) = inlineLabel(t), let kind = memo.facts(label).labelSection {
            newSection(kind, level: 7)
            addItem(rest, line: line, topLevel: true)
            return
        } else if t.last == UInt8(ascii: ":"), t.count < 200 {
            let text = PlainText.of(t)
            let f = memo.facts(text)
            if f.wordCount <= 8, f.wordCount > 0,
               f.labelSection != nil || (section.kind == .tasks && f.namesDay) {
                if handleLabelLine(text, line: line, facts: f) { return }
            }
        }
        if indent == 0 { section.baseIndent = nil }
        if section.kind != .tasks, section.kind != .references, t.count < 200, t.count > 8,
           Words(String(decoding: t, as: UTF8.self)).has(PageReader.rangeLineWords),
           noteWeekRange(PlainText.of(t), line: line) {
            return
        }
        addParagraph(t, line: line)
    }

    mutating func handleListItem(_ indent: Int, _ text: ArraySlice<UInt8>, line: Int) {
        let top: Bool
        if let b = section.baseIndent, indent > b + 1 {
            top = false
        } else {
            top = true
            section.baseIndent = min(section.baseIndent ?? indent, indent)
        }
        section.hasListItems = true
        addItem(text, line: line, topLevel: top)
    }

    mutating func addItem(_ raw0: ArraySlice<UInt8>, line: Int, topLevel: Bool) {
        // Task-list checkboxes (`[x] Done`) are not part of the text.
        var raw = Bytes.trimmed(raw0)
        if raw.count >= 3, raw.first == UInt8(ascii: "["), raw[raw.startIndex + 2] == UInt8(ascii: "]"),
           [0x20, UInt8(ascii: "x"), UInt8(ascii: "X")].contains(raw[raw.startIndex + 1]) {
            raw = raw.dropFirst(3)
        }
        switch section.kind {
        case .references:
            addReferences(raw)
        case .objectives, .achievements:
            guard topLevel else { return }
            let t = PlainText.of(raw)
            if Bytes.hasLetterOrDigit(t) { section.listItems.append(TextItem(t, line: line)) }
        case .tasks:
            let t = PlainText.of(raw)
            if Bytes.hasLetterOrDigit(t) {
                section.listTasks.append((TaskLine(topLevel ? .task : .subtask, t, line: line), currentEntry))
            }
        case .other:
            return
        }
    }

    mutating func addParagraph(_ raw: ArraySlice<UInt8>, line: Int) {
        switch section.kind {
        case .references:
            addReferences(raw)
        case .objectives, .achievements:
            let t = PlainText.of(raw)
            if Bytes.hasLetterOrDigit(t) { section.paraLines.append(TextItem(t, line: line)) }
        case .tasks:
            let t = PlainText.of(raw)
            if Bytes.hasLetterOrDigit(t) { section.paraTasks.append((TaskLine(.task, t, line: line), currentEntry)) }
        case .other:
            return
        }
    }

    mutating func addReferences(_ raw: ArraySlice<UInt8>) {
        for u in LinkExtractor.urls(raw) where referenceSet.insert(u).inserted { references.append(u) }
    }

    mutating func startDayEntry(_ text: String, line: Int, level: Int) {
        var day = Substring(text)
        while let c = day.last, c == ":" || c == " " { day = day.dropLast() }
        listEntries.append(EntryDraft(line: line, dayText: String(day), tableIndex: -1))
        currentEntry = listEntries.count - 1
        entryLevel = level
    }

    /// Words that may open a line carrying the week's dates.
    static let rangeLineWords: PhraseSet = ["week", "tuan", "duration", "thoi gian", "period", "date*", "ngay", "from", "tu"]

    /// `isPlan`: the title speaks of next week or a plan.
    mutating func newSection(_ kind: SectionKind, level: Int, isPlan: Bool = false) {
        finishSection()
        section = Section(kind: kind, level: level)
        section.isPlan = kind == .other && isPlan
        if kind == .tasks { hasTasksSection = true }
        currentEntry = nil
    }

    mutating func finishSection() {
        switch section.kind {
        case .objectives:
            objectives += section.hasListItems ? section.listItems : section.listItems + section.paraLines
        case .achievements:
            achievements += section.hasListItems ? section.listItems : section.listItems + section.paraLines
        case .tasks:
            let chosen = section.hasListItems ? section.listTasks : section.listTasks + section.paraTasks
            for (task, entry) in chosen {
                if let e = entry, e < listEntries.count {
                    listEntries[e].tasks.append(task)
                } else {
                    looseTasks.append(task)
                }
            }
        case .references, .other:
            break
        }
        section = Section(kind: .other, level: 0)
    }
}
