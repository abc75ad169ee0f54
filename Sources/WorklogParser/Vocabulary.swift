/// What a heading or a table header means, matched on folded words.
enum SectionKind: Sendable {
    case objectives, tasks, achievements, references, other
}

enum ColumnRole: Sendable, Equatable {
    case day, number, task, start, completion, reference, none
}

enum Vocabulary {
    // MARK: sections

    /// Words that make any heading other text (`Tasks for next week`).
    static let nextWeek: PhraseSet = ["next week", "plan*", "ke hoach", "tuan sau", "tuan toi", "tuan tiep*", "upcoming"]
    /// Words of other sections that compete with the rest by position.
    static let otherWords: PhraseSet = [
        "notes", "lecture notes", "ghi chu", "challenge*", "kho khan", "difficult*", "thach thuc", "van de",
        "problem*", "issue*", "solution*", "giai phap",
    ]
    static let objectiveWords: PhraseSet = ["objective*", "goal*", "aim*", "muc tieu", "target*", "muc dich"]
    static let taskWords: PhraseSet = [
        "task*", "activit*", "tac vu", "work", "work done", "work performed", "work completed", "work content", "work log", "worklog*",
        "what i did", "nhung gi toi da lam", "da lam", "cong viec", "dau viec", "nhiem vu", "hoat dong", "lab", "labs",
        "hands on", "practice*", "thuc hanh", "nhat ky", "daily log",
    ]
    static let achievementWords: PhraseSet = [
        "achievement*", "achieved", "result*", "outcome*", "accomplish*", "ket qua", "thanh tuu", "dat duoc",
        "thanh qua",
    ]
    static let referenceWords: PhraseSet = ["reference*", "tai lieu tham khao", "tham khao", "resources", "nguon tai lieu"]

    /// The section a bold or colon line names: short, and not numbered
    /// (`**1. AWS Lambda & Background Tasks**` only groups).
    static func labelSection(_ text: String) -> SectionKind? {
        let w = Words(text)
        guard w.words.count <= 8, let first = w.words.first, !first.allSatisfy(\.isNumber) else { return nil }
        return section(text)
    }

    /// The section a heading text names, or nil when it names none.
    static func section(_ text: String) -> SectionKind? {
        let w = Words(text)
        if w.words.isEmpty { return nil }
        if w.has(nextWeek) { return .other }
        var best: (Int, SectionKind)? = nil
        for (words, kind) in [
            (objectiveWords, SectionKind.objectives), (taskWords, .tasks),
            (achievementWords, .achievements), (referenceWords, .references), (otherWords, .other),
        ] as [(PhraseSet, SectionKind)] {
            if let i = w.firstMatch(words), best.map({ i < $0.0 }) ?? true { best = (i, kind) }
        }
        return best?.1
    }

    // MARK: table headers

    static let noRole: PhraseSet = ["id", "status", "trang thai", "tinh trang", "action", "actions"]
    static let startWords: PhraseSet = ["start*", "begin*", "bat dau", "ngay bd", "bd"]
    static let completionWords: PhraseSet = [
        "completion*", "complet*", "end", "ends", "end date", "finish*", "hoan thanh", "ket thuc", "ngay ht", "ht",
        "deadline", "due",
    ]
    static let referenceColumnWords: PhraseSet = [
        "reference*", "resource*", "tai lieu", "nguon", "tham khao", "link*", "material*", "docs", "documentation",
        "source*",
    ]
    static let taskColumnWords: PhraseSet = [
        "task*", "activit*", "work", "cong viec", "nhiem vu", "noi dung", "content*", "description*", "detail*",
        "chi tiet", "hoat dong", "todo", "job*", "lab", "labs", "tac vu", "focus",
    ]
    static let dayColumnWords: PhraseSet = [
        "day", "days", "thu", "ngay", "date*", "weekday", "workday", "thoi gian", "period", "weekdays", "when",
    ]
    static let numberColumnWords: PhraseSet = ["no", "stt", "tt", "#", "thu tu", "number", "so"]

