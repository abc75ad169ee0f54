import WorklogModel

/// Small hand-built report tables: Vietnamese text, dates, numbers, empty cells.
enum ReviewTablesFixture {
    static func date(_ y: Int, _ m: Int, _ d: Int) -> ReportCell {
        guard let day = CalendarDate(year: y, month: m, day: d) else { return .empty }
        return .date(day)
    }

    static let interns = ReportTable(
        name: "interns",
        columns: ["intern", "weeks", "first_week", "last_week", "missing_weeks", "tasks", "tasks_per_week",
                  "tasks_per_day", "lag_mean", "lag_median", "lag_p90", "topics_covered", "curriculum_coverage",
                  "errors", "warnings", "mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        rows: [
            [.text("nguyễn-văn-an"), .integer(4), .integer(1), .integer(6), .text("3;5"), .integer(23),
             .number(5.75), .number(1.917), .number(4.125), .number(4.5), .integer(9), .integer(7),
             .number(0.25), .integer(0), .integer(2), .integer(5), .integer(4), .integer(4), .integer(3),
             .integer(4), .integer(2), .integer(1)],
            [.text("trần-thị-bình"), .integer(2), .integer(1), .integer(2), .empty, .integer(8),
             .integer(4), .number(1.333), .empty, .empty, .empty, .integer(12), .number(0.75), .integer(1),
             .integer(0), .integer(2), .integer(2), .integer(1), .integer(1), .integer(1), .integer(1), .integer(0)],
        ])

    static let weeks = ReportTable(
        name: "weeks",
        columns: ["intern", "week", "lang", "style", "day_entries", "tasks", "tasks_per_day", "first_date",
                  "last_date", "lag_median", "source"],
        rows: [
            [.text("nguyễn-văn-an"), .integer(1), .text("vi"), .text("table"), .integer(5), .integer(9),
             .number(1.8), date(2025, 9, 8), date(2025, 9, 12), .number(4.5), .text("an/week-1.vi.md")],
            [.text("nguyễn-văn-an"), .integer(2), .text("en"), .text("list"), .integer(3), .integer(4),
             .number(1.333), date(2025, 9, 15), .empty, .empty, .text("an/week-2.md")],
            [.text("trần-thị-bình"), .integer(1), .text("vi"), .text("table"), .integer(4), .integer(6),
             .number(1.5), date(2025, 9, 8), date(2025, 9, 11), .integer(0), .text("binh/tuan-1.md")],
        ])

    static let days = ReportTable(
        name: "days",
        columns: ["intern", "week", "lang", "day_index", "day_label", "weekday", "start_date",
                  "completion_date", "lag_days", "tasks", "subtasks", "references", "source"],
        rows: [
            [.text("nguyễn-văn-an"), .integer(1), .text("vi"), .integer(1), .text("Thứ Hai"), .integer(1),
             date(2025, 9, 8), date(2025, 9, 12), .integer(4), .integer(2), .integer(1), .integer(0),
             .text("an/week-1.vi.md:12")],
            [.text("nguyễn-văn-an"), .integer(1), .text("vi"), .integer(2), .text("Thứ Ba"), .integer(2),
             date(2025, 9, 9), .empty, .empty, .integer(3), .integer(0), .integer(2),
             .text("an/week-1.vi.md:13")],
            [.text("trần-thị-bình"), .integer(1), .text("vi"), .integer(1), .text("Chủ nhật"), .integer(7),
             date(2025, 9, 14), date(2025, 9, 14), .integer(0), .integer(1), .integer(0), .integer(1),
             .text("binh/tuan-1.md:20")],
        ])

    static let tasks = ReportTable(
        name: "tasks",
        columns: ["intern", "week", "lang", "day_index", "task_index", "kind", "text", "topics", "source"],
        rows: [
            [.text("nguyễn-văn-an"), .integer(1), .text("vi"), .integer(1), .integer(1), .text("task"),
             .text("Tìm hiểu Amazon EC2 và tạo máy ảo đầu tiên"), .text("ec2"), .text("an/week-1.vi.md:12")],
            [.text("nguyễn-văn-an"), .integer(1), .text("vi"), .integer(1), .integer(2), .text("subtask"),
             .text("=SUM(A1) stays text, with \"quotes\", commas"), .empty, .text("an/week-1.vi.md:12")],
            [.text("nguyễn-văn-an"), .integer(1), .text("vi"), .integer(2), .integer(1), .text("task"),
             .text("Cấu hình VPC, subnet và bảng định tuyến cho môi trường thử nghiệm của nhóm thực tập sinh"),
             .text("vpc;networking"), .text("an/week-1.vi.md:13")],
            [.text("trần-thị-bình"), .integer(1), .text("vi"), .integer(1), .integer(1), .text("task"),
             .text("Viết báo cáo tuần"), .empty, .text("binh/tuan-1.md:20")],
            [.text("trần-thị-bình"), .integer(1), .text("vi"), .integer(1), .integer(2), .text("task"),
             .text("Học Docker: image, container, volume"), .text("docker"), .text("binh/tuan-1.md:21")],
        ])

    static let topics = ReportTable(
        name: "topics",
        columns: ["intern", "topic_id", "topic", "category", "mentions", "weeks", "first_week", "last_week"],
        rows: [
            [.text("nguyễn-văn-an"), .text("ec2"), .text("Amazon EC2"), .text("core"), .integer(3), .integer(2),
             .integer(1), .integer(2)],
            [.text("nguyễn-văn-an"), .text("vpc"), .text("Amazon VPC"), .text("core"), .integer(1), .integer(1),
             .integer(1), .integer(1)],
            [.text("trần-thị-bình"), .text("docker"), .text("Docker"), .text("tools"), .integer(2), .integer(1),
             .integer(1), .integer(1)],
            [.text("trần-thị-bình"), .text("ec2"), .text("Amazon EC2"), .text("core"), .integer(1), .integer(1),
             .integer(2), .integer(2)],
        ])

    static let diagnostics = ReportTable(
        name: "diagnostics",
        columns: ["severity", "code", "intern", "week", "path", "line", "column", "message"],
        rows: [
            [.text("warning"), .text("empty-page"), .text("nguyễn-văn-an"), .integer(3), .text("an/week-3.md"),
             .integer(1), .integer(1), .text("trang không có công việc nào")],
            [.text("error"), .text("unreadable-file"), .text("trần-thị-bình"), .empty, .text("binh/x.md"),
             .integer(1), .integer(1), .text("cannot read file")],
        ])

    static let cohort = ReportTable(
        name: "cohort",
        columns: ["week", "interns_active", "tasks", "tasks_per_day", "lag_median"],
        rows: [
            [.integer(1), .integer(2), .integer(15), .number(1.667), .integer(2)],
            [.integer(2), .integer(2), .integer(10), .number(1.25), .empty],
            [.integer(3), .integer(1), .integer(4), .integer(2), .number(0.5)],
        ])

    static let topicWeeks = ReportTable(
        name: "topic_weeks",
        columns: ["topic_id", "week", "interns"],
        rows: [
            [.text("ec2"), .integer(1), .integer(1)],
            [.text("ec2"), .integer(2), .integer(2)],
        ])

    static let all = [interns, weeks, days, tasks, topics, diagnostics, cohort, topicWeeks]
}
