import WorklogEngine
import WorklogModel

/// A small cohort built by hand; every expected value in the tests is worked out from it.
///
/// - alice__site: week 1 (en, also vi) with dated rows, a negative lag, a row without
///   dates, an empty row and a loose task; week 3 only in Vietnamese, no dates at all;
///   week 4 left empty. Week 2 is missing.
/// - bob: week 2 only, list style, two entries on the same Monday. Week 1 is missing.
/// - carol: no week at all.
enum FixtureCohort {
    static let taxonomyText = """
        # test taxonomy
        id\tname\tcategory\taliases
        ec2\tAmazon EC2\tcore\tEC2|Amazon EC2|máy ảo EC2
        s3\tAmazon S3\tcore\tS3|Amazon S3
        vpc\tAmazon VPC\tcore\tVPC|mạng riêng ảo
        iam\tAWS IAM\tcore\tIAM
        api-gateway\tAPI Gateway\taws\tAPI Gateway
        rest-api\tREST APIs\tconcept\tAPI|REST
        golang\tGo\tlanguage\t=Go|Golang
        docker\tDocker\ttool\tDocker

        """

    static func taxonomy() throws -> Taxonomy {
        try Taxonomy(parsing: taxonomyText, path: "test-topics.tsv")
    }

    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? { CalendarDate(year: y, month: m, day: d) }

    static let aliceWeek1Path = "alice__site/content/1-Worklog/1.1-Week1/_index.md"
    static let aliceWeek3Path = "alice__site/content/1-Worklog/1.3-Week3/_index.vi.md"
    static let aliceWeek4Path = "alice__site/content/1-Worklog/1.4-Week4/_index.md"
    static let bobWeek2Path = "bob/content/worklog/week2.md"

    static let dateOrderWarning = Diagnostic(.warning, "date-order-guessed", at: SourceLocation(path: aliceWeek1Path, line: 3, column: 1), "read day-first")
    static let emptyWeekWarning = Diagnostic(.warning, "no-tasks", at: SourceLocation(path: aliceWeek4Path, line: 1, column: 1), "page \(aliceWeek4Path) has no task")
    static let draftInfo = Diagnostic(.info, "draft-skipped", at: SourceLocation(path: "alice__site/content/1-Worklog/1.5-Week5/_index.md", line: 2, column: 1), "draft page skipped")
    static let bobError = Diagnostic(.error, "unreadable-file", at: SourceLocation(path: "bob/content/worklog/week9.md", line: 1, column: 1), "cannot read bob/content/worklog/week9.md")
    static let bobConfigInfo = Diagnostic(.info, "config-default-language", at: SourceLocation(path: "bob/config.toml", line: 1, column: 1), "no defaultContentLanguage")
    static let strayWarning = Diagnostic(.warning, "no-site", at: SourceLocation(path: "stray.md", line: 1, column: 1), "not inside a site")