    static func role(ofHeader text: String) -> ColumnRole {
        let w = Words(text)
        if w.words.isEmpty { return text.contains("#") ? .number : .none }
        if w.has(noRole) { return .none }
        var best: (Int, ColumnRole)? = nil
        for (words, role) in [
            (startWords, ColumnRole.start), (completionWords, .completion),
            (referenceColumnWords, .reference), (taskColumnWords, .task),
        ] as [(PhraseSet, ColumnRole)] {
            if let i = w.firstMatch(words), best.map({ i < $0.0 }) ?? true { best = (i, role) }
        }
        if let b = best { return b.1 }
        if w.has(numberColumnWords) && !w.has(["day", "date*", "ngay"]) { return .number }
        if w.has(["week", "tuan"]) && !w.has(["day", "date*", "ngay", "thu"]) { return .none }
        if w.has(["estimat*", "duration", "hour*", "uoc tinh", "du kien", "so gio"]) { return .none }
        if w.has(dayColumnWords) { return .day }
        return .none
    }

    // MARK: days and dates

    static let weekdayWords = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "t2", "t3", "t4", "t5", "t6", "t7", "cn", "chu nhat",
    ]
    static let monthWords = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "thang",
    ]

    /// A heading that names a weekday or a date starts a day entry (`Monday`,
    /// `Thứ 2`, `Day 3`, `20/10/2025`).
    static func namesDay(_ text: String) -> Bool {
        let w = Words(text)
        guard let first = w.words.first else { return false }
        if w.has(["week", "tuan"]) { return false }
        // `Thứ tự` (order) folds like `Thứ Tư` (Wednesday).
        if text.lowercased().contains("thứ tự") { return false }
        if ["day", "ngay", "thu"].contains(first), w.words.count >= 2 {
            let second = w.words[1]
            if second.allSatisfy(\.isNumber) { return true }
            if first == "thu", ["hai", "ba", "tu", "nam", "sau", "bay"].contains(second) { return true }
        }
        if w.words.count >= 2, first == "chu", w.words[1] == "nhat" { return true }
        if weekdayWords.contains(first), first != "thu" || w.words.count == 1 { return true }
        return hasDate(text) && text.utf8.count <= 120
    }

    /// Holds something shaped like a date: `20/10`, `2025-10-20`, `Sep 22`.
    static func hasDate(_ text: String) -> Bool { dateCount(text) > 0 }

    /// Number of date-shaped tokens (digits/sep/digits, or a month name next to a number).
    static func dateCount(_ text: String) -> Int {
        let u = Array(text.utf8.prefix(400))
        var n = 0
        var i = 0
        while i < u.count {
            guard u[i].isDigit else { i += 1; continue }
            var j = i
            while j < u.count, u[j].isDigit { j += 1 }
            if j + 1 < u.count, u[j] == UInt8(ascii: "/") || u[j] == UInt8(ascii: "-") || u[j] == UInt8(ascii: "."),
               u[j + 1].isDigit {
                let sep = u[j]
                var k = j + 1
                while k < u.count, u[k].isDigit { k += 1 }
                // `5.1` is a lab number, `2-3` a day range: dots and dashes need a third part.
                let third = k + 1 < u.count && u[k] == sep && u[k + 1].isDigit
                if sep == UInt8(ascii: "/") || third {
                    n += 1
                    var m = third ? k + 1 : k
                    while m < u.count, u[m].isDigit { m += 1 }
                    i = m
                    continue
                }
                i = k
                continue
            }
            i = j
        }
        if n == 0 {
            let w = Words(text)
            for (idx, word) in w.words.enumerated() where monthWords.contains(word) && word != "thang" {
                let near = [idx - 1, idx + 1].filter { $0 >= 0 && $0 < w.words.count }
                if near.contains(where: { w.words[$0].allSatisfy(\.isNumber) }) { n += 1 }
            }
        }
        return n
    }

    /// A heading or line that carries the week's date range.
    static func isWeekRange(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        let dates = dateCount(text)
        if dates >= 2 { return true }
        if dates == 1 {
            let w = Words(text)
            let hasMonth = w.words.contains { monthWords.contains($0) }
            let rangeMark = text.contains("-") || text.contains("–") || text.contains("—") || w.has(["to", "den"])
            return hasMonth && rangeMark && w.words.filter { $0.allSatisfy(\.isNumber) }.count >= 2
        }
        return false
    }
}

extension UInt8 {
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}
