import WorklogModel

/// Gives a raw table's columns their roles and turns its rows into entries.
struct TableInterpreter {
    let table: RawTable
    var taskColumn: Int?
    var topicColumn: Int?
    var dayColumn: Int?
    var dateColumn: Int?
    var startColumn: Int?
    var completionColumn: Int?
    var referenceColumn: Int?

    init(_ table: RawTable, memo: ParseMemo = ParseMemo()) {
        self.table = table
        var roles = table.header.map { memo.role(ofHeaderCell: $0) }
        // `No.`, `#`, `STT`: a day label only when its values are 1 to 8.
        for (c, r) in roles.enumerated() where r == .number {
            var any = false
            var ok = true
            for row in table.rows {
                let v = PlainText.of(row.cells[c])
                if v.isEmpty { continue }
                any = true
                guard let n = Int(v), (1...8).contains(n) else { ok = false; break }
            }
            roles[c] = (any && ok) ? .day : .none
        }
        let tasks = roles.indices.filter { roles[$0] == .task }
        if tasks.count == 1 {
            taskColumn = tasks[0]
        } else if tasks.count > 1 {
            let counts = tasks.map { c in table.rows.reduce(0) { $0 + TableInterpreter.markerCount($1.cells[c]) } }
            var best = 0
            for k in counts.indices where counts[k] > counts[best] { best = k }
            taskColumn = tasks[best]
            topicColumn = tasks.indices.first { $0 != best }.map { tasks[$0] }
        }
        let days = roles.indices.filter { roles[$0] == .day }
        if days.count == 1 {
            dayColumn = days[0]
        } else if days.count > 1 {
            let a = days[0], b = days[1]
            let da = table.rows.count { Vocabulary.hasDate(PlainText.of($0.cells[a])) }
            let db = table.rows.count { Vocabulary.hasDate(PlainText.of($0.cells[b])) }
            if da > db { dayColumn = b; dateColumn = a } else { dayColumn = a; dateColumn = b }
        }
        startColumn = roles.firstIndex(of: .start)
        completionColumn = roles.firstIndex(of: .completion)
        referenceColumn = roles.firstIndex(of: .reference)
    }

    var hasTaskColumn: Bool { taskColumn != nil }

    static func markerCount(_ cell: ArraySlice<UInt8>) -> Int {
        CellTasks.lines(cell).count { l in
            if l.liDepth > 0 { return true }
            let (_, after) = CellTasks.indent(l.text)
            return CellTasks.marker(l.text, at: CellTasks.skipEmphasis(l.text, from: after)) != nil
        }
    }

    /// One entry per row that has any non-empty cell.
    func entries(tableIndex: Int) -> [EntryDraft] {
        guard let tc = taskColumn else { return [] }
        var out: [EntryDraft] = []
        out.reserveCapacity(table.rows.count)
        func text(_ row: RawTable.Row, _ c: Int?) -> String { c.map { PlainText.of(row.cells[$0]) } ?? "" }
        for row in table.rows {
            if row.cells.allSatisfy({ !Bytes.hasLetterOrDigit(PlainText.of($0)) }) { continue }
            var e = EntryDraft(line: row.line, tableIndex: tableIndex)
            e.dayText = text(row, dayColumn)
            e.dateText = text(row, dateColumn)
            e.startText = text(row, startColumn)
            e.completionText = text(row, completionColumn)
            e.topicText = text(row, topicColumn)
            e.tasks = CellTasks.tasks(row.cells[tc], line: row.line)
            if let rc = referenceColumn { e.references = LinkExtractor.urls(row.cells[rc]) }
            out.append(e)
        }
        return out
    }
}
