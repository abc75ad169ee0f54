import Testing
import WorklogModel
@testable import WorklogParser

@Suite struct DateScannerTests {
    private func one(_ text: String) -> RawDate? {
        let tokens = DateReader.scan(text)
        guard tokens.count == 1, case .date(let d) = tokens[0] else { return nil }
        return d
    }

    @Test func numericForms() {
        #expect(one("20/10/2025") == RawDate(first: 20, second: 10, year: 2025, monthKnown: false))
        #expect(one("3/30/2026") == RawDate(first: 3, second: 30, year: 2026, monthKnown: false))
        #expect(one("20-10-2025") == RawDate(first: 20, second: 10, year: 2025, monthKnown: false))
        #expect(one("20.10.2025") == RawDate(first: 20, second: 10, year: 2025, monthKnown: false))
        #expect(one("20/10/25") == RawDate(first: 20, second: 10, year: 2025, monthKnown: false))
        #expect(one("20/10") == RawDate(first: 20, second: 10, year: nil, monthKnown: false))
        #expect(one("ngày 5/9") == RawDate(first: 5, second: 9, year: nil, monthKnown: false))
        #expect(one("Monday (08/09)") == RawDate(first: 8, second: 9, year: nil, monthKnown: false))
    }

    @Test func isoAndMonthNames() {
        #expect(one("2025-10-20") == .fixed(month: 10, day: 20, year: 2025))
        #expect(one("2025/10/20") == .fixed(month: 10, day: 20, year: 2025))
        #expect(one("2024-11-18T00:00:00Z") == .fixed(month: 11, day: 18, year: 2024))
        #expect(one("Oct 20, 2025") == .fixed(month: 10, day: 20, year: 2025))
        #expect(one("October 20") == .fixed(month: 10, day: 20, year: nil))
        #expect(one("Sept. 3rd 2025") == .fixed(month: 9, day: 3, year: 2025))
        #expect(one("20 October 2025") == .fixed(month: 10, day: 20, year: 2025))
        #expect(one("20 tháng 10, 2025") == .fixed(month: 10, day: 20, year: 2025))
        #expect(one("ngày 20 tháng 10 năm 2025") == .fixed(month: 10, day: 20, year: 2025))
    }

    @Test func ranges() {
        let a = RawDate(first: 20, second: 10, year: 2025, monthKnown: false)
        let b = RawDate(first: 24, second: 10, year: 2025, monthKnown: false)
        #expect(DateReader.scan("20/10/2025 - 24/10/2025") == [.range(a, b)])
        #expect(DateReader.scan("20/10/2025 – 24/10/2025") == [.range(a, b)])
        #expect(DateReader.scan("20/10/2025-24/10/2025") == [.range(a, b)])
        #expect(DateReader.scan("20/10/2025 to 24/10/2025") == [.range(a, b)])
        #expect(DateReader.scan("20/10 - 24/10/2025")
            == [.range(RawDate(first: 20, second: 10, year: nil, monthKnown: false), b)])
        #expect(DateReader.scan("September 22 - 28, 2025")
            == [.range(.fixed(month: 9, day: 22, year: nil), .fixed(month: 9, day: 28, year: 2025))])
        #expect(DateReader.scan("Sept 22nd - 26th, 2025")
            == [.range(.fixed(month: 9, day: 22, year: nil), .fixed(month: 9, day: 26, year: 2025))])
        #expect(DateReader.scan("Jun 30, 2025 - Jul 4, 2025")
            == [.range(.fixed(month: 6, day: 30, year: 2025), .fixed(month: 7, day: 4, year: 2025))])
        #expect(DateReader.scan("22-26/09/2025") == [.range(
            RawDate(first: 22, second: 9, year: 2025, monthKnown: false),
            RawDate(first: 26, second: 9, year: 2025, monthKnown: false))])
        #expect(DateReader.scan("2025-10-20 → 2025-10-22")
            == [.range(.fixed(month: 10, day: 20, year: 2025), .fixed(month: 10, day: 22, year: 2025))])
    }

    @Test func garbageIsInvalid() {
        #expect(DateReader.scan("04/200/2026") == [.invalid("04/200/2026")])
        #expect(DateReader.scan("31/02/2025") == [.invalid("31/02/2025")])
        #expect(DateReader.scan("13/13/2025") == [.invalid("13/13/2025")])
        #expect(DateReader.scan("`r Sys.Date()`").isEmpty)
    }

    @Test func notDates() {
        #expect(DateReader.scan("2-3").isEmpty)          // day range
        #expect(DateReader.scan("5-6").isEmpty)
        #expect(DateReader.scan("9.92%").isEmpty)
        #expect(DateReader.scan("T9.6").isEmpty)         // task id
        #expect(DateReader.scan("Ubuntu 22.04 LTS").isEmpty)
        #expect(DateReader.scan("10.0.0.0/16").isEmpty)
        #expect(DateReader.scan("May the force").isEmpty)
    }

    @Test func severalDatesInOrder() {
        let tokens = DateReader.scan("started 01/10/2025, ended 2025-10-03")
        #expect(tokens.count == 2)
        #expect(tokens.first?.firstDate == RawDate(first: 1, second: 10, year: 2025, monthKnown: false))
        #expect(tokens.last?.lastDate == .fixed(month: 10, day: 3, year: 2025))
    }

    @Test func frontMatterDates() {
        #expect(DateReader.frontMatterDate("2024-11-18T00:00:00Z") == day(2024, 11, 18))
        #expect(DateReader.frontMatterDate("\"2025-09-08\"") == day(2025, 9, 8))
        #expect(DateReader.frontMatterDate("`r Sys.Date()`") == nil)
        #expect(DateReader.frontMatterYear("2025") == 2025)
        #expect(DateReader.frontMatterYear("`r Sys.Date()`") == nil)
    }
}
