/// How bare day numbers count.
public enum BareNumberHabit: String, Sendable, Hashable {
    /// `2`..`7` = Monday..Saturday, `8` = Sunday (Vietnamese `Thứ 2`..)
    case vietnamese
    /// `1`..`7` = Monday..Sunday
    case mondayIsOne

    /// The weekday (1 = Monday) of bare number `n`, nil when out of the habit's range.
    public func weekday(_ n: Int) -> Int? {
        switch self {
        case .vietnamese: (2...8).contains(n) ? n - 1 : nil
        case .mondayIsOne: (1...7).contains(n) ? n : nil
        }
    }
}
