/// A day entry with its dates and weekday resolved.
public struct DayEntry: Sendable, Hashable, Codable {
    /// 1-based position in the week.
    public var index: Int
    /// The day cell as written (`Thứ 2`, `Mon`), plain text.
    public var label: String
    /// 1 = Monday ... 7 = Sunday; from the start date when there is one, else from the label.
    public var weekday: Int?
    public var start: CalendarDate?
    public var completion: CalendarDate?
    public var tasks: [TaskLine]
    public var references: [String]
    public var topicText: String
    public var source: SourceLocation

    public init(
        index: Int, label: String, weekday: Int?, start: CalendarDate?, completion: CalendarDate?,
        tasks: [TaskLine], references: [String], topicText: String = "", source: SourceLocation
    ) {
        self.index = index
        self.label = label
        self.weekday = weekday
        self.start = start
        self.completion = completion
        self.tasks = tasks
        self.references = references
        self.topicText = topicText
        self.source = source
    }

    public var taskCount: Int { tasks.count(where: { $0.kind == .task }) }
    public var subtaskCount: Int { tasks.count(where: { $0.kind == .subtask }) }

    /// completion − start in calendar days; nil when either is missing.
    public var lagDays: Int? {
        guard let start, let completion else { return nil }
        return completion.dayNumber - start.dayNumber
    }
}

/// One intern's week, in the language chosen for metrics.
public struct WeekLog: Sendable, Hashable, Codable {
    public var number: Int
    public var lang: String
    /// Other languages the same week was also written in, sorted.
    public var otherLangs: [String]
    public var style: WeekStyle
    public var entries: [DayEntry]
    /// Tasks of a list-style page outside any day entry: they count for the week only.
    public var looseTasks: [TaskLine]
    public var objectives: [TextItem]
    public var achievements: [TextItem]
    /// Distinct URLs: those of the entries' reference cells, then the References sections'.
    public var references: [String]
    public var dateOrder: DateOrder
    /// The week's page, relative to the path given on the command line.
    public var source: String
    /// Diagnostics of this week's chosen page(s).
    public var diagnostics: [Diagnostic]

    public init(
        number: Int, lang: String, otherLangs: [String] = [], style: WeekStyle,
        entries: [DayEntry] = [], looseTasks: [TaskLine] = [], objectives: [TextItem] = [],
        achievements: [TextItem] = [], references: [String] = [], dateOrder: DateOrder = .none,
        source: String, diagnostics: [Diagnostic] = []
    ) {
        self.number = number
        self.lang = lang
        self.otherLangs = otherLangs
        self.style = style
        self.entries = entries
        self.looseTasks = looseTasks
        self.objectives = objectives
        self.achievements = achievements
        self.references = references
        self.dateOrder = dateOrder
        self.source = source
        self.diagnostics = diagnostics
    }

    /// Tasks (not subtasks) in entries and loose.
    public var taskCount: Int {
        entries.reduce(0) { $0 + $1.taskCount } + looseTasks.count(where: { $0.kind == .task })
    }

    public var subtaskCount: Int {
        entries.reduce(0) { $0 + $1.subtaskCount } + looseTasks.count(where: { $0.kind == .subtask })
    }
}

/// One intern: one site.
public struct Intern: Sendable, Hashable, Codable {
    /// The site's path relative to the path given on the command line (`OWNER__NAME`).
    public var id: String
    /// Weeks sorted by number; one per week number, in the chosen language.
    public var weeks: [WeekLog]
    /// Every diagnostic about the intern's files, every language, sorted for report.
    public var diagnostics: [Diagnostic]

    public init(id: String, weeks: [WeekLog], diagnostics: [Diagnostic]) {
        self.id = id
        self.weeks = weeks
        self.diagnostics = diagnostics
    }
}

/// Everything read from the paths given on the command line.
public struct Cohort: Sendable, Hashable, Codable {
    /// Sorted by id.
    public var interns: [Intern]
    /// Every diagnostic of the run (interns' and those outside any site), sorted for report.
    public var diagnostics: [Diagnostic]
    public var statistics: ReadStatistics

    public init(interns: [Intern], diagnostics: [Diagnostic], statistics: ReadStatistics) {
        self.interns = interns
        self.diagnostics = diagnostics
        self.statistics = statistics
    }
}

/// What `worklog check` reports about the reading itself.
public struct ReadStatistics: Sendable, Hashable, Codable {
    public var sites = 0
    public var filesRead = 0
    public var bytesRead = 0
    /// Week pages (every language, day pages excluded) by style, then by language.
    public var pagesByStyle: [String: [String: Int]] = [:]
    public var dayPages = 0
    /// Pages skipped as drafts.
    public var draftPages = 0
    /// Date order chosen for each site, by language: `intern -> lang -> order -> pages`.
    public var dateOrders: [String: [String: [String: Int]]] = [:]

    public init() {}
}
