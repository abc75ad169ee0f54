import Testing
import WorklogModel
@testable import WorklogParser

@Suite struct EntryDatesTests {
    @Test func startIsFirstDateCompletionIsLastDate() {
        let r = Pages.one(Pages.page([
            Pages.row(10, day: "Mon", start: "20/10/2025, 21/10/2025", completion: "22/10/2025 and 23/10/2025"),
        ]))
        #expect(r.entries[0].start == day(2025, 10, 20))
        #expect(r.entries[0].completion == day(2025, 10, 23))
    }

    @Test func completionFromARangeInTheStartCell() {
        let r = Pages.one(Pages.page([Pages.row(10, day: "Monday-Thursday", start: "20/10/2025 - 23/10/2025")]))
        #expect(r.entries[0].start == day(2025, 10, 20))
        #expect(r.entries[0].completion == day(2025, 10, 23))
        #expect(r.entries[0].weekday == 1)
    }

    @Test func dateOnlyInTheDayColumnIsTheStart() {
        let r = Pages.one(Pages.page([
            Pages.row(10, day: "Monday (20/10/2025)"),
            Pages.row(11, day: "20/10/2025 - 24/10/2025"),
            Pages.row(12, day: "Thứ 3", date: "21/10/2025"),
            Pages.row(13, day: "Thứ 4 (20/10/2025)", date: "22/10/2025"),
        ]))
        #expect(r.entries.map(\.start) == [day(2025, 10, 20), day(2025, 10, 20), day(2025, 10, 21), day(2025, 10, 22)])
        #expect(r.entries.map(\.completion) == [nil, nil, nil, nil])
        #expect(r.entries.map(\.weekday) == [1, 1, 2, 3])
    }

    @Test func startCellBeatsTheDayColumn() {
        let r = Pages.one(Pages.page([Pages.row(10, day: "Tue (21/10/2025)", start: "2025-10-21", completion: "2025-10-24")]))
        #expect(r.entries[0].start == day(2025, 10, 21))
        #expect(r.entries[0].completion == day(2025, 10, 24))
    }

    @Test func weekdayFromDateElseLabel() {
        let r = Pages.one(Pages.page([
            Pages.row(10, day: "Day 1"), Pages.row(11, day: "T3"), Pages.row(12, day: "Chủ nhật"),
            Pages.row(13, day: "Thứ Năm", start: "2025-10-23"), Pages.row(14, day: "Work"),
        ]))
        #expect(r.entries.map(\.weekday) == [1, 2, 7, 4, nil])
        #expect(r.diagnostics.isEmpty)
    }

    @Test func labelDisagreeingWithDate() throws {
        let r = Pages.one(Pages.page([Pages.row(10, day: "Tue", start: "2025-10-20")]))
        #expect(r.entries[0].weekday == 1)  // the date is the truth
        let d = try #require(r.diagnostics.first)
        #expect(d.code == "weekday-mismatch")
        #expect(d.severity == .warning)
        #expect(d.message == "day 'Tue' is a Tuesday but 2025-10-20 is a Monday")
        #expect(d.location == SourceLocation(path: "site/week1/_index.en.md", line: 10))
    }

    @Test func negativeLagIsKept() {
        let r = Pages.one(Pages.page([Pages.row(12, day: "Wed", start: "22/10/2025", completion: "20/10/2025")]))
        #expect(r.entries[0].start == day(2025, 10, 22))
        #expect(r.entries[0].completion == day(2025, 10, 20))
        #expect(r.messages("negative-lag") == ["completion 2025-10-20 is before start 2025-10-22"])
        #expect(r.diagnostics.first?.location.line == 12)
    }

    @Test func bareNumbersFollowEachTablesDates() {
        // Table 0 counts Vietnamese (2 = Monday), table 1 counts 1 = Monday; both dated Monday..Wednesday.
        let vi = Pages.rows([("2", "20/10/2025"), ("3", "21/10/2025"), ("4", "22/10/2025")], table: 0)
        let one = Pages.rows([("1", "27/10/2025"), ("2", "28/10/2025"), ("3", "29/10/2025")], table: 1)
        let undated = [Pages.row(30, day: "2", table: 2), Pages.row(31, day: "8", table: 2),
                       Pages.row(32, day: "1", table: 3), Pages.row(33, day: "7", table: 3),
                       Pages.row(34, day: "2 - 3", table: 2), Pages.row(35, day: "5, 6, 7", table: 3)]
        let r = Pages.one(Pages.page(vi + one + undated), lang: "vi")
        #expect(r.entries.map(\.weekday) == [1, 2, 3, 1, 2, 3, 1, 7, 1, 7, 1, 5])
        #expect(r.diagnostics.isEmpty)
    }

    @Test func bareNumberHabitDisagreeingWithDate() {
        // Most dates follow the Vietnamese habit; the odd row is reported.
        let rows = Pages.rows([("2", "20/10/2025"), ("3", "21/10/2025"), ("3", "22/10/2025")])
        let r = Pages.one(Pages.page(rows), lang: "vi")
        #expect(r.entries.map(\.weekday) == [1, 2, 3])
        #expect(r.messages("weekday-mismatch") == ["day '3' is a Tuesday but 2025-10-22 is a Wednesday"])
    }

    @Test func weekRangeForms() {
        let a = Pages.one(Pages.page([], weekRange: "Week 3 (23/03/2026 - 27/03/2026)"))
        #expect(a.weekRange == day(2026, 3, 23)!...day(2026, 3, 27)!)
        #expect(a.order == .dmy)
        let b = Pages.one(Pages.page([], weekRange: "Week Duration: September 22 - 28, 2025"))
        #expect(b.weekRange == day(2025, 9, 22)!...day(2025, 9, 28)!)
        #expect(b.order == .iso)
        let c = Pages.one(Pages.page([], weekRange: "22-26/09/2025"))
        #expect(c.weekRange == day(2025, 9, 22)!...day(2025, 9, 26)!)
        let none = Pages.one(Pages.page([]))
        #expect(none.weekRange == nil)
        #expect(none.order == DateOrder.none)
    }

    @Test func garbageDateIsReported() {
        let r = Pages.one(Pages.page([Pages.row(10, day: "Mon", start: "04/200/2026", completion: "2026-04-21")]))
        #expect(r.entries[0].start == nil)
        #expect(r.entries[0].completion == day(2026, 4, 21))
        #expect(r.entries[0].weekday == 1)
        #expect(r.messages("date-unreadable") == ["'04/200/2026' in the start cell is not a date"])
    }
}
