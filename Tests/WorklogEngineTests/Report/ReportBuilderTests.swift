import Testing
import WorklogEngine
import WorklogModel

@Suite struct ReportBuilderTests {
    let tables: [ReportTable]

    init() throws {
        tables = ReportBuilder(taxonomy: try FixtureCohort.taxonomy()).build(FixtureCohort.make())
    }

    func table(_ name: String) throws -> ReportTable { try #require(tables.first { $0.name == name }) }

    /// Cell of `column` in `row` as plain text.
    func cell(_ table: ReportTable, _ row: Int, _ column: String) throws -> ReportCell {
        let index = try #require(table.columns.firstIndex(of: column))
        return table.rows[row][index]
    }

    @Test func tableNamesAndLeadingColumnsAreSpec7() throws {
        #expect(tables.map(\.name) == ["interns", "weeks", "days", "tasks", "topics", "diagnostics", "cohort", "topic_weeks",
                                     "similarity"])
        let leading: [String: [String]] = [
            "days": ["intern", "week", "lang", "day_index", "day_label", "weekday", "start_date", "completion_date",
                     "lag_days", "tasks", "subtasks", "references", "source"],
            "weeks": ["intern", "week", "lang", "other_langs", "style", "day_entries", "tasks", "subtasks",
                      "tasks_per_day", "active_days", "first_date", "last_date", "lag_mean", "lag_median", "lag_p90",
                      "lag_max", "same_day_share", "objectives", "achievements", "references", "topics", "date_order",
                      "diagnostics", "source"],
            "interns": ["intern", "weeks", "first_week", "last_week", "missing_weeks", "tasks", "tasks_per_week",
                        "tasks_per_day", "lag_mean", "lag_median", "lag_p90", "topics_covered", "curriculum_coverage",
                        "errors", "warnings"],
            "tasks": ["intern", "week", "lang", "day_index", "task_index", "kind", "text", "topics", "source"],
            "topics": ["intern", "topic_id", "topic", "category", "mentions", "weeks", "first_week", "last_week"],
            "diagnostics": ["severity", "code", "intern", "week", "path", "line", "column", "message"],
            "cohort": ["week", "interns_active", "tasks", "tasks_per_day", "lag_median"],
            "topic_weeks": ["topic_id", "week", "interns"],
            "similarity": ["intern_a", "intern_b", "shared", "weeks"],
        ]
        for table in tables {
            let expected = try #require(leading[table.name])
            #expect(Array(table.columns.prefix(expected.count)) == expected, "\(table.name)")
            #expect(table.rows.allSatisfy { $0.count == table.columns.count }, "\(table.name)")
        }
        let interns = try table("interns")
        for day in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] { #expect(interns.columns.contains(day)) }
    }

    @Test func rowCountsAndOrder() throws {
        #expect(try table("interns").rows.map { $0[0] } == [.text("alice__site"), .text("bob"), .text("carol")])
        let weeks = try table("weeks")
        #expect(weeks.rows.map { "\($0[0].plainText)/\($0[1].plainText)" } == ["alice__site/1", "alice__site/3", "alice__site/4", "bob/2"])
        // 5 + 4 + 0 + 4 day entries.
        #expect(try table("days").rows.count == 13)
        // Week 1: 3 + 2 + 1 + 1 lines in entries + 1 loose; week 3: 5; bob: 5.
        let tasks = try table("tasks")
        #expect(tasks.rows.count == 18)
        // The loose task comes after the day entries, with no day index.
        #expect(try cell(tasks, 7, "day_index") == .empty)
        #expect(try cell(tasks, 7, "text") == .text("Docker basics"))
        #expect(try cell(tasks, 7, "source") == .text(FixtureCohort.aliceWeek1Path + ":20"))
        #expect(try table("topics").rows.count == 12)
        #expect(try table("diagnostics").rows.count == 7)
        #expect(try table("cohort").rows.count == 4)
        #expect(try table("topic_weeks").rows.count == 16)
    }

    @Test func cellsAreTypedAndRounded() throws {
        let interns = try table("interns")
        #expect(try cell(interns, 0, "missing_weeks") == .text("2"))
        #expect(try cell(interns, 0, "tasks_per_week") == .number(6))
        #expect(try cell(interns, 0, "tasks_per_day") == .number(1.375))
        #expect(try cell(interns, 0, "curriculum_coverage") == .number(1))
        #expect(try cell(interns, 0, "warnings") == .integer(3))
        #expect(try cell(interns, 0, "mon") == .integer(4))
        #expect(try cell(interns, 1, "curriculum_coverage") == .number(0.75))
        #expect(try cell(interns, 1, "missing_weeks") == .text("1"))
        // carol: statistics over nothing are empty, never 0.
        #expect(try cell(interns, 2, "tasks_per_week") == .empty)
        #expect(try cell(interns, 2, "lag_median") == .empty)
        #expect(try cell(interns, 2, "first_week") == .empty)
        #expect(try cell(interns, 2, "missing_weeks") == .empty)
        let weeks = try table("weeks")
        #expect(try cell(weeks, 0, "first_date") == .date(try #require(FixtureCohort.date(2025, 9, 8))))
        #expect(try cell(weeks, 0, "other_langs") == .text("vi"))
        #expect(try cell(weeks, 0, "lag_p90") == .integer(3))
        #expect(try cell(weeks, 0, "same_day_share") == .number(0.5))
        #expect(try cell(weeks, 0, "topics") == .integer(7))
        #expect(try cell(weeks, 0, "date_order") == .text("dmy"))
        #expect(try cell(weeks, 0, "diagnostics") == .integer(2))
        #expect(try cell(weeks, 1, "lang") == .text("vi"))
        #expect(try cell(weeks, 1, "lag_mean") == .empty)
        #expect(try cell(weeks, 1, "first_date") == .empty)
        #expect(try cell(weeks, 1, "active_days") == .integer(4))
        #expect(try cell(weeks, 2, "style") == .text("empty"))
        let days = try table("days")
        #expect(try cell(days, 3, "lag_days") == .integer(-1))
        #expect(try cell(days, 2, "weekday") == .integer(2))
        #expect(try cell(days, 4, "weekday") == .empty)
        #expect(try cell(days, 0, "source") == .text(FixtureCohort.aliceWeek1Path + ":10"))
        #expect(try cell(days, 5, "day_label") == .text("Thứ 2"))
        let tasks = try table("tasks")
        #expect(try cell(tasks, 1, "kind") == .text("subtask"))
        #expect(try cell(tasks, 4, "topics") == .text("api-gateway;golang"))
        #expect(try cell(tasks, 4, "source") == .text(FixtureCohort.aliceWeek1Path + ":14"))
        let cohort = try table("cohort")
        #expect(cohort.rows.map { $0[3] } == [.number(1.5), .number(1.25), .number(1.25), .empty])
        let topics = try table("topics")
        #expect(topics.rows[2] == [.text("alice__site"), .text("ec2"), .text("Amazon EC2"), .text("core"),
                                   .integer(5), .integer(2), .integer(1), .integer(3)])
        let diagnostics = try table("diagnostics")
        #expect(diagnostics.rows[0] == [.text("warning"), .text("no-site"), .empty, .empty, .text("stray.md"),
                                        .integer(1), .integer(1), .text("not inside a site")])
    }

    @Test func sameInputSameTables() throws {
        let again = ReportBuilder(taxonomy: try FixtureCohort.taxonomy()).build(FixtureCohort.make())
        #expect(again == tables)
    }

    @Test func anonymizeEverywhere() throws {
        let builder = ReportBuilder(taxonomy: try FixtureCohort.taxonomy(), anonymize: true)
        let anonymous = builder.build(FixtureCohort.make())
        let interns = try #require(anonymous.first { $0.name == "interns" })
        #expect(interns.rows.map { $0[0] } == [.text("intern-001"), .text("intern-002"), .text("intern-003")])
        let everything = anonymous.flatMap { $0.rows.flatMap { $0.map(\.plainText) } }.joined(separator: "\n")
        #expect(!everything.contains("alice"))
        #expect(!everything.contains("bob/"))
        #expect(everything.contains("intern-001/content/1-Worklog/1.1-Week1/_index.md:10"))
        let diagnostics = try #require(anonymous.first { $0.name == "diagnostics" })
        let unreadable = try #require(diagnostics.rows.first { $0[1] == .text("unreadable-file") })
        #expect(unreadable[2] == .text("intern-002"))
        #expect(unreadable[4] == .text("intern-002/content/worklog/week9.md"))
        #expect(unreadable[7] == .text("cannot read intern-002/content/worklog/week9.md"))
    }
}

@Suite struct AnonymizerTests {
    @Test func pseudonymsFollowSortedIDs() {
        let anonymizer = Anonymizer(internIDs: ["zed", "amy__site", "amy__site/fcj-workshop"])
        #expect(anonymizer.pseudonyms == ["amy__site": "intern-001", "amy__site/fcj-workshop": "intern-002", "zed": "intern-003"])
        // The nested id is replaced as a whole, not as amy__site + /fcj-workshop.
        #expect(anonymizer.scrub("amy__site/fcj-workshop/content/x.md") == "intern-002/content/x.md")
        #expect(anonymizer.scrub("amy__site/content/x.md") == "intern-001/content/x.md")
        // An id inside a longer name is left alone.
        #expect(anonymizer.scrub("zedd and xzed stay; zed goes") == "zedd and xzed stay; intern-003 goes")
        #expect(anonymizer.scrub("'zed'") == "'intern-003'")
    }
}
