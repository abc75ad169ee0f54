import Foundation

/// The topics that coverage is measured against, read from a tab-separated file:
/// `id`, `name`, `category`, `aliases` (`|`-separated; `=Alias` is exact).
/// Blank lines and lines starting with `#` are ignored; the first other line is the header.
public struct Taxonomy: Sendable, Hashable {
    public let topics: [Topic]
    private let positions: [String: Int]

    public static let bundledFileName = "topics.tsv"
    public static let expectedHeader = ["id", "name", "category", "aliases"]

    public init(topics: [Topic]) throws {
        var positions: [String: Int] = [:]
        for (position, topic) in topics.enumerated() {
            if let first = positions[topic.id] {
                throw TaxonomyError(path: "<taxonomy>", line: topic.line,
                                    "topic id '\(topic.id)' is used twice (also topic \(first + 1)): give each topic its own id")
            }
            positions[topic.id] = position
        }
        self.topics = topics
        self.positions = positions
    }

    /// Position of a topic in `topics`.
    public func index(of id: String) -> Int? { positions[id] }

    public func topic(_ id: String) -> Topic? { positions[id].map { topics[$0] } }

    /// Ids of the `core` topics, in file order: the default curriculum.
    public var coreTopicIDs: [String] { topics.filter { $0.category == "core" }.map(\.id) }

    /// The taxonomy shipped with the engine (`Resources/topics.tsv`, compiled in).
    public static func bundled() throws -> Taxonomy {
        try Taxonomy(parsing: ShippedTaxonomy.text, path: bundledFileName)
    }

    /// Reads a taxonomy file (`--topics FILE`).
    public static func load(contentsOf url: URL) throws -> Taxonomy {
        try Taxonomy(parsing: TaxonomyError.readText(url, kind: "taxonomy"), path: url.path)
    }

    /// Parses taxonomy text; errors name `path`, the line and what to fix.
    public init(parsing text: String, path: String) throws {
        var topics: [Topic] = []
        var seenIDs: [String: Int] = [:]
        // Folded alias -> (topic id, line): the same alias in two topics would be ambiguous.
        var aliasOwners: [String: (String, Int)] = [:]
        var sawHeader = false
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if !sawHeader {
                guard fields.map({ $0.lowercased() }) == Taxonomy.expectedHeader else {
                    throw TaxonomyError(path: path, line: lineNumber,
                                        "the header must be the four tab-separated columns id, name, category, aliases; found '\(fields.joined(separator: "|"))'")
                }
                sawHeader = true
                continue
            }
            guard fields.count == 4 else {
                throw TaxonomyError(path: path, line: lineNumber,
                                    "expected 4 tab-separated columns (id, name, category, aliases), found \(fields.count): separate columns with one tab each")
            }
            let id = fields[0], name = fields[1], category = fields[2]
            guard Taxonomy.isValidID(id) else {
                throw TaxonomyError(path: path, line: lineNumber,
                                    "topic id '\(id)' must be lowercase letters, digits and '-' (like 'api-gateway')")
            }
            if let first = seenIDs[id] {
                throw TaxonomyError(path: path, line: lineNumber,
                                    "topic id '\(id)' is already used on line \(first): give each topic its own id")
            }
            guard !name.isEmpty else {
                throw TaxonomyError(path: path, line: lineNumber, "topic '\(id)' has no name: fill the name column")
            }
            guard Taxonomy.isValidID(category) else {
                throw TaxonomyError(path: path, line: lineNumber,
                                    "topic '\(id)' has category '\(category)': use lowercase letters, digits and '-' (like 'core')")
            }
            var aliases: [TopicAlias] = []
            var ownKeys: Set<String> = []
            for rawAlias in fields[3].split(separator: "|", omittingEmptySubsequences: false) {
                var aliasText = rawAlias.trimmingCharacters(in: .whitespaces)
                var exact = false
                if aliasText.hasPrefix("=") {
                    exact = true
                    aliasText = String(aliasText.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
                guard !aliasText.isEmpty else {
                    throw TaxonomyError(path: path, line: lineNumber,
                                        "topic '\(id)' has an empty alias: remove the extra '|' or write the alias")
                }
                let words = exact ? TextFolding.exactWords(aliasText) : TextFolding.words(aliasText)
                guard !words.isEmpty else {
                    throw TaxonomyError(path: path, line: lineNumber,
                                        "alias '\(aliasText)' of topic '\(id)' has no letter or digit, so it can never match: remove it")
                }
                let key = (exact ? "=" : "") + words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
                // Two spellings that fold alike in one topic are harmless: keep one.
                guard ownKeys.insert(key).inserted else { continue }
                if let (owner, ownerLine) = aliasOwners[key] {
                    throw TaxonomyError(path: path, line: lineNumber,
                                        "alias '\(aliasText)' of topic '\(id)' is also an alias of '\(owner)' (line \(ownerLine)): keep it in one topic only")
                }
                aliasOwners[key] = (id, lineNumber)
                aliases.append(TopicAlias(aliasText, exact: exact))
            }
            seenIDs[id] = lineNumber
            topics.append(Topic(id: id, name: name, category: category, aliases: aliases, line: lineNumber))
        }
        guard sawHeader else {
            throw TaxonomyError(path: path, line: 0,
                                "the file has no header: start it with the line 'id<TAB>name<TAB>category<TAB>aliases'")
        }
        guard !topics.isEmpty else {
            throw TaxonomyError(path: path, line: 0, "the taxonomy lists no topic: add one line per topic under the header")
        }
        try self.init(topics: topics)
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }
}
