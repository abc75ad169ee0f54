/// One topic of a taxonomy: a row of `topics.tsv`.
public struct Topic: Sendable, Hashable {
    /// Stable kebab-case id (`api-gateway`).
    public var id: String
    public var name: String
    /// `core` topics make the default curriculum.
    public var category: String
    public var aliases: [TopicAlias]
    /// Line of the taxonomy file the topic was read from.
    public var line: Int

    public init(id: String, name: String, category: String, aliases: [TopicAlias], line: Int = 0) {
        self.id = id
        self.name = name
        self.category = category
        self.aliases = aliases
        self.line = line
    }
}

/// One way of writing a topic. `exact` aliases (written `=Go` in the file) match
/// case- and diacritic-sensitively; the others match without case or diacritics.
public struct TopicAlias: Sendable, Hashable {
    public var text: String
    public var exact: Bool

    public init(_ text: String, exact: Bool = false) {
        self.text = text
        self.exact = exact
    }
}
