import WorklogModel

/// Reads the tasks of one table cell (SPEC 3): lines split at `<br>`, `<li>`
/// and line breaks; markers, indentation and nesting make tasks and subtasks.
enum CellTasks {
    enum Marker: Equatable { case dash, plus, star, bullet, number, li }

    struct Line {
        var text: ArraySlice<UInt8>
        var liDepth: Int  // 0 when not opened by <li>
    }

    /// Splits a cell into lines at `<br>` variants, list tags and line breaks.
    static func lines(_ s: ArraySlice<UInt8>) -> [Line] {
        var out: [Line] = []
        // Only the splitting tags and line breaks are dropped, and each ends a line: a
        // line is always one run of the cell's bytes, so lines are slices of the cell.
        var lineStart = s.startIndex
        var bufDepth = 0
        var depth = 0
        var gt = NextByte(UInt8(ascii: ">"))
        func flush(_ newDepth: Int, at end: Int, next: Int) {
            out.append(Line(text: s[lineStart..<end], liDepth: bufDepth))
            lineStart = next
            bufDepth = newDepth
        }
        var i = s.startIndex
        while i < s.endIndex {
            let b = s[i]
            if b == 0x0A {
                flush(0, at: i, next: i + 1); i += 1; continue
            }
            if b == UInt8(ascii: "<"), let close = gt.find(in: s, from: i + 1) {
                var j = i + 1
                let closing = j < s.endIndex && s[j] == UInt8(ascii: "/")
                if closing { j += 1 }
                func named(_ n: [UInt8]) -> Bool {
                    guard Bytes.hasPrefix(s, at: j, n) else { return false }
                    let k = j + n.count
                    return k >= s.endIndex || !Bytes.isASCIIAlnum(s[k])
                }
                if named(Tokens.tag_br) || named(Tokens.tag_p) || named(Tokens.tag_div) {
                    flush(0, at: i, next: close + 1); i = close + 1; continue
                }
                if named(Tokens.tag_ul) || named(Tokens.tag_ol) {
                    depth = max(0, depth + (closing ? -1 : 1))
                    flush(0, at: i, next: close + 1); i = close + 1; continue
                }
                if named(Tokens.tag_li) {
                    flush(closing ? 0 : max(1, depth), at: i, next: close + 1)
                    i = close + 1; continue
                }
            }
            i += 1
        }
        flush(0, at: s.endIndex, next: s.endIndex)
        return out
    }

    /// Measures indentation: a space is one, a tab four, `&emsp;`/`&ensp;`/`&nbsp;`
    /// and their characters two. Returns the indent and the index after it.
    static func indent(_ s: ArraySlice<UInt8>) -> (Int, Int) {
        var n = 0
        var i = s.startIndex
        while i < s.endIndex {
            let b = s[i]
            if b == 0x20 { n += 1; i += 1 } else if b == 0x09 { n += 4; i += 1 } else if b == UInt8(ascii: "&"),
                Bytes.hasPrefix(s, at: i, Tokens.emsp) || Bytes.hasPrefix(s, at: i, Tokens.ensp)
                    || Bytes.hasPrefix(s, at: i, Tokens.nbsp) {
                n += 2; i += 6
            } else if b == 0xC2, i + 1 < s.endIndex, s[i + 1] == 0xA0 {
                n += 2; i += 2
            } else if b == 0xE2, i + 2 < s.endIndex, s[i + 1] == 0x80, s[i + 2] == 0x82 || s[i + 2] == 0x83 {
                n += 2; i += 3
            } else {
                break
            }
        }
        return (n, i)
    }

    /// Skips leading emphasis (`**`, `__`, `*x`, `<b>`, `<strong>`, `<em>`, `<i>`) and spaces.
    static func skipEmphasis(_ s: ArraySlice<UInt8>, from start: Int) -> Int {
        var i = start
        while i < s.endIndex {
            let b = s[i]
            if b == 0x20 || b == 0x09 { i += 1; continue }
            if (b == UInt8(ascii: "*") || b == UInt8(ascii: "_")), i + 1 < s.endIndex, s[i + 1] == b { i += 2; continue }
            if b == UInt8(ascii: "_") { i += 1; continue }
            if b == UInt8(ascii: "*"), i + 1 < s.endIndex, s[i + 1] != 0x20, s[i + 1] != 0x09 { i += 1; continue }
            if b == UInt8(ascii: "<") {
                var matched = false
                for tag in Tokens.emphasisTags where Bytes.hasPrefix(s, at: i, tag) {
                    i += tag.count
                    matched = true
                    break
                }
                if matched { continue }
            }
            break
        }
        return i
    }

