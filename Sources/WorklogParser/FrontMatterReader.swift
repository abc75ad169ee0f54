import WorklogModel

/// Reads YAML (`---`) or TOML (`+++`) front matter at the top of a page.
enum FrontMatterReader {
    static let keys: Set<String> = ["title", "date", "weight", "pre", "draft", "chapter", "description", "lastmod"]

    /// The front matter and the index of the first body line.
    static func read(_ lines: [ArraySlice<UInt8>], path: String, diagnostics: inout [Diagnostic]) -> (FrontMatter, Int) {
        var fm = FrontMatter()
        guard let firstIdx = lines.firstIndex(where: { !Bytes.isBlank($0) }) else { return (fm, 0) }
        let first = Bytes.trimmed(lines[firstIdx])
        let delim: UInt8
        var bodyStart: Int
        var contentStart = firstIdx + 1
        if isDelimiter(first, UInt8(ascii: "-")) {
            delim = UInt8(ascii: "-")
        } else if isDelimiter(first, UInt8(ascii: "+")) {
            delim = UInt8(ascii: "+")
        } else if firstIdx < lines.count, startsWithKnownKey(first) {
            // Keys with no opening line: read them up to the closing line.
            delim = UInt8(ascii: "-")
            contentStart = firstIdx
            diagnostics.append(Diagnostic(.warning, ParserCode.frontMatterUnopened,
                                          at: SourceLocation(path: path, line: firstIdx + 1),
                                          "front matter has no opening `---`"))
        } else {
            return (fm, 0)
        }
        var close: Int? = nil
        var i = contentStart
        while i < lines.count {
            if isDelimiter(Bytes.trimmed(lines[i]), delim) { close = i; break }
            i += 1
        }
        if let c = close, contentStart == firstIdx {
            // Unopened: accept the closing line only if the lines before it look like keys.
            let ok = lines[contentStart..<c].allSatisfy { looksLikeYAML($0) }
            if !ok { close = nil }
        }
        if let c = close {
            bodyStart = c + 1
        } else {
            // Never closed: the front matter runs while lines look like keys.
            var j = contentStart
            while j < lines.count, looksLikeYAML(lines[j]) { j += 1 }
            bodyStart = j
            if contentStart != firstIdx {
                diagnostics.append(Diagnostic(.warning, ParserCode.frontMatterUnclosed,
                                              at: SourceLocation(path: path, line: firstIdx + 1),
                                              "front matter is never closed"))
            }
        }
        for k in contentStart..<max(contentStart, min(bodyStart, lines.count)) {
            readKey(lines[k], line: k + 1, toml: delim == UInt8(ascii: "+"), into: &fm)
        }
        fm.lineCount = bodyStart
        return (fm, bodyStart)
    }

    static func isDelimiter(_ t: ArraySlice<UInt8>, _ c: UInt8) -> Bool {
        t.count >= 3 && t.allSatisfy { $0 == c }
    }

    static func keyName(_ l: ArraySlice<UInt8>) -> (String, Int)? {
        var i = l.startIndex
        while i < l.endIndex, Bytes.isASCIIAlnum(l[i]) || l[i] == UInt8(ascii: "_") || l[i] == UInt8(ascii: "-") { i += 1 }
        guard i > l.startIndex else { return nil }
        let name = String(decoding: l[l.startIndex..<i], as: UTF8.self).lowercased()
        var j = i
        while j < l.endIndex, Bytes.isSpace(l[j]) { j += 1 }
        guard j < l.endIndex, l[j] == UInt8(ascii: ":") || l[j] == UInt8(ascii: "=") else { return nil }
        return (name, j + 1)
    }

    static func startsWithKnownKey(_ l: ArraySlice<UInt8>) -> Bool {
        guard let (name, _) = keyName(l) else { return false }
        return keys.contains(name)
    }

    static func looksLikeYAML(_ l: ArraySlice<UInt8>) -> Bool {
        if Bytes.isBlank(l) { return true }
        if let f = l.first, f == 0x20 || f == 0x09 { return true }
        if l.first == UInt8(ascii: "-"), l.count > 1, l[l.startIndex + 1] == 0x20 { return true }
        return keyName(l) != nil
    }

    static func readKey(_ l: ArraySlice<UInt8>, line: Int, toml: Bool, into fm: inout FrontMatter) {
        guard let f = l.first, f != 0x20, f != 0x09, let (name, valueStart) = keyName(l) else { return }
        var v = String(decoding: Bytes.trimmed(l[valueStart...]), as: UTF8.self)
        if v.count >= 2, let q = v.first, q == "\"" || q == "'", v.last == q {
            v = String(v.dropFirst().dropLast())
        }
        switch name {
        case "title": fm.title = v
        case "date":
            fm.date = v
            fm.dateLine = line
        case "weight": fm.weight = Int(String(decoding: Bytes.trimmed(Array(v.utf8)[...]), as: UTF8.self))
        case "pre": fm.pre = v
        case "draft": fm.draft = v.lowercased() == "true" || v.lowercased() == "yes"
        default: break
        }
    }
}

