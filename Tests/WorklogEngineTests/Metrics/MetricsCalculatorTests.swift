import Testing
import WorklogEngine
import WorklogModel

@Suite struct MetricsCalculatorTests {
    let metrics: CohortMetrics

    init() throws {
        metrics = MetricsCalculator(taxonomy: try FixtureCohort.taxonomy()).metrics(for: FixtureCohort.make())
    }

    func intern(_ id: String) throws -> InternMetrics { try #require(metrics.interns.first { $0.id == id }) }
    func week(_ id: String, _ number: Int) throws -> WeekMetrics {
        try #require(try intern(id).weeks.first { $0.number == number })
    }

    @Test func dayEntriesOfAliceWeek1() throws {
        let days = try week("alice__site", 1).days
        #expect(days.map(\.tasks) == [2, 2, 1, 1, 0])
        #expect(days.map(\.subtasks) == [1, 0, 0, 0, 0])
        #expect(days.map(\.references) == [2, 1, 0, 0, 0])
        // lag = completion − start: 08→08 = 0, 09→12 = 3, none, 10→09 = −1, none.
        #expect(days.map(\.lagDays) == [0, 3, nil, -1, nil])
        #expect(days[1].topics == ["s3", "api-gateway", "golang"])
        #expect(days[0].topics == ["ec2"])
    }

    @Test func aliceWeek1() throws {
        let w = try week("alice__site", 1)
        #expect(w.dayEntries == 5)
        // 2 + 2 + 1 + 1 + 0 in entries, + 1 loose task.
        #expect(w.tasks == 7)
        #expect(w.subtasks == 1)
        // Pooled: 6 tasks in entries ÷ 4 entries that hold a task = 1.5 (loose task left out).
        #expect(w.entryTasks == 6)
        #expect(w.entriesWithTask == 4)
        #expect(w.tasksPerDay == 1.5)
        // Dates 09-08, 09-09, 09-10; the undated Tue row is 09-09 (a Tuesday) again; empty row has no task.
        #expect(w.activeDays == 3)
        #expect(w.firstDate == FixtureCohort.date(2025, 9, 8))
        #expect(w.lastDate == FixtureCohort.date(2025, 9, 12))
        // Lags 0, 3 (−1 excluded): mean 1.5; median rank ceil(0.5×2)=1 → 0; p90 rank ceil(0.9×2)=2 → 3.
        #expect(w.lag.values == [0, 3])
        #expect(w.lag.mean == 1.5)
        #expect(w.lag.median == 0)
        #expect(w.lag.p90 == 3)
        #expect(w.lag.max == 3)
        #expect(w.lag.sameDayShare == 0.5)
        #expect(w.objectives == 2)
        #expect(w.achievements == 1)
        #expect(w.references == 4)
        // S35 is not S3; "go" is not the exact alias Go; "API" inside "API Gateway" is not rest-api.
        #expect(w.topics == ["ec2", "s3", "vpc", "iam", "api-gateway", "golang", "docker"])
        // EC2: task, subtask, objective, achievement = 4 texts.
        #expect(w.topicMentions == ["ec2": 4, "s3": 1, "vpc": 1, "iam": 1, "api-gateway": 1, "golang": 1, "docker": 1])
        // Its own warning + the negative lag of row 4.
        #expect(w.diagnostics == 2)
        // Mon 2, Tue 2 + 1, Wed 1.
        #expect(w.tasksByWeekday == [2, 3, 1, 0, 0, 0, 0])
        #expect(w.otherLangs == ["vi"])
        #expect(w.dateOrder == .dmy)
    }

    @Test func weekOnlyInVietnameseWithoutDates() throws {
        let w = try week("alice__site", 3)
        #expect(w.lang == "vi")
        #expect(w.tasks == 5)
        // 5 tasks ÷ 4 entries = 1.25.
        #expect(w.tasksPerDay == 1.25)
        // Weekdays Mon, Tue + two rows with neither date nor weekday, each its own day.
        #expect(w.activeDays == 4)
        #expect(w.firstDate == nil)
        #expect(w.lastDate == nil)
        // No lag at all: every statistic is empty, never 0.
        #expect(w.lag.mean == nil)
        #expect(w.lag.median == nil)
        #expect(w.lag.p90 == nil)
        #expect(w.lag.max == nil)
        #expect(w.lag.sameDayShare == nil)
        // "máy ảo EC2", "mạng riêng ảo" (diacritics folded), the topic text, "Hiểu về S3".
        #expect(w.topics == ["ec2", "s3", "vpc", "iam"])
        // vpc: the task and the topic text (which names it twice, counted once).
        #expect(w.topicMentions == ["ec2": 1, "vpc": 2, "iam": 1, "s3": 1])
        #expect(w.tasksByWeekday == [2, 1, 0, 0, 0, 0, 0])
    }

    @Test func emptyWeekCountsNothing() throws {
        let w = try week("alice__site", 4)
        #expect(w.tasks == 0)
        #expect(w.tasksPerDay == nil)
        #expect(w.activeDays == 0)
        #expect(w.style == .empty)
        #expect(w.diagnostics == 1)
    }

    @Test func bobSameDayEntriesAndLags() throws {
        let w = try week("bob", 2)
        // Two Monday entries on 09-15 are one active day: 15, 19, 20.
        #expect(w.activeDays == 3)
        #expect(w.tasksPerDay == 1.25)
        // Lags 0, 1, 5, 0 → sorted 0 0 1 5: mean 6/4 = 1.5; median rank 2 → 0; p90 rank ceil(3.6)=4 → 5.
        #expect(w.lag.values == [0, 0, 1, 5])
        #expect(w.lag.mean == 1.5)
        #expect(w.lag.median == 0)
        #expect(w.lag.p90 == 5)
        #expect(w.lag.sameDayShare == 0.5)
        // "Golang" (non-exact alias) is golang; "Dockerfile" is one word, not Docker.
        #expect(w.topics == ["ec2", "s3", "iam", "golang", "docker"])
        #expect(w.tasksByWeekday == [3, 0, 0, 0, 1, 1, 0])
    }

    @Test func aliceAsIntern() throws {
        let a = try intern("alice__site")
        // Weeks with a task: 1, 3 (week 4 is empty).
        #expect(a.weeksWithTask == [1, 3])
        #expect(a.firstWeek == 1)
        #expect(a.lastWeek == 3)
        #expect(a.missingWeeks == [2])
        // 7 + 5 + 0.
        #expect(a.tasks == 12)
        // 12 ÷ 2 weeks = 6.
        #expect(a.tasksPerWeek == 6)
        // Pooled: (6 + 5) ÷ (4 + 4) = 1.375.
        #expect(a.tasksPerDay == 1.375)
        #expect(a.lag.values == [0, 3])
        #expect(a.lag.median == 0)
        #expect(a.tasksByWeekday == [4, 4, 1, 0, 0, 0, 0])
        #expect(a.topics.map(\.topicID) == ["api-gateway", "docker", "ec2", "golang", "iam", "s3", "vpc"])
        let ec2 = try #require(a.topics.first { $0.topicID == "ec2" })
        // 4 texts in week 1 + 1 in week 3.
        #expect(ec2.mentions == 5)
        #expect(ec2.weeks == [1, 3])
        let vpc = try #require(a.topics.first { $0.topicID == "vpc" })
        #expect(vpc.mentions == 3)
        // ec2, s3, vpc, iam of 4 core topics.
        #expect(a.curriculumCoverage == 1)
        // Warnings: date order, empty week, negative lag; info: draft.
        #expect(a.errors == 0)
        #expect(a.warnings == 3)
        #expect(a.infos == 1)
        #expect(a.firstDate == FixtureCohort.date(2025, 9, 8))
        #expect(a.lastDate == FixtureCohort.date(2025, 9, 12))
    }

    @Test func bobAndCarol() throws {
        let b = try intern("bob")
        #expect(b.missingWeeks == [1])
        #expect(b.tasksPerWeek == 5)
        // iam, s3, ec2 of 4.
        #expect(b.curriculumCoverage == 0.75)
        #expect(b.errors == 1)
        let c = try intern("carol")
        #expect(c.weeksWithTask.isEmpty)
        #expect(c.firstWeek == nil)
        #expect(c.missingWeeks.isEmpty)
        #expect(c.tasks == 0)
        #expect(c.tasksPerWeek == nil)
        #expect(c.tasksPerDay == nil)
        #expect(c.lag.mean == nil)
        #expect(c.curriculumCoverage == 0)
    }

    @Test func cohortTotals() {
        // 12 + 5 tasks over 3 intern-weeks.
        #expect(metrics.tasks == 17)
        #expect(metrics.internWeeksWithTask == 3)
        #expect(ReportCell.decimal(metrics.tasksPerWeek) == .number(5.667))
        // (11 + 5) ÷ (8 + 4) = 1.333...
        #expect(ReportCell.decimal(metrics.tasksPerDay) == .number(1.333))
        // 0 3 0 1 5 0 → 0 0 0 1 3 5: median rank 3 → 0, p90 rank ceil(5.4)=6 → 5, mean 9/6.
        #expect(metrics.lag.median == 0)
        #expect(metrics.lag.p90 == 5)
        #expect(metrics.lag.mean == 1.5)
        #expect(metrics.tasksByWeekday == [7, 4, 1, 0, 1, 1, 0])
        #expect(metrics.weeks.map(\.week) == [1, 2, 3, 4])
        #expect(metrics.weeks.map(\.internsActive) == [1, 1, 1, 0])
        #expect(metrics.weeks.map(\.tasks) == [7, 5, 5, 0])
        #expect(metrics.weeks.map(\.tasksPerDay) == [1.5, 1.25, 1.25, nil])
        #expect(metrics.weeks.map(\.lag.median) == [0, 0, nil, nil])
        #expect(metrics.curriculumCoverage == 1)
    }

    @Test func topicWeekMatrix() {
        let cells = metrics.topicWeeks.map { "\($0.topicID)@\($0.week)=\($0.interns)" }
        #expect(cells == [
            "api-gateway@1=1", "docker@1=1", "docker@2=1", "ec2@1=1", "ec2@2=1", "ec2@3=1",
            "golang@1=1", "golang@2=1", "iam@1=1", "iam@2=1", "iam@3=1",
            "s3@1=1", "s3@2=1", "s3@3=1", "vpc@1=1", "vpc@3=1",
        ])
    }

    @Test func diagnosticsAreAttributedAndNegativeLagReported() throws {
        let records = metrics.diagnostics
        // 6 given + 1 negative lag.
        #expect(records.count == 7)
        let lag = try #require(records.first { $0.diagnostic.code == MetricsDiagnostics.negativeLag })
        #expect(lag.intern == "alice__site")
        #expect(lag.week == 1)
        #expect(lag.diagnostic.location.line == 16)
        #expect(lag.diagnostic.severity == .warning)
        #expect(lag.diagnostic.message.contains("2025-09-09 is 1 day(s) before start date 2025-09-10"))
        #expect(records.first { $0.diagnostic.code == "config-default-language" }?.intern == "bob")
        let stray = try #require(records.first { $0.diagnostic.code == "no-site" })
        #expect(stray.intern == nil)
        // Sorted: no intern first, then alice (week none before 1), then bob.
        #expect(records.map { $0.intern ?? "" } == ["", "alice__site", "alice__site", "alice__site", "alice__site", "bob", "bob"])
        #expect(records[1].diagnostic.code == "draft-skipped")
        #expect(records.map(\.diagnostic.severity).count(where: { $0 == .warning }) == metrics.warnings)
        #expect(metrics.warnings == 4)
        #expect(metrics.errors == 1)
        #expect(metrics.infos == 2)
    }

    @Test func negativeLagAlreadyReportedIsNotDoubled() throws {
        var cohort = FixtureCohort.make()
        let existing = Diagnostic(.warning, MetricsDiagnostics.negativeLag,
                                  at: SourceLocation(path: FixtureCohort.aliceWeek1Path, line: 16, column: 5), "given")
        cohort.interns[0].weeks[0].diagnostics.append(existing)
        cohort.interns[0].diagnostics.append(existing)
        let m = MetricsCalculator(taxonomy: try FixtureCohort.taxonomy()).metrics(for: cohort)
        #expect(m.diagnostics.filter { $0.diagnostic.code == MetricsDiagnostics.negativeLag }.map(\.diagnostic.message) == ["given"])
        #expect(m.interns[0].warnings == 3)
    }
}

