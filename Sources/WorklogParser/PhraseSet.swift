/// Phrases to look for in folded words, compiled once: `"next week"`, `"plan*"`.
/// A phrase is words separated by spaces; a trailing `*` on its last word allows a
/// suffix; long words tolerate one typo (see `Words.wordMatches`).
///
/// Stored flat (all pattern bytes in one array, patterns and phrases as ranges), so
/// matching walks plain buffers with no reference counting per word.
struct PhraseSet: Sendable, ExpressibleByArrayLiteral {
    struct Pattern: Sendable {
        /// Range of the word's bytes in `bytes`.
        var start: Int
        var count: Int
        var isPrefix: Bool
    }

    struct Phrase: Sendable {
        /// Range of the phrase's words in `patterns`.
        var first: Int
        var count: Int
    }

    let bytes: [UInt8]
    let patterns: [Pattern]
    let phrases: [Phrase]

    init(_ texts: [String]) {
        var bytes: [UInt8] = []
        var patterns: [Pattern] = []
        var phrases: [Phrase] = []
        for phrase in texts {
            let parts = phrase.split(separator: " ")
            guard !parts.isEmpty else { continue }
            phrases.append(Phrase(first: patterns.count, count: parts.count))
            for part in parts {
                let isPrefix = part.hasSuffix("*")
                let word = Array((isPrefix ? part.dropLast() : part).utf8)
                patterns.append(Pattern(start: bytes.count, count: word.count, isPrefix: isPrefix))
                bytes += word
            }
        }
        self.bytes = bytes
        self.patterns = patterns
        self.phrases = phrases
    }

    init(arrayLiteral elements: String...) { self.init(elements) }
}
