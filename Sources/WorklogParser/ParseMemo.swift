/// What the parser found out about short texts that repeat from page to page (headings,
/// label lines, table headers), remembered by one worker across the pages it parses.
///
/// Every answer is a pure function of the text's bytes, so remembering changes no result.
/// Not thread-safe: one memo per worker thread (`PageParser.parse(_:path:memo:)`).
public final class ParseMemo {
    /// Remembered answers about a heading or label text (see `Vocabulary`).
    struct TextFacts {
        var wordCount: Int
        var isWeekRange: Bool
        var section: SectionKind?
        /// Short and not numbered (`Vocabulary.isLabelShaped`).
        var isLabelShaped: Bool
        var namesDay: Bool
        /// Speaks of next week or a plan (`Vocabulary.nextWeek`).
        var isPlan: Bool

        var labelSection: SectionKind? { isLabelShaped ? section : nil }
    }

    /// Bytes as a dictionary key, hashed in one call.
    private struct Key: Hashable {
        let bytes: [UInt8]
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    /// Entries kept at most; past it the memo starts afresh (texts of one cohort repeat a lot).
    static let limit = 8192

    private var facts: [Key: TextFacts] = [:]
    private var roles: [Key: ColumnRole] = [:]

    public init() {}

    func facts(_ text: String) -> TextFacts {
        let key = Key(bytes: Array(text.utf8))
        if let known = facts[key] { return known }
        let w = Words(text)
        let section = Vocabulary.section(w)
        let found = TextFacts(
            wordCount: w.count, isWeekRange: Vocabulary.isWeekRange(text, w), section: section,
            isLabelShaped: Vocabulary.isLabelShaped(w), namesDay: Vocabulary.namesDay(text, w),
            isPlan: w.has(Vocabulary.nextWeek))
        if facts.count >= Self.limit { facts.removeAll(keepingCapacity: true) }
        facts[key] = found
        return found
    }

    /// Role of a table header cell, from its raw bytes.
    func role(ofHeaderCell cell: ArraySlice<UInt8>) -> ColumnRole {
        let key = Key(bytes: Array(cell))
        if let known = roles[key] { return known }
        let role = Vocabulary.role(ofHeader: PlainText.of(cell))
        if roles.count >= Self.limit { roles.removeAll(keepingCapacity: true) }
        roles[key] = role
        return role
    }
}
