/// A day cell read as a weekday: a name (`Mon`, `Thứ 2`, `CN`), `Day N`, or bare numbers.
public struct DayLabel: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// weekday names and Vietnamese forms; `first`/`last` are weekdays
        case named
        /// `Day 1`; `first`/`last` are weekdays, Day 1 = Monday
        case dayNumber
        /// `3`, `2 - 3`, `5, 6, 7`; `first`/`last` are the numbers as written
        case bare
    }

    public var kind: Kind
    /// The first day (a range or list takes its first).
    public var first: Int
    /// The last day of a range or list, nil for a single day.
    public var last: Int?

    public init(kind: Kind, first: Int, last: Int? = nil) {
        self.kind = kind
        self.first = first
        self.last = last
    }

    /// The weekday of the first day; bare numbers need the table's habit.
    public func weekday(habit: BareNumberHabit) -> Int? {
        kind == .bare ? habit.weekday(first) : first
    }
}
