import Testing
@testable import WorklogEngine

@Suite struct TextShinglesTests {
    func words(_ text: String) -> [UInt64] {
        var scratch: [UInt8] = []
        return TextShingles.wordHashes(text, scratch: &scratch)
    }

    @Test func foldingIgnoresCaseDiacriticsPunctuationMarkupAndSpacing() {
        let plain = words("tao mot ham xu ly don hang")
        #expect(plain.count == 7)
        #expect(words("Tạo một **hàm** xử lý, đơn   HÀNG!") == plain)
        #expect(words("Tạo <b>một</b> hàm<br>xử lý đơn hàng") == plain)
        #expect(words("tao mot ham xu ly don hang nhanh") != plain)
        // A lone `<` is text punctuation, not a tag: the words after it still count.
        #expect(words("a < b then c").count == 4)
    }

    @Test func shinglesAreDistinctSortedFiveWordRuns() {
        let w = words("one two three four five six seven")
        let s = TextShingles.shingles(w, size: 5)
        #expect(s.count == 3)
        #expect(s == s.sorted())
        #expect(TextShingles.shingles(Array(w.prefix(4)), size: 5).isEmpty)
        // A repeated run counts once.
        #expect(TextShingles.shingles(words("a b c d e a b c d e"), size: 5).count == 5)
    }

    @Test func nearDuplicateIndexFindsExactlyThePairsAtOrAboveFourFifths() {
        let base = words("add a dead letter queue so that failed order messages are kept for three days")
        let sets = [
            TextShingles.shingles(base, size: 5),                                  // 12 shingles
            TextShingles.shingles(base + words("only"), size: 5),                  // 13: J = 12/13
            TextShingles.shingles(Array(base.dropLast()), size: 5),                // 11: J = 11/12
            TextShingles.shingles(Array(base.dropLast(3)), size: 5),               // 9: J = 9/12 = 0.75, 9/11 with 2
            TextShingles.shingles(words("measure how long a batch of messages takes"), size: 5),
        ]
        let near = NearDuplicateIndex.neighbours(of: sets, numerator: 4, denominator: 5)
        #expect(near[0] == [1, 2])
        #expect(near[1] == [0, 2])      // J(1, 2) = 11/13 = 0.846
        #expect(near[2] == [0, 1, 3])
        #expect(near[3] == [2])
        #expect(near[4] == [])
        // Checked against every pair.
        for i in sets.indices {
            let brute = sets.indices.filter { j in
                guard j != i else { return false }
                let (shared, union) = TextShingles.overlap(sets[i], sets[j])
                return 5 * shared >= 4 * union
            }
            #expect(near[i].map(Int.init) == brute, "\(i)")
        }
    }
}
