/// What the parser reads from one page, before dates are resolved.
///
/// Dates stay as the text the intern wrote (`dayText`, `startText`, ...): their
/// day/month order and year depend on the rest of the site, which the parser
/// does not see. The engine resolves them (see `WorklogParser.DateReader`).
public struct ParsedPage: Sendable, Hashable {
    public var frontMatter: FrontMatter
    /// The first level-1 heading, for pages without a front matter title.
    public var headingTitle: String?
    public var objectives: [TextItem]
    public var achievements: [TextItem]
    /// URLs of the page's References sections (not of the table's reference cells).
    public var references: [String]
    /// Table rows, or day sub-headings of a list-style page, in page order.
    public var entries: [EntryDraft]
    /// Tasks of a list-style page that stand under no day heading.
    public var looseTasks: [TaskLine]
    public var style: WeekStyle
    /// Text of a heading or line that carries the week's date range
    /// (`Week 3 (23/03/2026 - 27/03/2026)`, `Week Duration: September 22 - 28, 2025`).
    public var weekRangeText: String?
    /// Line of `weekRangeText`.
    public var weekRangeLine: Int
    public var diagnostics: [Diagnostic]

    public init(
        frontMatter: FrontMatter = FrontMatter(), headingTitle: String? = nil,
        objectives: [TextItem] = [], achievements: [TextItem] = [], references: [String] = [],
        entries: [EntryDraft] = [], looseTasks: [TaskLine] = [], style: WeekStyle = .empty,
        weekRangeText: String? = nil, weekRangeLine: Int = 0, diagnostics: [Diagnostic] = []
    ) {
        self.frontMatter = frontMatter
        self.headingTitle = headingTitle
        self.objectives = objectives
        self.achievements = achievements
        self.references = references
        self.entries = entries
        self.looseTasks = looseTasks
        self.style = style
        self.weekRangeText = weekRangeText
        self.weekRangeLine = weekRangeLine
        self.diagnostics = diagnostics
    }

    /// Tasks (not subtasks) on the page, in entries and outside them.
    public var taskCount: Int {
        entries.reduce(0) { $0 + $1.tasks.count(where: { $0.kind == .task }) }
            + looseTasks.count(where: { $0.kind == .task })
    }
}

/// The keys of a page's YAML (`---`) or TOML (`+++`) front matter that the engine uses.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    /// Raw text of `date`; often a template left-over.
    public var date: String?
    public var dateLine: Int
    public var weight: Int?
    /// Raw `pre` (`" <b> 1.7. </b> "`).
    public var pre: String?
    public var draft: Bool
    /// Number of lines the front matter takes, delimiters included (0 when absent).
    public var lineCount: Int

    public init(
        title: String? = nil, date: String? = nil, dateLine: Int = 0, weight: Int? = nil,
        pre: String? = nil, draft: Bool = false, lineCount: Int = 0
    ) {
        self.title = title
        self.date = date
        self.dateLine = dateLine
        self.weight = weight
        self.pre = pre
        self.draft = draft
        self.lineCount = lineCount
    }
}

/// One objective, achievement or other counted line, as plain text.
public struct TextItem: Sendable, Hashable, Codable {
    public var text: String
    public var line: Int

    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

public enum TaskKind: String, Sendable, Hashable, Codable {
    case task, subtask
}

/// One task or subtask as plain text (emphasis, tags and link syntax removed).
public struct TaskLine: Sendable, Hashable, Codable {
    public var kind: TaskKind
    public var text: String
    public var line: Int

    public init(_ kind: TaskKind, _ text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}

/// A table row or a day sub-heading, with its date texts still unread.
public struct EntryDraft: Sendable, Hashable {
    /// Line of the row (or heading) in the page, 1-based, counting the front matter.
    public var line: Int
    /// Plain text of the day cell (`Mon`, `Thứ 2`, `3`, `20/10/2025`, `Monday (08/09)`),
    /// or of the day sub-heading; empty when the table has no day column.
    public var dayText: String
    /// Plain text of a second day column that holds the date (`Thứ | Ngày` tables).
    public var dateText: String
    public var startText: String
    public var completionText: String
    public var tasks: [TaskLine]
    /// Distinct URLs of the reference cell, in order of appearance.
    public var references: [String]
    /// The other task column's text when a table has two (topics still match it).
    public var topicText: String
    /// Which table of the page the row belongs to (0-based); list entries use -1.
    public var tableIndex: Int

    public init(
        line: Int, dayText: String = "", dateText: String = "", startText: String = "",
        completionText: String = "", tasks: [TaskLine] = [], references: [String] = [],
        topicText: String = "", tableIndex: Int = 0
    ) {
        self.line = line
        self.dayText = dayText
        self.dateText = dateText
        self.startText = startText
        self.completionText = completionText
        self.tasks = tasks
        self.references = references
        self.topicText = topicText
        self.tableIndex = tableIndex
    }
}

/// How a week was written.
public enum WeekStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// at least one tasks table with a task column
    case table
    /// tasks as list items or lines, no tasks table
    case list
    /// no task at all
    case empty
}
