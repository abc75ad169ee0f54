import Testing
import WorklogModel
@testable import WorklogParser

@Suite struct DayLabelTests {
    private func weekday(_ text: String, _ habit: BareNumberHabit = .vietnamese) -> Int? {
        DateReader.weekdayLabel(text)?.weekday(habit: habit)
    }

    @Test func englishNames() {
        #expect(weekday("Monday") == 1)
        #expect(weekday("Mon") == 1)
        #expect(weekday("tue") == 2)
        #expect(weekday("Thursday") == 4)
        #expect(weekday("Thu") == 4)
        #expect(weekday("Sun") == 7)
        #expect(weekday("Monday (08/09)") == 1)
        #expect(weekday("Day 3") == 3)
        #expect(DateReader.weekdayLabel("Day 3")?.kind == .dayNumber)
    }

    @Test func vietnameseForms() {
        #expect(weekday("Thứ 2") == 1)
        #expect(weekday("Thứ Hai") == 1)
        #expect(weekday("thứ tư") == 3)
        #expect(weekday("Thứ Sáu") == 5)
        #expect(weekday("Thứ 7") == 6)
        #expect(weekday("T2") == 1)
        #expect(weekday("T6") == 5)
        #expect(weekday("CN") == 7)
        #expect(weekday("Chủ nhật") == 7)
        #expect(weekday("Chủ&nbsp;Nhật") == 7)
        #expect(weekday("Năm") == 4)
        #expect(weekday("Bảy") == 6)
        #expect(weekday("Thứ 2 (20/10)") == 1)
    }

    @Test func rangesTakeTheFirstDay() {
        #expect(DateReader.weekdayLabel("Monday-Thursday") == DayLabel(kind: .named, first: 1, last: 4))
        #expect(DateReader.weekdayLabel("Mon - Tue") == DayLabel(kind: .named, first: 1, last: 2))
        #expect(DateReader.weekdayLabel("Thứ 2-CN") == DayLabel(kind: .named, first: 1, last: 7))
        #expect(DateReader.weekdayLabel("Thứ 4-5") == DayLabel(kind: .named, first: 3, last: 4))
        #expect(DateReader.weekdayLabel("Thu, Fri, Sat") == DayLabel(kind: .named, first: 4, last: 6))
        #expect(DateReader.weekdayLabel("5, 6, 7") == DayLabel(kind: .bare, first: 5, last: 7))
        #expect(DateReader.weekdayLabel("2 - 3") == DayLabel(kind: .bare, first: 2, last: 3))
    }

    @Test func bareNumbersDependOnHabit() {
        #expect(weekday("3", .vietnamese) == 2)
        #expect(weekday("3", .mondayIsOne) == 3)
        #expect(weekday("8", .vietnamese) == 7)
        #expect(weekday("8", .mondayIsOne) == nil)
        #expect(weekday("1", .vietnamese) == nil)
        #expect(weekday("6.1", .mondayIsOne) == 6)
    }

    @Test func indexWithNamedDayUsesTheName() {
        #expect(weekday("2 (T3)") == 2)
        #expect(weekday("8 (T2)") == 1)
        #expect(weekday("3 (Tue)") == 2)
    }

    @Test func rangeLedByABareNumber() {
        // `7-CN` and `6 - Sun`: Saturday-Sunday and Friday-Sunday in the Vietnamese habit.
        #expect(DateReader.weekdayLabel("7-CN") == DayLabel(kind: .bare, first: 7))
        #expect(weekday("6 - Sun") == 5)
        #expect(weekday("7 - Chủ nhật") == 6)
    }

    @Test func notLabels() {
        #expect(DateReader.weekdayLabel("Thứ") == nil)
        #expect(DateReader.weekdayLabel("Week 3") == nil)
        #expect(DateReader.weekdayLabel("12") == nil)
        #expect(DateReader.weekdayLabel("20/10/2025") == nil)
        #expect(DateReader.weekdayLabel("T9.6") == nil)
        #expect(DateReader.weekdayLabel("Monitoring") == nil)
    }
}