    /// The list marker at `i`, if any, and the index where the item's text starts.
    /// `-`, `+`, `•` need no space; `*` and `1.`/`1)` need one.
    static func marker(_ s: ArraySlice<UInt8>, at i: Int) -> (Marker, Int)? {
        guard i < s.endIndex else { return nil }
        let b = s[i]
        if b == UInt8(ascii: "-") { return (.dash, i + 1) }
        if b == UInt8(ascii: "+") { return (.plus, i + 1) }
        if b == 0xE2, i + 2 < s.endIndex, s[i + 1] == 0x80, s[i + 2] == 0xA2 { return (.bullet, i + 3) }
        let spaceAfter = { (k: Int) in k >= s.endIndex || s[k] == 0x20 || s[k] == 0x09 }
        if b == UInt8(ascii: "*"), spaceAfter(i + 1) { return (.star, i + 1) }
        if b.isDigit {
            var j = i
            while j < s.endIndex, j - i < 3, s[j].isDigit { j += 1 }
            if j < s.endIndex, s[j] == UInt8(ascii: ".") || s[j] == UInt8(ascii: ")"), spaceAfter(j + 1) {
                return (.number, j + 1)
            }
        }
        return nil
    }

    private struct Item {
        var kind: TaskKind
        /// A slice of the cell; `joined` holds it with its continuation lines, if any.
        var text: ArraySlice<UInt8>
        var joined: [UInt8]? = nil
        var line: Int
    }

    /// The tasks and subtasks of a cell whose row sits at `line`.
    static func tasks(_ cell: ArraySlice<UInt8>, line: Int) -> [TaskLine] {
        let ls = lines(cell)
        var items: [Item] = []
        var anyMarker = false
        var unmarked: [ArraySlice<UInt8>] = []
        // The task the next items are compared with: indent and marker.
        var current: (indent: Int, marker: Marker)? = nil
        for l in ls {
            let (ind, afterIndent) = indent(l.text)
            let start = skipEmphasis(l.text, from: afterIndent)
            var found: (Marker, Int, Int)? = nil  // marker, text start, indent
            if l.liDepth > 0 {
                found = (.li, start, 2 * (l.liDepth - 1))
            } else if let (m, textStart) = marker(l.text, at: start) {
                found = (m, textStart, ind)
            }
            guard let (m, textStart, itemIndent) = found else {
                unmarked.append(l.text)
                if !items.isEmpty, Bytes.hasLetterOrDigitBytes(l.text) {
                    let k = items.count - 1
                    var joined = items[k].joined ?? Array(items[k].text)
                    items[k].joined = nil
                    joined.append(0x20)
                    joined.append(contentsOf: l.text)
                    items[k].joined = joined
                }
                continue
            }
            anyMarker = true
            let body = l.text[textStart...]
            guard Bytes.hasLetterOrDigitBytes(body) else { continue }
            var kind = TaskKind.task
            if let c = current, itemIndent >= c.indent + 2 || (m != c.marker && itemIndent >= c.indent) {
                kind = .subtask
            }
            if kind == .task { current = (itemIndent, m) }
            items.append(Item(kind: kind, text: body, line: line))
        }
        if !anyMarker {
            return unmarked.compactMap { u in
                let t = PlainText.of(u)
                return Bytes.hasLetterOrDigit(t) ? TaskLine(.task, t, line: line) : nil
            }
        }
        var result: [TaskLine] = []
        var lastKind: TaskKind? = nil
        for it in items {
            let t = it.joined.map { PlainText.of($0[...]) } ?? PlainText.of(it.text)
            guard Bytes.hasLetterOrDigit(t) else { continue }
            // A subtask whose task was dropped becomes a task.
            let kind: TaskKind = (it.kind == .subtask && lastKind == nil) ? .task : it.kind
            lastKind = kind
            result.append(TaskLine(kind, t, line: it.line))
        }
        return result
    }
}

extension Bytes {
    /// Cheap pre-check on raw bytes: an ASCII letter/digit or any non-ASCII byte
    /// other than common spacing; the exact test runs on the plain text.
    static func hasLetterOrDigitBytes(_ s: ArraySlice<UInt8>) -> Bool {
        s.contains { isASCIIAlnum($0) || $0 >= 0x80 }
    }
}
