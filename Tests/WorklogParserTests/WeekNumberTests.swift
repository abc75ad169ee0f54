import Testing
import WorklogParser

@Suite struct WeekNumberTests {
    @Test(arguments: [
        ("1.7-Week7", 7), ("1.7-week7", 7), ("1.1-Week 1 worklog", 1), ("week_5", 5),
        ("week-07", 7), ("tuan-7", 7), ("Tuần-8", 8), ("week3.md", 3), ("1.1-Week1.md", 1),
        ("1.12-Week12.en.md", 12), ("week-10.vi.md", 10), ("Week11", 11), ("Worklog_week1.10", 10),
        ("Worklog_week1.3", 3), ("1.9-something", 9), ("3", 3), ("12", 12), ("1.13-Week13", 13),
    ])
    func namesGiveWeeks(name: String, week: Int) {
        #expect(WeekNumber.fromName(name) == week)
    }

    @Test(arguments: [
        "_index.md", "_index.vi.md", "index.md", "1-Worklog", "worklog", "notes", "week-2025",
        "1.3.2-Day12-2025-09-23", "day-2", "1.", "2025", "weekly",
    ])
    func namesWithoutWeek(name: String) {
        #expect(WeekNumber.fromName(name) == nil)
    }

    @Test func explicitWeekWordWinsOverHugoPrefix() {
        // `1.7-Week8`: the prefix only orders the menu; the word says which week.
        #expect(WeekNumber.fromName("1.7-Week8") == 8)
    }

    @Test(arguments: [
        ("Week 7 Worklog", 7), ("Tuần 7", 7), ("Worklog Tuần 12", 12), ("Worklog tuần 3", 3),
        ("Nhật ký công việc Tuần 4", 4), ("1.1. Nhật ký Tuần 1", 1), ("Week 10: Wrap-up & Demo", 10),
        ("[Expected] Week 9 Worklog", 9), ("1.5. Something else", 5), ("Week 07 Report", 7),
    ])
    func titlesGiveWeeks(title: String, week: Int) {
        #expect(WeekNumber.fromTitle(title) == week)
    }

    @Test func decomposedVietnameseTitle() {
        // `Tuần` written with a combining grave accent (NFD), as some editors save it.
        let decomposed = "Worklog Tu\u{0061}\u{0302}\u{0300}n 6"
        #expect(WeekNumber.fromTitle(decomposed) == 6)
    }

    @Test(arguments: ["Worklog", "Nhật ký công việc", "Worklog Summary", "Week of reflection", ""])
    func titlesWithoutWeek(title: String) {
        #expect(WeekNumber.fromTitle(title) == nil)
    }

    @Test func preField() {
        #expect(WeekNumber.fromPre(" <b> 1.7. </b> ") == 7)
        #expect(WeekNumber.fromPre("<b>1.12.</b>") == 12)
        #expect(WeekNumber.fromPre(" <b> 1.4 </b> ") == 4)
        #expect(WeekNumber.fromPre(" <b> 1. </b> ") == nil)
        #expect(WeekNumber.fromPre("") == nil)
    }

    @Test func dayNames() {
        #expect(WeekNumber.isDayName("day-2"))
        #expect(WeekNumber.isDayName("Day12.md"))
        #expect(WeekNumber.isDayName("1.3.2-Day12-2025-09-23"))
        #expect(WeekNumber.isDayName("ngay-3"))
        #expect(WeekNumber.isDayName("2025-09-23"))
        #expect(!WeekNumber.isDayName("1.3-Week3"))
        #expect(!WeekNumber.isDayName("monday-notes"))
        #expect(!WeekNumber.isDayName("Thursday-2"))
        #expect(!WeekNumber.isDayName("_index.md"))
    }
}
