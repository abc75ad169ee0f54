import WorklogModel

/// Every comparable text of the cohort, as occurrences of distinct comparison forms.
/// Occurrences are added intern by intern, so each intern's are one contiguous range
/// and each text's occurrences are in intern order.
struct OccurrenceTable: Sendable {
    private var ids: [[UInt64]: Int32] = [:]
    private(set) var distinctWords: [[UInt64]] = []
    private(set) var text: [Int32] = []
    private(set) var intern: [Int32] = []
    private(set) var week: [Int32] = []
    private(set) var location: [SourceLocation] = []
    /// Start of each intern's range; `internStart[i + 1]` ends it.
    private(set) var internStart: [Int] = [0]
    /// Occurrences of each distinct text, ascending (so by intern).
    private(set) var byText: [[Int32]] = []

    mutating func add(_ words: [UInt64], intern owner: Int32, week number: Int32, location place: SourceLocation) {
        let id: Int32
        if let known = ids[words] {
            id = known
        } else {
            id = Int32(distinctWords.count)
            ids[words] = id
            distinctWords.append(words)
            byText.append([])
        }
        byText[Int(id)].append(Int32(text.count))
        text.append(id)
        intern.append(owner)
        week.append(number)
        location.append(place)
    }

    mutating func closeIntern() { internStart.append(text.count) }

    func range(of owner: Int) -> Range<Int> { internStart[owner]..<internStart[owner + 1] }

    /// The distinct interns of each text, ascending.
    func internsOfText() -> [[Int32]] {
        byText.map { occurrences in
            var result: [Int32] = []
            for o in occurrences where result.last != intern[Int(o)] { result.append(intern[Int(o)]) }
            return result
        }
    }

    /// Occurrences of text `d` by intern `owner` (a contiguous run, found by binary search).
    func occurrences(of d: Int, by owner: Int32) -> ArraySlice<Int32> {
        let list = byText[d]
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if intern[Int(list[mid])] < owner { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < list.count, intern[Int(list[end])] == owner { end += 1 }
        return list[low..<end]
    }
}
