import Testing
import WorklogModel

@Suite struct CalendarDateTests {
    @Test func roundTripsDayNumbers() {
        for n in stride(from: -25_000, through: 80_000, by: 37) {
            let d = CalendarDate(dayNumber: n)
            #expect(d.dayNumber == n)
            #expect(CalendarDate(year: d.year, month: d.month, day: d.day) == d)
        }
    }

    @Test func knownWeekdays() throws {
        let monday = try #require(CalendarDate(year: 2025, month: 10, day: 20))
        #expect(monday.weekday == 1)
        #expect(CalendarDate(year: 2024, month: 2, day: 29)?.weekday == 4)
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.weekday == 4)
        #expect(CalendarDate(year: 2026, month: 5, day: 10)?.weekday == 7)
        #expect(monday.iso == "2025-10-20")
    }

    @Test func rejectsImpossibleDates() {
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2025, month: 4, day: 31) == nil)
    }

    @Test func decimalFormatting() {
        #expect(ReportCell.format(0.5) == "0.5")
        #expect(ReportCell.format(2) == "2")
        #expect(ReportCell.format(1.0005) == "1")  // half-even at the 4th decimal
        #expect(ReportCell.format(-1.25) == "-1.25")
        #expect(ReportCell.format(0.001) == "0.001")
        #expect(ReportCell.format(1e-7) == "0")
        #expect(ReportCell.decimal(2.0 / 3.0).plainText == "0.667")
        #expect(ReportCell.decimal(nil) == .empty)
    }
}
