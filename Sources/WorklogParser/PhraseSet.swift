/// Phrases to look for in folded words, compiled once: `"next week"`, `"plan*"`.
/// A phrase is words separated by spaces; a trailing `*` on its last word allows a
/// suffix; long words tolerate one typo (see `Words.wordMatches`).
struct PhraseSet: Sendable, ExpressibleByArrayLiteral {
    struct Pattern: Sendable {
        var bytes: [UInt8]
        var isPrefix: Bool
    }

    let phrases: [[Pattern]]

    init(_ phrases: [String]) {
        self.phrases = phrases.compactMap { phrase in
            let parts = phrase.split(separator: " ").map { part -> Pattern in
                part.hasSuffix("*") ? Pattern(bytes: Array(part.dropLast().utf8), isPrefix: true)
                    : Pattern(bytes: Array(part.utf8), isPrefix: false)
            }
            return parts.isEmpty ? nil : parts
        }
    }

    init(arrayLiteral elements: String...) { self.init(elements) }
}