@Suite struct LagStatisticsTests {
    @Test func nearestRank() {
        // n = 10: median rank 5, p90 rank 9.
        let values = Array(1...10)
        #expect(LagStatistics.nearestRank(50, of: values) == 5)
        #expect(LagStatistics.nearestRank(90, of: values) == 9)
        // n = 4: median is the 2nd.
        #expect(LagStatistics.nearestRank(50, of: [1, 2, 3, 4]) == 2)
        #expect(LagStatistics.nearestRank(90, of: [7]) == 7)
        #expect(LagStatistics.nearestRank(50, of: []) == nil)
    }

    @Test func negativesExcludedAndEmptyStaysEmpty() {
        let stats = LagStatistics(lags: [-2, 4, 0, 2])
        // 0 2 4: mean 2, median rank 2 → 2, p90 rank ceil(2.7)=3 → 4, same-day 1/3.
        #expect(stats.values == [0, 2, 4])
        #expect(stats.mean == 2)
        #expect(stats.median == 2)
        #expect(stats.p90 == 4)
        #expect(ReportCell.decimal(stats.sameDayShare) == .number(0.333))
        let none = LagStatistics(lags: [-1])
        #expect(none.values.isEmpty)
        #expect(none.mean == nil && none.median == nil && none.max == nil && none.sameDayShare == nil)
    }
}
