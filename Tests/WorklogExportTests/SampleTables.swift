import WorklogModel

/// Hand-made tables with the texts CSV and JSON must carry intact.
enum SampleTables {
    static let date = CalendarDate(year: 2025, month: 9, day: 8)

    static func tasks() -> ReportTable {
        ReportTable(name: "tasks", columns: ["intern", "week", "text", "score", "day"], rows: [
            [.text("alice"), .integer(1), .text("Tạo máy ảo EC2, \"quoted\"\nsecond line"), .number(1.5), date.map { .date($0) } ?? .empty],
            [.text("bob"), .integer(-2), .text("=SUM(A1)"), .empty, .empty],
            [.text("carol"), .integer(3), .text("-5 days @home\tx"), .number(0.333), .empty],
            [.text("dan"), .empty, .text("line1\r\nline2"), .number(2), .empty],
            [.text("em"), .integer(4), .text("+1; @mention; Thứ 2 – Chủ nhật"), .number(-0.5), .empty],
        ])
    }

    static func weeks() -> ReportTable {
        ReportTable(name: "weeks", columns: ["intern", "week"], rows: [[.text("alice"), .integer(1)]])
    }

    static func empty() -> ReportTable {
        ReportTable(name: "topics", columns: ["intern", "topic_id"], rows: [])
    }

    static func all() -> [ReportTable] { [weeks(), tasks(), empty()] }
}
