/// Finds the distinct URLs of a cell or a References section: `[text](url)`,
/// `<https://…>` and bare `http(s)://` URLs; images are skipped.
enum LinkExtractor {
    static func urls(_ s: ArraySlice<UInt8>) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        func add(_ bytes: ArraySlice<UInt8>) {
            var t = Bytes.trimmed(bytes)
            // Drop a title (`url "title"`) and closing punctuation of bare URLs.
            if let sp = t.firstIndex(where: Bytes.isSpace) { t = t[t.startIndex..<sp] }
            while let last = t.last, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(last) {
                t = t.dropLast()
            }
            if t.first == UInt8(ascii: "<"), t.last == UInt8(ascii: ">") { t = t.dropFirst().dropLast() }
            guard !t.isEmpty, t.first != UInt8(ascii: "#") else { return }
            let url = String(decoding: t, as: UTF8.self)
            if seen.insert(url).inserted { found.append(url) }
        }
        var rb = NextByte(UInt8(ascii: "]"))
        var rp = NextByte(UInt8(ascii: ")"))
        var gt = NextByte(UInt8(ascii: ">"))
        var i = s.startIndex
        let http = Tokens.http
        while i < s.endIndex {
            let b = s[i]
            if b == UInt8(ascii: "!"), i + 1 < s.endIndex, s[i + 1] == UInt8(ascii: "["),
               let (_, tail) = PlainText.linkTail(s, open: i + 1, &rb, &rp) {
                i = tail
            } else if b == UInt8(ascii: "["), let (close, tail) = PlainText.linkTail(s, open: i, &rb, &rp) {
                add(s[(close + 2)..<(tail - 1)])
                i = tail
            } else if b == UInt8(ascii: "<"), Bytes.hasPrefix(s, at: i + 1, http), let close = gt.find(in: s, from: i + 1) {
                add(s[(i + 1)..<close])
                i = close + 1
            } else if (b == UInt8(ascii: "h") || b == UInt8(ascii: "H")), isBareURL(s, at: i) {
                var j = i
                while j < s.endIndex, !endsBareURL(s[j]) { j += 1 }
                add(s[i..<j])
                i = j
            } else {
                i += 1
            }
        }
        return found
    }

    static func isBareURL(_ s: ArraySlice<UInt8>, at i: Int) -> Bool {
        if i > s.startIndex, Bytes.isASCIIAlnum(s[i - 1]) { return false }
        return Bytes.hasPrefix(s, at: i, Tokens.httpsScheme) || Bytes.hasPrefix(s, at: i, Tokens.httpScheme)
    }

    static func endsBareURL(_ b: UInt8) -> Bool {
        b <= 0x20 || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: ")")
            || b == UInt8(ascii: "]") || b == UInt8(ascii: "|") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
    }
}
