/// `Bytes.find` of one token in one text, remembering its last answer, for walks that
/// search again from a later position (cells of an HTML row): the text is scanned once
/// for the token instead of once per search, so a long row with a token missing is
/// linear, not quadratic.
struct NextToken {
    let token: [UInt8]
    private var lastFrom = Int.max
    private var lastFound: Int? = nil
    private var failedFrom = Int.max

    init(_ token: [UInt8]) { self.token = token }

    /// The first match at or after `from` that ends by `end` (default: the text's end).
    mutating func find(in s: ArraySlice<UInt8>, from: Int, end: Int? = nil) -> Int? {
        let found: Int?
        if from >= failedFrom {
            found = nil
        } else if let f = lastFound, from >= lastFrom, from <= f {
            found = f
        } else {
            found = Bytes.find(token, in: s, from: from)
            if let found { lastFrom = from; lastFound = found } else { failedFrom = min(failedFrom, from) }
        }
        // The first match in the whole text; a later one cannot fit if this one does not.
        guard let found, found + token.count <= (end ?? s.endIndex) else { return nil }
        return found
    }
}
