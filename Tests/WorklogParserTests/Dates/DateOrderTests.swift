import Testing
import WorklogModel
@testable import WorklogParser

@Suite struct DateOrderTests {
    @Test func firstNumberOver12ForcesDayFirst() {
        let r = Pages.one(Pages.page(Pages.rows([("Mon", "20/10/2025"), ("Tue", "21/10/2025")])))
        #expect(r.order == .dmy)
        #expect(r.entries.map(\.start) == [day(2025, 10, 20), day(2025, 10, 21)])
        #expect(r.diagnostics.isEmpty)
    }

    @Test func secondNumberOver12ForcesMonthFirst() {
        let r = Pages.one(Pages.page(Pages.rows([("Mon", "3/30/2026"), ("Tue", "03/31/2026"), ("Wed", "4/1/2026")])))
        #expect(r.order == .mdy)
        // 4/1 is not forced by itself: the page's order reads it.
        #expect(r.entries.map(\.start) == [day(2026, 3, 30), day(2026, 3, 31), day(2026, 4, 1)])
        #expect(r.entries.map(\.weekday) == [1, 2, 3])
        #expect(r.diagnostics.isEmpty)
    }

    @Test func spanDecidesAnUnforcedPage() throws {
        // 2023-04-03 was a Monday; read month-first the dates would span March to July.
        let rows = Pages.rows([("Mon", "03/04/2023"), ("Tue", "04/04/2023"), ("Wed", "05/04/2023"),
                               ("Thu", "06/04/2023"), ("Fri", "07/04/2023")])
        let r = Pages.one(Pages.page(rows))
        #expect(r.order == .dmy)
        #expect(r.entries.first?.start == day(2023, 4, 3))
        #expect(r.entries.last?.start == day(2023, 4, 7))
        #expect(r.entries.map(\.weekday) == [1, 2, 3, 4, 5])
        let d = try #require(r.diagnostics.first)
        #expect(r.diagnostics.count == 1)
        #expect(d.severity == .info)
        #expect(d.code == "date-order-inferred")
        #expect(d.message == "read 03/04/2023 as day-first: dates span 4 days instead of 122")
        #expect(d.location == SourceLocation(path: "site/week1/_index.en.md", line: 10))
    }

    @Test func weekdayLabelsDecideWhenSpansTie() throws {
        // One date: no span. 06/01/2025 is Monday 6 January day-first, Sunday 1 June month-first.
        let dmy = Pages.one(Pages.page(Pages.rows([("Thứ 2", "06/01/2025")])), lang: "vi")
        #expect(dmy.order == .dmy)
        #expect(dmy.entries[0].start == day(2025, 1, 6))
        #expect(dmy.messages("date-order-inferred") == ["read 06/01/2025 as day-first: 1 weekday labels agree instead of 0"])
        let mdy = Pages.one(Pages.page(Pages.rows([("Mon", "01/06/2025")])))
        #expect(mdy.order == .mdy)
        #expect(mdy.entries[0].start == day(2025, 1, 6))
        #expect(mdy.entries[0].weekday == 1)
    }

    @Test func siteHabitOfSameLanguage() {
        // en pages force month-first, vi pages day-first; an unforced page follows its language.
        let r = Pages.site([
            (Pages.page(Pages.rows([("Mon", "10/20/2025")])), "en", 1),
            (Pages.page(Pages.rows([("Mon", "10/27/2025")])), "en", 2),
            (Pages.page(Pages.rows([("Thứ 2", "20/10/2025")])), "vi", 1),
            (Pages.page(Pages.rows([("Thứ 2", "27/10/2025")])), "vi", 2),
            (Pages.page(Pages.rows([("Thứ 2", "03/11/2025")])), "vi", 3),
            (Pages.page(Pages.rows([("", "11/03/2025")])), "en", 3),
            (Pages.page(Pages.rows([("", "03/11/2025")])), "vi", 4),
        ])
        #expect(r.map(\.order) == [.mdy, .mdy, .dmy, .dmy, .dmy, .mdy, .dmy])
        #expect(r[5].entries[0].start == day(2025, 11, 3))
        #expect(r[5].messages("date-order-inferred")
            == ["read 11/03/2025 as month-first: the habit of this site's en pages (2 of 2 pages whose dates force an order)"])
        #expect(r[6].entries[0].start == day(2025, 11, 3))
        #expect(r[6].messages("date-order-inferred").first?.contains("this site's vi pages (2 of 2") == true)
        // The labelled page 4 (vi, week 3) agrees with Thứ 2 either way? 03/11 is a Monday day-first only.
        #expect(r[4].entries[0].weekday == 1)
    }

    @Test func siteHabitAcrossLanguages() {
        let r = Pages.site([
            (Pages.page(Pages.rows([("Mon", "10/20/2025")])), "en", 1),
            (Pages.page(Pages.rows([("Mon", "10/27/2025")])), "en", 2),
            (Pages.page(Pages.rows([("", "11/03/2025")])), "vi", 3),
        ])
        #expect(r[2].order == .mdy)
        #expect(r[2].entries[0].start == day(2025, 11, 3))
        #expect(r[2].messages("date-order-inferred")
            == ["read 11/03/2025 as month-first: the habit of this site (2 of 2 pages whose dates force an order)"])
    }

    @Test func spanOfYearlessDatesWithNoYearSource() {
        // No year anywhere: the dates stay empty, but their span still picks the order.
        let r = Pages.one(Pages.page([Pages.row(10, start: "03/04"), Pages.row(11, start: "07/04")]))
        #expect(r.order == .dmy)
        #expect(r.entries.map(\.start) == [nil, nil])
        #expect(r.messages("date-order-inferred") == ["read 03/04 as day-first: dates span 4 days instead of 122"])
        #expect(r.messages("date-year-unknown").count == 2)
    }

    @Test func dayFirstByDefault() {
        let r = Pages.one(Pages.page([Pages.row(10, start: "05/06/2025")]))
        #expect(r.order == .dmy)
        #expect(r.entries[0].start == day(2025, 6, 5))
        #expect(r.entries[0].weekday == 4)
        #expect(r.messages("date-order-inferred") == ["read 05/06/2025 as day-first: nothing decides, day-first by default"])
    }

    @Test func conflictFollowsTheMajority() {
        let rows = Pages.rows([("Mon", "20/10/2025"), ("Tue", "21/10/2025"), ("Wed", "10/22/2025")])
        let r = Pages.one(Pages.page(rows))
        #expect(r.order == .dmy)
        #expect(r.entries.map(\.start) == [day(2025, 10, 20), day(2025, 10, 21), nil])
        #expect(r.entries[2].weekday == 3)  // from its label
        #expect(r.diagnostics.first?.severity == .warning)
        #expect(r.messages("date-order-conflict") == ["dates force both orders (2 day-first, 1 month-first): read day-first by majority"])
        #expect(r.messages("date-unreadable") == ["'10/22/2025' is no date when read day-first like the page"])
    }

    @Test func isoAndNone() {
        let iso = Pages.one(Pages.page([Pages.row(10, start: "2025-10-20", completion: "Oct 21, 2025")]))
        #expect(iso.order == .iso)
        #expect(iso.entries[0].start == day(2025, 10, 20))
        #expect(iso.entries[0].completion == day(2025, 10, 21))
        #expect(iso.diagnostics.isEmpty)
        let none = Pages.one(Pages.page([Pages.row(10, day: "Mon")]))
        #expect(none.order == DateOrder.none)
        #expect(none.entries[0].start == nil)
        #expect(none.entries[0].weekday == 1)
    }
}
