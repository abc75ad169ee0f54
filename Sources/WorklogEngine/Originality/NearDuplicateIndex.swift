/// Finds every pair of shingle sets whose Jaccard similarity is at least a threshold without
/// comparing every pair: an inverted index of shingle hashes with prefix filtering
/// (Chaudhuri et al.; Bayardo et al.). Shingles are ordered rarest first; two sets with
/// J ≥ t share a shingle among the first |x| − ⌈t·|x|⌉ + 1 of each, so only those are
/// indexed and probed, and candidates are verified exactly. Exact, hence deterministic.
enum NearDuplicateIndex {
    /// For each set (sorted distinct hashes), the indices of the other sets with
    /// J ≥ numerator / denominator, ascending. Empty sets have no neighbour.
    static func neighbours(of sets: [[UInt64]], numerator: Int, denominator: Int) -> [[Int32]] {
        var tokenIDs: [UInt64: Int32] = [:]
        var frequency: [Int32] = []
        var encoded: [[Int32]] = []
        encoded.reserveCapacity(sets.count)
        for set in sets {
            var row: [Int32] = []
            row.reserveCapacity(set.count)
            for hash in set {
                let id: Int32
                if let known = tokenIDs[hash] {
                    id = known
                    frequency[Int(id)] += 1
                } else {
                    id = Int32(frequency.count)
                    tokenIDs[hash] = id
                    frequency.append(1)
                }
                row.append(id)
            }
            encoded.append(row)
        }
        // The global order: rarest first, ties by first appearance (token id): both fixed by the input.
        for i in encoded.indices {
            encoded[i].sort { (frequency[Int($0)], $0) < (frequency[Int($1)], $1) }
        }
        let order = sets.indices.sorted { (sets[$0].count, $0) < (sets[$1].count, $1) }
        var index = Array(repeating: [Int32](), count: frequency.count)
        var seen = Array(repeating: Int32(-1), count: sets.count)
        var result = Array(repeating: [Int32](), count: sets.count)
        for x in order {
            let size = sets[x].count
            guard size > 0 else { continue }
            let required = (numerator * size + denominator - 1) / denominator
            let prefix = size - required + 1
            for token in encoded[x].prefix(prefix) {
                for y in index[Int(token)] where seen[Int(y)] != Int32(x) {
                    seen[Int(y)] = Int32(x)
                    let other = sets[Int(y)]
                    guard denominator * other.count >= numerator * size else { continue }
                    let (shared, union) = TextShingles.overlap(sets[x], other)
                    if denominator * shared >= numerator * union {
                        result[x].append(y)
                        result[Int(y)].append(Int32(x))
                    }
                }
                index[Int(token)].append(Int32(x))
            }
        }
        for i in result.indices where result[i].count > 1 { result[i].sort() }
        return result
    }
}
