/// How one intern covered one topic.
public struct InternTopic: Sendable, Hashable {
    public var topicID: String
    /// Texts that mention it (each text counts once).
    public var mentions: Int
    /// Week numbers in which it is mentioned, ascending.
    public var weeks: [Int]

    public var firstWeek: Int? { weeks.first }
    public var lastWeek: Int? { weeks.last }
}
