import WorklogModel

/// Two interns whose logs share text. Which one copied is not claimed; the earliest dates of
/// the weeks involved are given where known.
public struct SimilarPair: Sendable, Hashable, Codable {
    /// `internA < internB`.
    public var internA: String
    public var internB: String
    /// Texts shared: the smaller of (A's texts matching a text of B, B's texts matching a text of A).
    public var shared: Int
    /// Week of A and week of B holding matching texts, ascending.
    public var weeks: [WeekPair]
    /// Earliest date of A's weeks involved, and of B's.
    public var firstDateA: CalendarDate?
    public var firstDateB: CalendarDate?

    public struct WeekPair: Sendable, Hashable, Codable, Comparable {
        public var a: Int
        public var b: Int
        public init(a: Int, b: Int) { self.a = a; self.b = b }
        public static func < (l: WeekPair, r: WeekPair) -> Bool { (l.a, l.b) < (r.a, r.b) }
    }

    public init(internA: String, internB: String, shared: Int, weeks: [WeekPair],
                firstDateA: CalendarDate?, firstDateB: CalendarDate?) {
        self.internA = internA
        self.internB = internB
        self.shared = shared
        self.weeks = weeks
        self.firstDateA = firstDateA
        self.firstDateB = firstDateB
    }

    /// `3:3;5:6`: A's week, then B's.
    public var weeksText: String { weeks.map { "\($0.a):\($0.b)" }.joined(separator: ";") }

    /// The same pair with both sides swapped.
    func swapped() -> SimilarPair {
        SimilarPair(internA: internB, internB: internA, shared: shared,
                    weeks: weeks.map { WeekPair(a: $0.b, b: $0.a) }.sorted(),
                    firstDateA: firstDateB, firstDateB: firstDateA)
    }
}
