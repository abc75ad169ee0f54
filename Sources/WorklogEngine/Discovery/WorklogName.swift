/// Whether a folder name names a worklog folder: `1-Worklog`, `1-WorkLog`, `work-log`,
/// `worklogs`, or one letter off (`1-Worlog`, `1-Wroklog` is two off and does not count).
enum WorklogName {
    enum Match: Sendable, Equatable { case exact, oneLetterOff, none }

    private static let word: [UInt8] = Array("worklog".utf8)

    static func match(_ name: String) -> Match {
        // Case and separators do not matter: `Work-Log` is `worklog`.
        let letters: [UInt8] = name.utf8.compactMap { byte in
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: " ") { return nil }
            if byte >= 65, byte <= 90 { return byte + 32 }
            return byte
        }
        if contains(letters, word) { return .exact }
        // Some substring of length 6...8 within one edit of `worklog`.
        for length in (word.count - 1)...(word.count + 1) where length <= letters.count {
            for start in 0...(letters.count - length) {
                if editDistance(letters[start..<(start + length)], word, limit: 1) <= 1 { return .oneLetterOff }
            }
        }
        return .none
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// Levenshtein distance, cut short once every path exceeds `limit`.
    private static func editDistance(_ a: ArraySlice<UInt8>, _ b: [UInt8], limit: Int) -> Int {
        let a = Array(a)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return rowMin }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
