import Testing
@testable import WorklogParser

@Suite struct VocabularyTests {
    @Test(arguments: [
        ("Day", ColumnRole.day), ("Thứ", .day), ("Ngày", .day), ("Date", .day), ("Day / Date", .day),
        ("Workday", .day), ("Date range", .day), ("No.", .number), ("#", .number), ("STT", .number),
        ("Thứ tự", .number), ("Task", .task), ("Tasks", .task), ("Activities", .task), ("Work content", .task),
        ("Công việc", .task), ("Nhiệm vụ", .task), ("Nội dung", .task), ("Công việc thực hiện", .task),
        ("Task Description", .task), ("Work Completed", .task), ("**Tác vụ**", .task),
        ("Start Date", .start), ("Start Dat", .start), ("Start", .start), ("Ngày bắt đầu", .start),
        ("Bắt đầu", .start), ("Ngày BĐ", .start), ("Completion Date", .completion), ("End Date", .completion),
        ("Finish", .completion), ("Ngày hoàn thành", .completion), ("Hoàn thành", .completion),
        ("Ngày kết thúc", .completion), ("Ngày HT", .completion), ("Compeltion Date", .completion),
        ("Reference Material", .reference), ("References", .reference), ("Resources", .reference),
        ("Nguồn tài liệu", .reference), ("Tài liệu tham khảo", .reference), ("<center>Reference</center>", .reference),
        ("Task ID", .none), ("Completion Status", .none), ("Status", .none), ("Trạng thái", .none),
        ("Estimated Time", .none), ("Duration", .none), ("Action", .none), ("Actions", .none), ("Note", .none),
    ])
    func headerRole(header: String, role: ColumnRole) {
        #expect(Vocabulary.role(ofHeader: PlainText.of(header)) == role)
    }

    @Test(arguments: [
        ("Week 7 Objectives", SectionKind.objectives), ("Week 2 Goals", .objectives), ("Mục tiêu tuần 7", .objectives),
        ("Tasks to be carried out this week", .tasks), ("Tasks completed this week", .tasks),
        ("Activities implemented during the week", .tasks), ("Các công việc cần triển khai trong tuần này", .tasks),
        ("Công việc đã làm", .tasks), ("Các nhiệm vụ thực hiện trong tuần", .tasks), ("What I did", .tasks),
        ("Những gì tôi đã làm", .tasks), ("Work log", .tasks), ("Hands-on labs", .tasks), ("Thực hành", .tasks),
        ("Week 7 Achievements", .achievements), ("Results achieved in week 7", .achievements),
        ("Week 7 Outcomes", .achievements), ("Kết quả đạt được tuần 7", .achievements), ("Thành tựu tuần 7", .achievements),
        ("References", .references), ("Tài liệu tham khảo", .references),
        ("Challenges & Solutions", .other), ("Next week plan", .other), ("Tasks for next week", .other),
        ("Kế hoạch tuần sau", .other), ("Lecture notes", .other),
    ])
    func sectionKind(heading: String, kind: SectionKind) {
        #expect(Vocabulary.section(heading) == kind)
    }

    @Test func sectionlessHeadings() {
        #expect(Vocabulary.section("Tổng quan") == nil)
        #expect(Vocabulary.labelSection("1. AWS Lambda & Background Tasks") == nil)
        #expect(Vocabulary.labelSection("I wrote down the tasks that I want to finish before the end") == nil)
    }

    @Test func dayNames() {
        for yes in ["Monday", "Thứ 2", "Thứ Hai", "Day 3", "20/10/2025", "Tuesday (24/03/2026)", "T5", "Chủ nhật", "Ngày 4: EC2"] {
            #expect(Vocabulary.namesDay(yes), "\(yes)")
        }
        for no in ["1. Web Application Deployment", "Lab 5.1", "Week 3 (23/03/2026 - 27/03/2026)", "Thứ tự ưu tiên"] {
            #expect(!Vocabulary.namesDay(no), "\(no)")
        }
    }

    @Test func weekRanges() {
        #expect(Vocabulary.isWeekRange("Week 3 (23/03/2026 - 27/03/2026)"))
        #expect(Vocabulary.isWeekRange("Week Duration: September 22 - 28, 2025"))
        #expect(Vocabulary.isWeekRange("19 May 2026 - 25 May 2026"))
        #expect(!Vocabulary.isWeekRange("Week 3 Objectives"))
        #expect(!Vocabulary.isWeekRange("Lab 2-3 deployment"))
    }
}

@Suite struct InlineTextTests {
    @Test func referencesOfACell() {
        let cell = "[https://x.example](https://x.example)<br>![shot](https://img.example/a.png)<br><https://y.example/a> and https://z.example/b, [two<br>lines](https://w.example)"
        #expect(LinkExtractor.urls(Array(cell.utf8)[...])
            == ["https://x.example", "https://y.example/a", "https://z.example/b", "https://w.example"])
        #expect(LinkExtractor.urls(Array("AWS Console".utf8)[...]).isEmpty)
    }

    @Test func plainText() {
        #expect(PlainText.of("**Bold** _it_ `code` ~~gone~~ my_var") == "Bold it code gone my_var")
        #expect(PlainText.of("[AWS **docs**](https://a.example) &lt;tag&gt; &#7853; &#x41;") == "AWS docs <tag> ậ A")
        #expect(PlainText.of("<center>Task</center>  with   spaces&nbsp;&emsp;end") == "Task with spaces end")
        #expect(PlainText.of("a < b and [unclosed link") == "a < b and [unclosed link")
    }

    @Test func cellSubtaskRules() {
        func kinds(_ cell: String) -> [String] {
            CellTasks.tasks(Array(cell.utf8)[...], line: 1).map { ($0.kind == .task ? "T:" : "s:") + $0.text }
        }
        #expect(kinds("- A<br>&nbsp;&nbsp;- B<br>- C") == ["T:A", "s:B", "T:C"])
        #expect(kinds("- A<br>  - B") == ["T:A", "s:B"])
        #expect(kinds("- A<br> - B") == ["T:A", "T:B"])  // one space deeper is still a sibling
        #expect(kinds("1. A<br>- B<br>2. C") == ["T:A", "s:B", "T:C"])
        #expect(kinds("-<br>- Real") == ["T:Real"])
        #expect(kinds("- ...<br>- ✅") == [])
        #expect(kinds("Day off") == ["T:Day off"])
        #expect(kinds("**Label**") == ["T:Label"])  // no marker at all: the line is the task
        #expect(kinds("**Label**<br>- A") == ["T:A"])  // before an item it is a label
    }
}
