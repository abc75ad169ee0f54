/// Finds the topics a text mentions.
///
/// Aliases are folded once into sequences of word ids; a text is folded and split
/// into words in one pass, and only words that start some alias are looked at.
/// Matching is leftmost-longest and does not overlap: `Amazon API Gateway` is
/// `api-gateway`, not also `rest-api` through its word `API`.
public struct TopicMatcher: Sendable {
    public let taxonomy: Taxonomy

    private struct CompiledAlias: Sendable {
        var words: [Int32]
        /// The words as written, for exact aliases.
        var exactWords: [[UInt8]]?
        var topic: Int
    }

    private struct Word {
        var id: Int32
        var start: String.Index
        var end: String.Index
    }

    /// Hash of a folded word -> candidate ids (collisions are checked against `vocabulary`).
    private let wordIDs: [UInt64: [Int32]]
    private let vocabulary: [[UInt8]]
    /// Aliases by the id of their first word, longest first.
    private let aliasesByFirstWord: [[CompiledAlias]]

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        var wordIDs: [UInt64: [Int32]] = [:]
        var vocabulary: [[UInt8]] = []
        func intern(_ word: [UInt8]) -> Int32 {
            let hash = TopicMatcher.hash(word)
            if let ids = wordIDs[hash], let id = ids.first(where: { vocabulary[Int($0)] == word }) { return id }
            let id = Int32(vocabulary.count)
            vocabulary.append(word)
            wordIDs[hash, default: []].append(id)
            return id
        }
        var compiled: [CompiledAlias] = []
        for (topicIndex, topic) in taxonomy.topics.enumerated() {
            for alias in topic.aliases {
                let folded = TextFolding.words(alias.text)
                guard !folded.isEmpty else { continue }
                let ids = folded.map(intern)
                compiled.append(CompiledAlias(
                    words: ids, exactWords: alias.exact ? TextFolding.exactWords(alias.text) : nil, topic: topicIndex))
            }
        }
        var byFirst = Array(repeating: [CompiledAlias](), count: vocabulary.count)
        for alias in compiled { byFirst[Int(alias.words[0])].append(alias) }
        for index in byFirst.indices {
            // Longest first; ties keep taxonomy order so results do not depend on hashing.
            byFirst[index] = byFirst[index].enumerated().sorted {
                ($0.element.words.count, -$0.offset) > ($1.element.words.count, -$1.offset)
            }.map(\.element)
        }
        self.wordIDs = wordIDs
        self.vocabulary = vocabulary
        self.aliasesByFirstWord = byFirst
    }

    /// FNV-1a, enough to index a few hundred alias words.
    @inline(__always)
    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// Positions (in `taxonomy.topics`) of the topics `text` mentions, ascending, each once.
    public func topicIndices(in text: String) -> [Int] {
        var found: Set<Int> = []
        collect(text, into: &found)
        return found.sorted()
    }

    /// Ids of the topics `text` mentions, in taxonomy order.
    public func topicIDs(in text: String) -> [String] {
        topicIndices(in: text).map { taxonomy.topics[$0].id }
    }

    /// Adds the topics of `text` to `found` (positions in `taxonomy.topics`).
    public func collect(_ text: String, into found: inout Set<Int>) {
        let words = splitKnownWords(text)
        guard !words.isEmpty else { return }
        let utf8 = text.utf8
        var position = 0
        while position < words.count {
            let first = words[position].id
            guard first >= 0 else { position += 1; continue }
            var matched: CompiledAlias?
            candidates: for alias in aliasesByFirstWord[Int(first)] {
                let length = alias.words.count
                guard position + length <= words.count else { continue }
                for offset in 1..<length where words[position + offset].id != alias.words[offset] {
                    continue candidates
                }
                if let exact = alias.exactWords {
                    for offset in 0..<length {
                        let word = words[position + offset]
                        guard offset < exact.count, utf8[word.start..<word.end].elementsEqual(exact[offset]) else {
                            continue candidates
                        }
                    }
                }
                matched = alias
                break
            }
            if let matched {
                found.insert(matched.topic)
                position += matched.words.count
            } else {
                position += 1
            }
        }
    }

    private static func startsWithSlashes(_ scalars: String.UnicodeScalarView, at index: String.Index) -> Bool {
        guard index < scalars.endIndex, scalars[index] == "/" else { return false }
        let second = scalars.index(after: index)
        return second < scalars.endIndex && scalars[second] == "/"
    }

    /// Words of `text` with their alias-word id (-1 when no alias uses the word).
    private func splitKnownWords(_ text: String) -> [Word] {
        var words: [Word] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        let scalars = text.unicodeScalars
        var wordStart = scalars.startIndex
        var inWord = false
        var index = scalars.startIndex
        func flush(until end: String.Index) {
            guard !current.isEmpty else { return }
            let hash = TopicMatcher.hash(current)
            var id: Int32 = -1
            if let ids = wordIDs[hash], let hit = ids.first(where: { vocabulary[Int($0)] == current }) { id = hit }
            words.append(Word(id: id, start: wordStart, end: end))
            current.removeAll(keepingCapacity: true)
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            var next = scalars.index(after: index)
            if scalar == ":", inWord, TopicMatcher.startsWithSlashes(scalars, at: next) {
                // A URL (`https://docs.aws.amazon.com/vpc/...`) names no topic: drop its
                // scheme word and skip to the next space.
                current.removeAll(keepingCapacity: true)
                inWord = false
                while next < scalars.endIndex, !scalars[next].properties.isWhitespace { next = scalars.index(after: next) }
            } else if TextFolding.append(scalar, to: &current) {
                if !inWord { wordStart = index; inWord = true }
            } else if inWord {
                flush(until: index)
                inWord = false
            }
            index = next
        }
        flush(until: scalars.endIndex)
        return words
    }
}
