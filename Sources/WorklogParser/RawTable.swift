import WorklogModel

/// A table as cells of raw inline text, before column roles are known.
struct RawTable {
    struct Row {
        var line: Int
        var cells: [ArraySlice<UInt8>]
    }
    var line: Int
    var header: [ArraySlice<UInt8>]
    var rows: [Row]
    var isHTML: Bool
}

/// Reads pipe tables (`| a | b |`) and raw HTML tables (`<table>…</table>`).
enum TableReader {
    /// Whether line `i` starts a pipe table: a line with `|` then a separator row.
    static func startsPipeTable(_ lines: [ArraySlice<UInt8>], _ i: Int) -> Bool {
        guard i + 1 < lines.count, lines[i].contains(UInt8(ascii: "|")) else { return false }
        return isSeparator(lines[i + 1])
    }

    static func isSeparator(_ l: ArraySlice<UInt8>) -> Bool {
        let t = Bytes.trimmed(l)
        guard t.contains(UInt8(ascii: "-")) else { return false }
        var pipes = 0
        for b in t {
            switch b {
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: "-"), UInt8(ascii: ":"), 0x20, 0x09: break
            default: return false
            }
        }
        return pipes > 0
    }

    /// Cells of a pipe row; `\|` is a literal pipe; outer pipes are optional.
    static func cells(_ l: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var t = Bytes.trimmed(l)
        if t.first == UInt8(ascii: "|") { t = t.dropFirst() }
        if t.last == UInt8(ascii: "|"), !(t.count >= 2 && t[t.endIndex - 2] == UInt8(ascii: "\\")) { t = t.dropLast() }
        var out: [ArraySlice<UInt8>] = []
        // Rows without a backslash (nearly all) split at every pipe.
        let plain = t.withUnsafeBufferPointer { b -> Bool in
            var cellStart = 0
            for i in 0..<b.count {
                if b[i] == UInt8(ascii: "\\") { return false }
            }
            for i in 0..<b.count where b[i] == UInt8(ascii: "|") {
                out.append(Bytes.trimmed(t[(t.startIndex + cellStart)..<(t.startIndex + i)]))
                cellStart = i + 1
            }
            out.append(Bytes.trimmed(t[(t.startIndex + cellStart)..<t.endIndex]))
            return true
        }
        if plain { return out }
        out.removeAll()
        var cur: [UInt8] = []
        var hadEscape = false
        var cellStart = t.startIndex
        var i = t.startIndex
        while i < t.endIndex {
            let b = t[i]
            if b == UInt8(ascii: "\\"), i + 1 < t.endIndex, t[i + 1] == UInt8(ascii: "|") {
                if !hadEscape { cur = Array(t[cellStart..<i]); hadEscape = true }
                cur.append(UInt8(ascii: "|"))
                i += 2
                continue
            }
            if b == UInt8(ascii: "|") {
                out.append(hadEscape ? Bytes.trimmed(cur[...]) : Bytes.trimmed(t[cellStart..<i]))
                cur = []
                hadEscape = false
                cellStart = i + 1
            } else if hadEscape {
                cur.append(b)
            }
            i += 1
        }
        out.append(hadEscape ? Bytes.trimmed(cur[...]) : Bytes.trimmed(t[cellStart..<t.endIndex]))
        return out
    }

    /// Reads the pipe table starting at `i`; returns it and the index after it.
    static func readPipe(
        _ lines: [ArraySlice<UInt8>], at i: Int, path: String, diagnostics: inout [Diagnostic]
    ) -> (RawTable, Int) {
        let header = cells(lines[i])
        let sep = cells(lines[i + 1])
        if sep.count != header.count {
            diagnostics.append(Diagnostic(.info, ParserCode.tableSeparatorMismatch,
                                          at: SourceLocation(path: path, line: i + 2),
                                          "separator row has \(sep.count) cells, header \(header.count)"))
        }
        var rows: [RawTable.Row] = []
        var j = i + 2
        var reportedLong = false
        while j < lines.count, !Bytes.isBlank(lines[j]), lines[j].contains(UInt8(ascii: "|")) {
            if isSeparator(lines[j]) { j += 1; continue }
            var c = cells(lines[j])
            if c.count > header.count {
                if !reportedLong {
                    reportedLong = true
                    diagnostics.append(Diagnostic(.warning, ParserCode.tableRowTooLong,
                                                  at: SourceLocation(path: path, line: j + 1),
                                                  "row has \(c.count) cells, header \(header.count); extra cells ignored"))
                }
                c.removeLast(c.count - header.count)
            }
            while c.count < header.count { c.append([][...]) }
            rows.append(RawTable.Row(line: j + 1, cells: c))
            j += 1
        }
        return (RawTable(line: i + 1, header: header, rows: rows, isHTML: false), j)
    }

    static func startsHTMLTable(_ l: ArraySlice<UInt8>) -> Bool {
        Bytes.find(Tokens.tableOpen, in: l) != nil
    }

    /// Reads a raw HTML table starting at line `i`, to its `</table>`.
    static func readHTML(
        _ lines: [ArraySlice<UInt8>], at i: Int, path: String, diagnostics: inout [Diagnostic]
    ) -> (RawTable, Int) {
        var text: [UInt8] = []
        var lineStarts: [Int] = []
        var j = i
        var closed = false
        while j < lines.count {
            lineStarts.append(text.count)
            text.append(contentsOf: lines[j])
            text.append(0x0A)
            j += 1
            if Bytes.find(Tokens.tableClose, in: lines[j - 1]) != nil { closed = true; break }
        }
        if !closed {
            diagnostics.append(Diagnostic(.warning, ParserCode.htmlTableUnclosed,
                                          at: SourceLocation(path: path, line: i + 1), "<table> is never closed"))
        }
        func lineOf(_ offset: Int) -> Int {
            var lo = 0, hi = lineStarts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
            }
            return i + lo + 1
        }
        let s = text[...]
        var header: [ArraySlice<UInt8>] = []
        var rows: [RawTable.Row] = []
        var pos = s.startIndex
        var gt = NextByte(UInt8(ascii: ">"))
        // Each token's search remembers its last answer: nested or unclosed tags keep the walk linear.
        var trOpen = NextToken(Tokens.trOpen), trClose = NextToken(Tokens.trClose)
        var tdOpen = NextToken(Tokens.tdOpen), thOpen = NextToken(Tokens.thOpen)
        var tdClose = NextToken(Tokens.tdClose), thClose = NextToken(Tokens.thClose)
        // Walk `<tr>` elements; cells are `<th>`/`<td>` up to their closing tag or the next cell.
        while let tr = trOpen.find(in: s, from: pos) {
            guard let trOpenEnd = gt.find(in: s, from: tr + 3) else { break }
            // A row ends at its `</tr>` or, when that is missing, at the next `<tr>`.
            let trEnd = min(trClose.find(in: s, from: trOpenEnd) ?? s.endIndex,
                            trOpen.find(in: s, from: trOpenEnd) ?? s.endIndex)
            let rowText = s[(trOpenEnd + 1)..<trEnd]
            var cells: [ArraySlice<UInt8>] = []
            var c = rowText.startIndex
            while c < rowText.endIndex {
                let td = tdOpen.find(in: s, from: c, end: rowText.endIndex)
                let th = thOpen.find(in: s, from: c, end: rowText.endIndex)
                guard let open = [td, th].compactMap({ $0 }).min() else { break }
                // `<thead>` is not a cell.
                if open + 3 < rowText.endIndex, Bytes.isASCIIAlnum(rowText[open + 3]) { c = open + 3; continue }
                guard let openEnd = gt.find(in: s, from: open + 3), openEnd < rowText.endIndex else { break }
                let nextClose = [tdClose.find(in: s, from: openEnd, end: rowText.endIndex),
                                 thClose.find(in: s, from: openEnd, end: rowText.endIndex),
                                 tdOpen.find(in: s, from: openEnd, end: rowText.endIndex),
                                 thOpen.find(in: s, from: openEnd, end: rowText.endIndex)].compactMap { $0 }.min()
                    ?? rowText.endIndex
                cells.append(Bytes.trimmed(rowText[(openEnd + 1)..<nextClose]))
                c = nextClose + 1
            }
            if header.isEmpty, rows.isEmpty, !cells.isEmpty {
                header = cells
            } else if !cells.isEmpty {
                var cs = cells
                if cs.count > header.count { cs.removeLast(cs.count - header.count) }
                while cs.count < header.count { cs.append([][...]) }
                rows.append(RawTable.Row(line: lineOf(tr), cells: cs))
            }
            pos = trEnd
        }
        return (RawTable(line: i + 1, header: header, rows: rows, isHTML: true), j)
    }
}
