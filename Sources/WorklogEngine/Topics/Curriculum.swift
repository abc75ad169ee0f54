import Foundation

/// The topics an internship is expected to cover: a list of taxonomy ids.
public struct Curriculum: Sendable, Hashable {
    /// Distinct ids, in file order.
    public let topicIDs: [String]

    public init(topicIDs: [String]) {
        var seen: Set<String> = []
        self.topicIDs = topicIDs.filter { seen.insert($0).inserted }
    }

    /// The default: the taxonomy's `core` topics.
    public static func core(of taxonomy: Taxonomy) -> Curriculum {
        Curriculum(topicIDs: taxonomy.coreTopicIDs)
    }

    /// Reads a curriculum file (`--curriculum FILE`).
    public static func load(contentsOf url: URL, taxonomy: Taxonomy) throws -> Curriculum {
        try Curriculum(parsing: TaxonomyError.readText(url, kind: "curriculum"), path: url.path, taxonomy: taxonomy)
    }

    /// One topic id per line; `#` starts a comment (whole line or after the id).
    public init(parsing text: String, path: String, taxonomy: Taxonomy) throws {
        var ids: [String] = []
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = Substring(rawLine)
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let id = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if id.isEmpty { continue }
            guard taxonomy.index(of: id) != nil else {
                throw TaxonomyError(path: path, line: lineNumber,
                                    "'\(id)' is not a topic id of the taxonomy: use an id from its first column")
            }
            ids.append(id)
        }
        guard !ids.isEmpty else {
            throw TaxonomyError(path: path, line: 0, "the curriculum lists no topic id: write one id per line")
        }
        self.init(topicIDs: ids)
    }
}
