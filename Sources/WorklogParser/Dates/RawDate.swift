import WorklogModel

/// A date as written, before its day/month order and year are known.
public struct RawDate: Sendable, Hashable {
    /// First number as written, or the month when `monthKnown`.
    public var first: Int
    /// Second number as written, or the day when `monthKnown`.
    public var second: Int
    public var year: Int?
    /// ISO and month-name forms: no order to infer.
    public var monthKnown: Bool

    public init(first: Int, second: Int, year: Int?, monthKnown: Bool) {
        self.first = first
        self.second = second
        self.year = year
        self.monthKnown = monthKnown
    }

    /// A date with its month known (ISO, month names).
    public static func fixed(month: Int, day: Int, year: Int?) -> RawDate {
        RawDate(first: month, second: day, year: year, monthKnown: true)
    }

    /// Whether the two numbers could be read either way.
    public var isAmbiguous: Bool { !monthKnown && forcedOrder == nil }

    /// The order this date alone forces: a first number over 12 forces day-first,
    /// a second one month-first.
    public var forcedOrder: DateOrder? {
        if monthKnown { return nil }
        if first > 12 { return .dmy }
        if second > 12 { return .mdy }
        return nil
    }

    /// Month and day under an order (ignored when the month is known).
    public func monthDay(_ order: DateOrder) -> (month: Int, day: Int) {
        if monthKnown || order == .mdy { return (first, second) }
        return (second, first)
    }

    /// Whether the date exists under the order (a year-less date in a leap year).
    public func isValid(_ order: DateOrder) -> Bool {
        let (m, d) = monthDay(order)
        return CalendarDate(year: year ?? 2000, month: m, day: d) != nil
    }

    /// Whether some order reads it as a real date.
    var isReadable: Bool {
        monthKnown ? isValid(.iso) : (isValid(.dmy) || isValid(.mdy))
    }

    /// `03/04`, `03/04/2025` or `2025-04-03`, for messages.
    var written: String {
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let year = year.map { "/\($0)" } ?? ""
        return monthKnown ? "\(year.dropFirst())-\(pad(first))-\(pad(second))" : "\(pad(first))/\(pad(second))\(year)"
    }
}
