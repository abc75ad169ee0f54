#if canImport(Glibc)
import Glibc
#endif
import WorklogModel

/// Blanks what counts as nothing before the body is read: fenced code (an
/// unclosed fence runs to the end), HTML comments, `notice` shortcode blocks
/// with their content, other shortcode tags; strips blockquote markers.
/// Reports the template's "do not copy verbatim" warning wherever it stands.
struct BodyCleaner {
    /// `page`: the bytes the lines are cut from, when known: one look at the whole page
    /// then spares the line-by-line searches for what the page does not hold at all.
    static func clean(
        _ lines: [ArraySlice<UInt8>], from start: Int, path: String, diagnostics: inout [Diagnostic],
        page: [UInt8]? = nil
    ) -> [ArraySlice<UInt8>] {
        let mayHoldMarkup = page.map(pageMayHoldCommentOrShortcode) ?? true
        let mayHoldWarning = page.map(pageMayHoldTemplateWarning) ?? true
        var out = lines
        for k in 0..<min(start, out.count) { out[k] = [][...] }
        var fence: (UInt8, Int, Int)? = nil  // char, length, line index
        var inComment = false
        var inNotice = false
        var inShortcode = false
        var leftoverReported = false
        for idx in start..<lines.count {
            var l = lines[idx]
            if !leftoverReported, mayHoldWarning, isTemplateLeftover(l) {
                leftoverReported = true
                diagnostics.append(Diagnostic(.warning, ParserCode.templateLeftover,
                                              at: SourceLocation(path: path, line: idx + 1),
                                              "the template's \"do not copy verbatim\" warning is still in the page"))
            }
            l = stripQuote(l)
            if let f = fence {
                if let (c, n) = fenceOpening(l), c == f.0, n >= f.1, Bytes.trimmed(l).allSatisfy({ $0 == c }) {
                    fence = nil
                }
                out[idx] = [][...]
                continue
            }
            if !inComment, !inNotice, !inShortcode, let (c, n) = fenceOpening(l) {
                fence = (c, n, idx)
                out[idx] = [][...]
                continue
            }
            let needsWork = inComment || inNotice || inShortcode || (mayHoldMarkup && opensCommentOrShortcode(l))
            if !needsWork {
                out[idx] = l
                continue
            }
            var buf: [UInt8] = []
            var i = l.startIndex
            while i < l.endIndex {
                if inShortcode {
                    if let e = Bytes.find(Tokens.shortcodeClose, in: l, from: i) {
                        inShortcode = false; i = e + 2
                    } else {
                        i = l.endIndex
                    }
                    continue
                }
                if inComment {
                    if let e = Bytes.find(Tokens.commentClose, in: l, from: i) {
                        inComment = false; i = e + 3
                    } else {
                        i = l.endIndex
                    }
                    continue
                }
                if Bytes.hasPrefix(l, at: i, Tokens.commentOpen) {
                    inComment = true; i += 4; continue
                }
                if Bytes.hasPrefix(l, at: i, Tokens.shortcodeOpen) {
                    guard let e = Bytes.find(Tokens.shortcodeClose, in: l, from: i + 2) else {
                        inShortcode = true  // a tag that goes on over the next lines
                        i = l.endIndex
                        continue
                    }
                    let name = shortcodeName(l[(i + 2)..<e])
                    if name == "notice" { inNotice = true } else if name == "/notice" { inNotice = false }
                    i = e + 2
                    continue
                }
                if !inNotice { buf.append(l[i]) }
                i += 1
            }
            out[idx] = buf[...]
        }
        if let f = fence {
            diagnostics.append(Diagnostic(.info, ParserCode.unclosedCodeFence,
                                          at: SourceLocation(path: path, line: f.2 + 1),
                                          "code fence is never closed; the rest of the page counts as nothing"))
        }
        return out
    }

    /// `> `, `>>`, `> [!NOTE]` markers removed.
    static func stripQuote(_ l: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var i = l.startIndex
        while i < l.endIndex, i - l.startIndex < 4, l[i] == 0x20 { i += 1 }
        guard i < l.endIndex, l[i] == UInt8(ascii: ">") else { return l }
        while i < l.endIndex, l[i] == UInt8(ascii: ">") {
            i += 1
            while i < l.endIndex, l[i] == 0x20 { i += 1 }
        }
        var rest = l[i...]
        let t = Bytes.trimmed(rest)
        if t.starts(with: Tokens.alertOpen), let close = t.firstIndex(of: UInt8(ascii: "]")) {
            rest = t[(close + 1)...]
        }
        return rest
    }

    static func fenceOpening(_ l: ArraySlice<UInt8>) -> (UInt8, Int)? {
        var i = l.startIndex
        while i < l.endIndex, l[i] == 0x20, i - l.startIndex < 3 { i += 1 }
        guard i < l.endIndex, l[i] == UInt8(ascii: "`") || l[i] == UInt8(ascii: "~") else { return nil }
        let c = l[i]
        var n = 0
        while i < l.endIndex, l[i] == c { n += 1; i += 1 }
        guard n >= 3 else { return nil }
        if c == UInt8(ascii: "`"), l[i...].contains(UInt8(ascii: "`")) { return nil }
        return (c, n)
    }

