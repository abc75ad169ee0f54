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
    static func labelSection(_ text: String) -> SectionKind? { labelSection(Words(text)) }

    static func labelSection(_ w: Words) -> SectionKind? {
        isLabelShaped(w) ? section(w) : nil
    }

    /// Short and not numbered: a label, whose section is `section(w)`.
    static func isLabelShaped(_ w: Words) -> Bool {
        guard w.count <= 8, let first = w.word(0), !first.allSatisfy(\.isNumber) else { return false }
        return true
    }

    /// The section a heading text names, or nil when it names none.
    static func section(_ text: String) -> SectionKind? { section(Words(text)) }

    private static let sectionSets: [(PhraseSet, SectionKind)] = [
        (objectiveWords, .objectives), (taskWords, .tasks),
        (achievementWords, .achievements), (referenceWords, .references), (otherWords, .other),
    ]

    static func section(_ w: Words) -> SectionKind? {
        if w.isEmpty { return nil }
        if w.has(nextWeek) { return .other }
        var best: (Int, SectionKind)? = nil
        for (words, kind) in sectionSets {
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

    private static let roleSets: [(PhraseSet, ColumnRole)] = [
        (startWords, .start), (completionWords, .completion),
        (referenceColumnWords, .reference), (taskColumnWords, .task),
    ]
    private static let dayOrDate: PhraseSet = ["day", "date*", "ngay"]
    private static let weekWords: PhraseSet = ["week", "tuan"]
    private static let dayDateOrThu: PhraseSet = ["day", "date*", "ngay", "thu"]
    private static let effortWords: PhraseSet = ["estimat*", "duration", "hour*", "uoc tinh", "du kien", "so gio"]
    private static let rangeWords: PhraseSet = ["to", "den"]

    static func role(ofHeader text: String) -> ColumnRole {
        let w = Words(text)
        if w.isEmpty { return text.contains("#") ? .number : .none }
        if w.has(noRole) { return .none }
        var best: (Int, ColumnRole)? = nil
        for (words, role) in roleSets {
            if let i = w.firstMatch(words), best.map({ i < $0.0 }) ?? true { best = (i, role) }
        }
        if let b = best { return b.1 }
        if w.has(numberColumnWords) && !w.has(dayOrDate) { return .number }
        if w.has(weekWords) && !w.has(dayDateOrThu) { return .none }
        if w.has(effortWords) { return .none }
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
    static func namesDay(_ text: String) -> Bool { namesDay(text, Words(text)) }

    /// `namesDay` with the text's words already made.
    static func namesDay(_ text: String, _ w: Words) -> Bool {
        guard let first = w.word(0) else { return false }
        if w.has(weekWords) { return false }
        // `Thứ tự` (order) folds like `Thứ Tư` (Wednesday).
        if mentionsThuTu(text) { return false }
        if ["day", "ngay", "thu"].contains(first), w.count >= 2, let second = w.word(1) {
            if second.allSatisfy(\.isNumber) { return true }
            if first == "thu", ["hai", "ba", "tu", "nam", "sau", "bay"].contains(second) { return true }
        }
        if w.count >= 2, first == "chu", w.word(1) == "nhat" { return true }
        if weekdayWords.contains(first), first != "thu" || w.count == 1 { return true }
        return text.utf8.count <= 120 && dateCount(text, w) > 0
    }

    /// `text.lowercased().contains("thứ tự")`, without lowering texts that cannot hold it.
    static func mentionsThuTu(_ text: String) -> Bool {
        // `ứ` is not ASCII in any form: ASCII text never holds it.
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return text.lowercased().contains("thứ tự")
    }

    /// Holds something shaped like a date: `20/10`, `2025-10-20`, `Sep 22`.
    static func hasDate(_ text: String) -> Bool { dateCount(text, nil) > 0 }

    /// Number of date-shaped tokens (digits/sep/digits, or a month name next to a number).
    static func dateCount(_ text: String) -> Int { dateCount(text, nil) }

    /// `dateCount` with the text's words made already, or made here when needed.
    static func dateCount(_ text: String, _ words: Words?) -> Int {
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
            let words = (words ?? Words(text)).words
            for (idx, word) in words.enumerated() where monthWords.contains(word) && word != "thang" {
                let near = [idx - 1, idx + 1].filter { $0 >= 0 && $0 < words.count }
                if near.contains(where: { words[$0].allSatisfy(\.isNumber) }) { n += 1 }
            }
        }
        return n
    }

    /// A heading or line that carries the week's date range.
    static func isWeekRange(_ text: String) -> Bool { isWeekRange(text, nil) }

    /// `isWeekRange` with the text's words made already, or made here when needed.
    static func isWeekRange(_ text: String, _ made: Words?) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        let w = made ?? Words(text)
        let dates = dateCount(text, w)
        if dates >= 2 { return true }
        if dates == 1 {
            let words = w.words
            let hasMonth = words.contains { monthWords.contains($0) }
            let rangeMark = text.contains("-") || text.contains("–") || text.contains("—") || w.has(rangeWords)
            return hasMonth && rangeMark && words.filter { $0.allSatisfy(\.isNumber) }.count >= 2
        }
        return false
    }
}

extension UInt8 {
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}
