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
        /// Byte offsets of the word in the text.
        var start: Int
        var end: Int
    }

    private let vocabulary: [[UInt8]]
    /// Folded alias word -> id, as an open-addressing table on the FNV hash, for matching: slot
    /// `hash & slotMask` onwards holds `id + 1` (0 is an empty slot), no hashing by `Hasher`.
    private let slots: [Int32]
    private let slotMask: Int
    /// Longest alias word: longer words of a text are no alias word.
    private let longestWord: Int
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
        self.vocabulary = vocabulary
        self.aliasesByFirstWord = byFirst
        var size = 16
        while size < vocabulary.count * 4 { size *= 2 }
        var slots = Array(repeating: Int32(0), count: size)
        for (id, word) in vocabulary.enumerated() {
            var slot = Int(truncatingIfNeeded: TopicMatcher.hash(word)) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(id + 1)
        }
        self.slots = slots
        self.slotMask = size - 1
        self.longestWord = vocabulary.map(\.count).max() ?? 0
    }

    /// Id of an alias word, -1 when no alias uses it.
    @inline(__always)
    private func wordID(_ word: [UInt8]) -> Int32 {
        guard word.count <= longestWord else { return -1 }
        var slot = Int(truncatingIfNeeded: TopicMatcher.hash(word)) & slotMask
        while true {
            let entry = slots[slot]
            if entry == 0 { return -1 }
            if vocabulary[Int(entry - 1)] == word { return entry - 1 }
            slot = (slot + 1) & slotMask
        }
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
        var text = text
        text.withUTF8 { bytes in collect(bytes, into: &found) }
    }

    private func collect(_ utf8: UnsafeBufferPointer<UInt8>, into found: inout Set<Int>) {
        let words = splitKnownWords(utf8)
        guard !words.isEmpty else { return }
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
                        guard offset < exact.count,
                              UnsafeBufferPointer(rebasing: utf8[word.start..<word.end]).elementsEqual(exact[offset])
                        else {
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

    /// The scalar at `i` of valid UTF-8 and the offset after it.
    @inline(__always)
    private static func scalar(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(u[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), i + 1) }
        var value: UInt32
        var length: Int
        if b0 < 0xE0 {
            value = b0 & 0x1F; length = 2
        } else if b0 < 0xF0 {
            value = b0 & 0x0F; length = 3
        } else {
            value = b0 & 0x07; length = 4
        }
        for k in 1..<length { value = (value << 6) | (UInt32(u[i + k]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", i + length)
    }

    private static func startsWithSlashes(_ u: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 1 < u.count && u[index] == UInt8(ascii: "/") && u[index + 1] == UInt8(ascii: "/")
    }

    /// Words of `text` (valid UTF-8) with their alias-word id (-1 when no alias uses the word);
    /// `start` and `end` are byte offsets.
    private func splitKnownWords(_ u: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var wordStart = 0
        var inWord = false
        var index = 0
        func flush(until end: Int) {
            guard !current.isEmpty else { return }
            words.append(Word(id: wordID(current), start: wordStart, end: end))
            current.removeAll(keepingCapacity: true)
        }
        while index < u.count {
            let (scalar, after) = TopicMatcher.scalar(u, at: index)
            var next = after
            if scalar == ":", inWord, TopicMatcher.startsWithSlashes(u, at: next) {
                // A URL (`https://docs.aws.amazon.com/vpc/...`) names no topic: drop its
                // scheme word and skip to the next space.
                current.removeAll(keepingCapacity: true)
                inWord = false
                while next < u.count {
                    let (s, n) = TopicMatcher.scalar(u, at: next)
                    if s.properties.isWhitespace { break }
                    next = n
                }
            } else if TextFolding.append(scalar, to: &current) {
                if !inWord { wordStart = index; inWord = true }
            } else if inWord {
                flush(until: index)
                inWord = false
            }
            index = next
        }
        flush(until: u.count)
        return words
    }
}