    static func make() -> Cohort {
        let w1 = aliceWeek1Path
        func loc(_ path: String, _ line: Int) -> SourceLocation { SourceLocation(path: path, line: line, column: 1) }
        let aliceWeek1 = WeekLog(
            number: 1, lang: "en", otherLangs: ["vi"], style: .table,
            entries: [
                DayEntry(index: 1, label: "Mon", weekday: 1, start: date(2025, 9, 8), completion: date(2025, 9, 8),
                         tasks: [TaskLine(.task, "Launch EC2 instance", line: 10),
                                 TaskLine(.subtask, "Connect with SSH to EC2", line: 11),
                                 TaskLine(.task, "Read about S35 planes", line: 12)],
                         references: ["https://a", "https://b"], source: loc(w1, 10)),
                DayEntry(index: 2, label: "Tue", weekday: 2, start: date(2025, 9, 9), completion: date(2025, 9, 12),
                         tasks: [TaskLine(.task, "Create S3 bucket, \"quoted\" name", line: 13),
                                 TaskLine(.task, "Amazon API Gateway with Go\nsecond line", line: 14)],
                         references: ["https://c"], source: loc(w1, 13)),
                DayEntry(index: 3, label: "Tue", weekday: 2, start: nil, completion: nil,
                         tasks: [TaskLine(.task, "Review notes", line: 15)], references: [], source: loc(w1, 15)),
                DayEntry(index: 4, label: "Wed", weekday: 3, start: date(2025, 9, 10), completion: date(2025, 9, 9),
                         tasks: [TaskLine(.task, "=SUM(A1) go home", line: 16)], references: [], source: loc(w1, 16)),
                DayEntry(index: 5, label: "", weekday: nil, start: nil, completion: nil,
                         tasks: [], references: [], source: loc(w1, 17)),
            ],
            looseTasks: [TaskLine(.task, "Docker basics", line: 20)],
            objectives: [TextItem("Learn EC2 and IAM", line: 5), TextItem("Understand VPC", line: 6)],
            achievements: [TextItem("Deployed EC2", line: 25)],
            references: ["https://a", "https://b", "https://c", "https://d"],
            dateOrder: .dmy, source: w1, diagnostics: [dateOrderWarning])
        let w3 = aliceWeek3Path
        let aliceWeek3 = WeekLog(
            number: 3, lang: "vi", style: .table,
            entries: [
                DayEntry(index: 1, label: "Thứ 2", weekday: 1, start: nil, completion: nil,
                         tasks: [TaskLine(.task, "Tạo máy ảo EC2", line: 8), TaskLine(.task, "Cấu hình mạng riêng ảo", line: 9)],
                         references: [], topicText: "Mạng riêng ảo VPC", source: loc(w3, 8)),
                DayEntry(index: 2, label: "Thứ 3", weekday: 2, start: nil, completion: nil,
                         tasks: [TaskLine(.task, "Học IAM", line: 10)], references: [], source: loc(w3, 10)),
                DayEntry(index: 3, label: "Ghi chú", weekday: nil, start: nil, completion: nil,
                         tasks: [TaskLine(.task, "Đọc tài liệu", line: 11)], references: [], source: loc(w3, 11)),
                DayEntry(index: 4, label: "Ghi chú 2", weekday: nil, start: nil, completion: nil,
                         tasks: [TaskLine(.task, "Ôn tập", line: 12)], references: [], source: loc(w3, 12)),
            ],
            achievements: [TextItem("Hiểu về S3", line: 20)],
            dateOrder: .none, source: w3)
        let aliceWeek4 = WeekLog(number: 4, lang: "en", style: .empty, source: aliceWeek4Path, diagnostics: [emptyWeekWarning])
        let b2 = bobWeek2Path
        let bobWeek2 = WeekLog(
            number: 2, lang: "en", style: .list,
            entries: [
                DayEntry(index: 1, label: "Monday", weekday: 1, start: date(2025, 9, 15), completion: date(2025, 9, 15),
                         tasks: [TaskLine(.task, "Set up Golang", line: 5), TaskLine(.task, "Write Dockerfile", line: 6)],
                         references: [], source: loc(b2, 4)),
                DayEntry(index: 2, label: "Monday", weekday: 1, start: date(2025, 9, 15), completion: date(2025, 9, 16),
                         tasks: [TaskLine(.task, "Study IAM policies", line: 8)], references: [], source: loc(b2, 7)),
                DayEntry(index: 3, label: "Friday", weekday: 5, start: date(2025, 9, 19), completion: date(2025, 9, 24),
                         tasks: [TaskLine(.task, "Docker compose", line: 10)], references: ["https://x"], source: loc(b2, 9)),
                DayEntry(index: 4, label: "Sat", weekday: 6, start: date(2025, 9, 20), completion: date(2025, 9, 20),
                         tasks: [TaskLine(.task, "S3 and EC2 lab", line: 12)], references: [], source: loc(b2, 11)),
            ],
            dateOrder: .iso, source: b2)
        let alice = Intern(id: "alice__site", weeks: [aliceWeek1, aliceWeek3, aliceWeek4],
                           diagnostics: Diagnostic.sortedForReport([dateOrderWarning, emptyWeekWarning, draftInfo]))
        let bob = Intern(id: "bob", weeks: [bobWeek2], diagnostics: [bobError])
        let carol = Intern(id: "carol", weeks: [], diagnostics: [])
        let all = Diagnostic.sortedForReport([dateOrderWarning, emptyWeekWarning, draftInfo, bobError, bobConfigInfo, strayWarning])
        return Cohort(interns: [alice, bob, carol], diagnostics: all, statistics: ReadStatistics())
    }
}
