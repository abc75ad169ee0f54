/// Statistics of completion lags (days). Negative lags are data errors: they are
/// left out, as SPEC 6 asks. A statistic over no values is nil (an empty cell).
public struct LagStatistics: Sendable, Hashable {
    /// The lags used, sorted (negatives removed).
    public let values: [Int]
    public let mean: Double?
    /// Nearest-rank median: rank ceil(n/2), 1-based (the 2nd of 4 values).
    public let median: Int?
    /// Nearest-rank 90th percentile: rank ceil(0.9 n).
    public let p90: Int?
    public let max: Int?
    /// Share of the lags that are 0 (done the day it started).
    public let sameDayShare: Double?

    public init(lags: [Int]) {
        let values = lags.filter { $0 >= 0 }.sorted()
        self.values = values
        if values.isEmpty {
            mean = nil
            sameDayShare = nil
        } else {
            mean = Double(values.reduce(0, +)) / Double(values.count)
            sameDayShare = Double(values.count(where: { $0 == 0 })) / Double(values.count)
        }
        median = LagStatistics.nearestRank(50, of: values)
        p90 = LagStatistics.nearestRank(90, of: values)
        max = values.last
    }

    /// The p-th percentile of sorted values: the value at rank ceil(p/100 × n), 1-based;
    /// nil for no values. Integer arithmetic, so 90 % of 10 is exactly rank 9.
    public static func nearestRank(_ percent: Int, of sorted: [Int]) -> Int? {
        guard !sorted.isEmpty else { return nil }
        let rank = (percent * sorted.count + 99) / 100
        return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
    }
}
