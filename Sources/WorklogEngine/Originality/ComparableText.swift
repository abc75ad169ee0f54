import WorklogModel

/// One text of a week that takes part in the comparison, in its comparison form.
struct ComparableText: Sendable {
    /// Hashes of the folded words.
    var words: [UInt64]
    var week: Int
    var location: SourceLocation

    /// The week's tasks and subtasks (day entries, then loose), objectives and achievements
    /// of at least `minimumWords` words, in page order.
    static func collect(_ log: WeekLog, minimumWords: Int, scratch: inout [UInt8]) -> [ComparableText] {
        var texts: [ComparableText] = []
        func add(_ text: String, _ location: SourceLocation) {
            let words = TextShingles.wordHashes(text, scratch: &scratch)
            if words.count >= minimumWords {
                texts.append(ComparableText(words: words, week: log.number, location: location))
            }
        }
        for entry in log.entries {
            for line in entry.tasks { add(line.text, SourceLocation(path: entry.source.path, line: line.line)) }
        }
        for line in log.looseTasks { add(line.text, SourceLocation(path: log.source, line: line.line)) }
        for item in log.objectives + log.achievements { add(item.text, SourceLocation(path: log.source, line: item.line)) }
        return texts
    }
}
