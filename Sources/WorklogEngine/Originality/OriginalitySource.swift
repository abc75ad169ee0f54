/// Another intern an intern shares text with, and how many of the intern's texts they share.
public struct OriginalitySource: Sendable, Hashable, Codable {
    public var intern: String
    public var texts: Int

    public init(intern: String, texts: Int) {
        self.intern = intern
        self.texts = texts
    }
}