    static func shortcodeName(_ inner: ArraySlice<UInt8>) -> String {
        var t = Bytes.trimmed(inner)
        while let f = t.first, f == UInt8(ascii: "%") || f == UInt8(ascii: "<") || f == 0x20 { t = t.dropFirst() }
        let name = t.prefix { $0 != 0x20 && $0 != UInt8(ascii: "%") && $0 != UInt8(ascii: ">") }
        return String(decoding: name, as: UTF8.self).lowercased()
    }

    /// Whether the page holds `<!--` or `{{` anywhere (no line can hold them otherwise).
    static func pageMayHoldCommentOrShortcode(_ page: [UInt8]) -> Bool {
        page.withUnsafeBytes { b in
            guard let base = b.baseAddress else { return false }
            let n = b.count
            /// Whether `first` occurs followed by `rest`.
            func holds(_ first: UInt8, _ rest: [UInt8]) -> Bool {
                var from = 0
                while from < n, let hit = memchr(base + from, Int32(first), n - from) {
                    let i = base.distance(to: UnsafeRawPointer(hit))
                    if i + rest.count < n, rest.indices.allSatisfy({ b[i + 1 + $0] == rest[$0] }) { return true }
                    from = i + 1
                }
                return false
            }
            return holds(UInt8(ascii: "<"), Array("!--".utf8)) || holds(UInt8(ascii: "{"), [UInt8(ascii: "{")])
        }
    }

    /// Whether the page holds `verbatim` or `nguy` (ASCII case-insensitive) anywhere: found
    /// through their rare letters `b` and `y`, with `memchr`.
    static func pageMayHoldTemplateWarning(_ page: [UInt8]) -> Bool {
        page.withUnsafeBytes { b in
            guard let base = b.baseAddress else { return false }
            let n = b.count
            func lower(_ i: Int) -> UInt8 { Bytes.lower(b[i]) }
            func matches(_ at: Int, _ word: StaticString) -> Bool {
                let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
                guard at >= 0, at + w.count <= n else { return false }
                for k in 0..<w.count where lower(at + k) != w[k] { return false }
                return true
            }
            for (byte, word, offset) in [(UInt8(ascii: "b"), "verbatim" as StaticString, 3),
                                         (UInt8(ascii: "B"), "verbatim", 3),
                                         (UInt8(ascii: "y"), "nguy", 3), (UInt8(ascii: "Y"), "nguy", 3)] {
                var from = 0
                while from < n, let hit = memchr(base + from, Int32(byte), n - from) {
                    let i = base.distance(to: UnsafeRawPointer(hit))
                    if matches(i - offset, word) { return true }
                    from = i + 1
                }
            }
            return false
        }
    }

    /// Whether the line holds `<!--` or `{{`: one pass, most lines hold neither.
    static func opensCommentOrShortcode(_ l: ArraySlice<UInt8>) -> Bool {
        l.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c == UInt8(ascii: "<"), i + 3 < n, b[i + 1] == UInt8(ascii: "!"), b[i + 2] == UInt8(ascii: "-"),
                   b[i + 3] == UInt8(ascii: "-") {
                    return true
                }
                if c == UInt8(ascii: "{"), i + 1 < n, b[i + 1] == UInt8(ascii: "{") { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether the line holds `verbatim` or `nguy` (ASCII case-insensitive), which every
    /// form of the warning does: one pass decides for nearly every line.
    static func mayHoldTemplateWarning(_ l: ArraySlice<UInt8>) -> Bool {
        l.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i] | 0x20
                if c == UInt8(ascii: "v"), i + 8 <= n {
                    var k = 1
                    while k < 8, Bytes.lower(b[i + k]) == Tokens.verbatim[k] { k += 1 }
                    if k == 8 { return true }
                } else if c == UInt8(ascii: "n"), i + 4 <= n, b[i + 1] | 0x20 == UInt8(ascii: "g"),
                          b[i + 2] | 0x20 == UInt8(ascii: "u"), b[i + 3] | 0x20 == UInt8(ascii: "y") {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    static let copyWarningWords: PhraseSet = ["sao chep nguyen van"]

    static func isTemplateLeftover(_ l: ArraySlice<UInt8>) -> Bool {
        // The template's warning is one short line; long lines are prose or data.
        guard l.count < 4000, mayHoldTemplateWarning(l) else { return false }
        if Bytes.find(Tokens.verbatim, in: l) != nil {
            return Bytes.find(Tokens.copyVerbatim, in: l) != nil
                || Bytes.find(Tokens.copiedVerbatim, in: l) != nil
        }
        guard Bytes.find(Tokens.nguyenVan, in: l) != nil || Bytes.find(Tokens.nguyenVanFolded, in: l) != nil,
              true else { return false }
        return Words(String(decoding: l, as: UTF8.self)).has(BodyCleaner.copyWarningWords)
    }
}
