/// A cell of the topic × week matrix: interns that mention a topic in a week.
public struct TopicWeekCount: Sendable, Hashable {
    public var topicID: String
    public var week: Int
    public var interns: Int
}
