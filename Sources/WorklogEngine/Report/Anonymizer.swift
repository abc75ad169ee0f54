import WorklogModel

/// Replaces intern ids by stable pseudonyms (`intern-001`, numbered by sorted id)
/// in ids, paths and diagnostic messages, so a report can be shared.
public struct Anonymizer: Sendable {
    /// Original id -> pseudonym.
    public let pseudonyms: [String: String]
    /// Ids longest first, so `A__B/site` is replaced before `A__B`.
    private let idsByLength: [[UInt8]]
    private let replacements: [[UInt8]]

    public init(internIDs: [String]) {
        let sorted = Array(Set(internIDs)).sorted()
        let width = max(3, String(sorted.count).count)
        var pseudonyms: [String: String] = [:]
        for (position, id) in sorted.enumerated() {
            let number = String(position + 1)
            pseudonyms[id] = "intern-" + String(repeating: "0", count: width - number.count) + number
        }
        self.pseudonyms = pseudonyms
        let order = sorted.filter { !$0.isEmpty }.sorted { ($0.utf8.count, $0) > ($1.utf8.count, $1) }
        idsByLength = order.map { Array($0.utf8) }
        replacements = order.map { Array((pseudonyms[$0] ?? $0).utf8) }
    }

    /// Replaces every id that stands as a whole path component or word in `text`.
    public func scrub(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, !idsByLength.isEmpty else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var changed = false
        while index < bytes.count {
            var replaced = false
            if index == 0 || !Anonymizer.isNameByte(bytes[index - 1]) {
                for (id, pseudonym) in zip(idsByLength, replacements) {
                    let end = index + id.count
                    guard end <= bytes.count, bytes[index..<end].elementsEqual(id),
                          end == bytes.count || !Anonymizer.isNameByte(bytes[end]) || bytes[end] == UInt8(ascii: ".")
                    else { continue }
                    output.append(contentsOf: pseudonym)
                    index = end
                    replaced = true
                    changed = true
                    break
                }
            }
            if !replaced {
                output.append(bytes[index])
                index += 1
            }
        }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    /// Letters, digits and the characters repository names use: an id inside a longer name is not that id.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return true
        default:
            return byte >= 0x80
        }
    }

    public func apply(to cohort: Cohort) -> Cohort {
        var result = cohort
        result.interns = cohort.interns.map(apply).sorted { $0.id < $1.id }
        result.diagnostics = Diagnostic.sortedForReport(cohort.diagnostics.map(apply))
        var statistics = cohort.statistics
        statistics.dateOrders = Dictionary(
            cohort.statistics.dateOrders.map { (pseudonyms[$0.key] ?? scrub($0.key), $0.value) },
            uniquingKeysWith: { first, _ in first })
        result.statistics = statistics
        return result
    }

    func apply(_ intern: Intern) -> Intern {
        var result = intern
        result.id = pseudonyms[intern.id] ?? scrub(intern.id)
        result.diagnostics = intern.diagnostics.map(apply)
        result.weeks = intern.weeks.map { week in
            var week = week
            week.source = scrub(week.source)
            week.diagnostics = week.diagnostics.map(apply)
            week.entries = week.entries.map { entry in
                var entry = entry
                entry.source.path = scrub(entry.source.path)
                return entry
            }
            return week
        }
        return result
    }

    func apply(_ diagnostic: Diagnostic) -> Diagnostic {
        var result = diagnostic
        result.location.path = scrub(diagnostic.location.path)
        result.message = scrub(diagnostic.message)
        return result
    }
}
