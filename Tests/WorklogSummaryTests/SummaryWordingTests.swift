import Testing
import WorklogEngine
@testable import WorklogSummary

@Suite struct SummaryWordingTests {
    // Lags 0,0,1,1,1,2,2,3,3,9: 2 of 10 the same day; median rank 5 = 1; p90 rank 9 = 3; mean 22/10.
    static let lags = LagStatistics(lags: [3, 0, 1, 9, 1, 2, 0, 3, 1, 2, -2])

    @Test func lagInPlainEnglish() {
        #expect(SummaryWording(language: "en").lag(SummaryWordingTests.lags)
            == "Of 10 day entries with both a start and a completion date, 20% were finished the day they started and half within 1 day; nine in ten were finished within 3 days, and the longest took 9 days. On average an entry took 2.2 days.")
    }

    @Test func lagInPlainVietnamese() {
        #expect(SummaryWording(language: "vi").lag(SummaryWordingTests.lags)
            == "Trong 10 mục có đủ ngày bắt đầu và hoàn thành, 20% hoàn thành ngay trong ngày bắt đầu, một nửa hoàn thành trong vòng 1 ngày; 9/10 hoàn thành trong vòng 3 ngày, mục lâu nhất mất 9 ngày. Trung bình mỗi mục mất 2,2 ngày.")
    }

    @Test func numbersRoundHalfEven() {
        let en = SummaryWording(language: "en"), vi = SummaryWording(language: "vi")
        #expect(en.decimal(1.25) == "1.2")
        #expect(en.decimal(10.0 / 3) == "3.3")
        #expect(en.decimal(3) == "3")
        #expect(vi.decimal(1.75) == "1,8")
        #expect(en.percent(2.0 / 3) == "67%")
        #expect(en.percent(0.125) == "12%")
        #expect(SummaryWording(language: "fr").language == "en")
    }
}
