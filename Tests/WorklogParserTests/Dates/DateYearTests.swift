import Testing
import WorklogModel
@testable import WorklogParser

@Suite struct DateYearTests {
    @Test func yearFromThePagesOtherDates() {
        // Across New Year: 30/12 is nearest 2026-01-02 in 2025.
        let r = Pages.one(Pages.page([
            Pages.row(10, day: "Tue", start: "30/12"), Pages.row(11, day: "Fri", start: "02/01/2026"),
        ]))
        #expect(r.entries.map(\.start) == [day(2025, 12, 30), day(2026, 1, 2)])
        #expect(r.entries.map(\.weekday) == [2, 5])
        #expect(r.codes() == [])
    }

    @Test func yearFromTheWeekRange() {
        let r = Pages.one(Pages.page(Pages.rows([("Thứ 2", "20/10"), ("Thứ 3", "21/10")]),
                                     weekRange: "Tuần 7 (20/10/2025 - 24/10/2025)"), lang: "vi")
        #expect(r.entries.map(\.start) == [day(2025, 10, 20), day(2025, 10, 21)])
        #expect(r.weekRange == day(2025, 10, 20)!...day(2025, 10, 24)!)
        #expect(r.order == .dmy)
    }

    @Test func yearFromTheNearestDatedWeekOfTheSite() {
        // Week 1 is dated December 2025; week 4 writes 05/01 and 06/01 with no year:
        // three weeks later is January 2026, not January 2025.
        let r = Pages.site([
            (Pages.page(Pages.rows([("Mon", "15/12/2025")])), "en", 1),
            (Pages.page(Pages.rows([("Mon", "20/10/2024")])), "en", 10),
            (Pages.page(Pages.rows([("Mon", "05/01"), ("Tue", "06/01")]), frontMatterDate: "2024-01-01"), "en", 4),
        ])
        #expect(r[2].entries.map(\.start) == [day(2026, 1, 5), day(2026, 1, 6)])
        #expect(r[2].entries.map(\.weekday) == [1, 2])
        #expect(!r[2].codes().contains("date-year-from-front-matter"))
    }

    @Test func frontMatterYearPickedByWeekdayLabels() {
        // A template date of 2024: Mon May 11 is a Monday only in 2026 (and 2020; 2026 is nearer after).
        let r = Pages.one(Pages.page([Pages.row(10, day: "Mon", start: "May 11"), Pages.row(11, day: "Tue", start: "May 12")],
                                     frontMatterDate: "2024-11-18T00:00:00Z"))
        #expect(r.order == .iso)
        #expect(r.entries.map(\.start) == [day(2026, 5, 11), day(2026, 5, 12)])
        #expect(r.frontMatterDate == day(2024, 11, 18))
        #expect(r.messages("date-year-from-front-matter")
            == ["dates without a year take 2026 from the front matter date, moved from 2024 so the weekday labels agree"])
        #expect(r.diagnostics.first?.location.line == 3)
    }

    @Test func frontMatterYearKeptWhenLabelsAgree() {
        let r = Pages.one(Pages.page([Pages.row(10, day: "Thứ 2", start: "18/11")], frontMatterDate: "2024-11-18"), lang: "vi")
        #expect(r.entries[0].start == day(2024, 11, 18))
        #expect(r.messages("date-year-from-front-matter") == ["dates without a year take 2024 from the front matter date"])
    }

    @Test func noYearSource() {
        let r = Pages.one(Pages.page([Pages.row(10, day: "Mon", start: "20/10", completion: "21/10")],
                                     frontMatterDate: "`r Sys.Date()`"))
        #expect(r.entries[0].start == nil)
        #expect(r.entries[0].completion == nil)
        #expect(r.entries[0].weekday == 1)
        #expect(r.codes().filter { $0 == "date-year-unknown" }.count == 2)
        #expect(r.messages("front-matter-date-unreadable") == ["front matter date '`r Sys.Date()`' is not a date"])
    }

    @Test func bareYearFrontMatter() {
        let r = Pages.one(Pages.page([Pages.row(10, start: "October 20")], frontMatterDate: "2025"))
        #expect(r.entries[0].start == day(2025, 10, 20))
        #expect(r.frontMatterDate == nil)
    }
}
