import Testing
import WorklogModel
@testable import WorklogParser

@Suite struct PageParserTableTests {
    @Test func englishTablePage() throws {
        let p = try FixtureLoader.page("table-basic-en")
        #expect(p.frontMatter.title == "Week 4 Worklog")
        #expect(p.frontMatter.date == "2025-10-19")
        #expect(p.frontMatter.dateLine == 3)
        #expect(p.frontMatter.weight == 4)
        #expect(p.frontMatter.pre == " <b> 1.4. </b> ")
        #expect(p.frontMatter.lineCount == 7)
        #expect(p.style == .table)
        #expect(p.objectives.map(\.text) == ["Learn the basics of Amazon VPC.", "Practise with security groups."])
        #expect(p.objectives.first?.line == 11)
        #expect(p.achievements.map(\.text) == ["Understood how VPC routing works.", "Built a two-tier network."])
        #expect(p.references == ["https://intro.example.com/net", "https://blog.example.com/vpc"])
        #expect(p.entries.count == 3)
        #expect(p.entries.map(\.line) == [18, 19, 20])
        #expect(p.entries.map(\.dayText) == ["Mon", "Tue", "Wed"])
        #expect(p.entries[1].startText == "21/10/2025")
        #expect(p.entries[1].completionText == "22/10/2025")
        #expect(p.texts(.task, entry: 0) == ["Read the VPC guide", "Draw a subnet plan"])
        #expect(p.texts(.task, entry: 1) == ["Lab 3: build a VPC"])
        #expect(p.texts(.subtask, entry: 1) == ["Create subnets", "Attach an internet gateway"])
        #expect(p.entries[2].tasks.isEmpty)  // a lone `-` is zero tasks
        #expect(p.entries[0].references == ["https://docs.example.com/vpc"])
        #expect(p.entries[1].references == ["https://lab.example.com/3", "https://lab.example.com/3b"])
        #expect(p.taskCount == 3)
        #expect(p.entries.allSatisfy { $0.tableIndex == 0 })
        #expect(p.diagnostics.isEmpty)
    }

    @Test func vietnameseTablePage() throws {
        let p = try FixtureLoader.page("table-basic-vi")
        #expect(p.style == .table)
        #expect(p.objectives.count == 1)
        #expect(p.achievements.count == 3)
        #expect(p.entries.map(\.dayText) == ["2", "3", "4"])
        #expect(p.texts(.task, entry: 0) == ["Tìm hiểu EC2", "Tạo key pair"])
        #expect(p.texts(.subtask, entry: 0) == ["Instance types", "AMI"])
        #expect(p.texts(.task, entry: 1) == ["Thực hành:"])
        #expect(p.texts(.subtask, entry: 1) == ["Tạo EC2 instance", "Kết nối SSH"])
        #expect(p.texts(.task, entry: 2) == ["Nghỉ"])  // placeholder with letters counts
        #expect(p.entries[1].startText == "28/10/2025")
        #expect(p.entries[1].completionText == "29/10/2025")
        #expect(p.entries[0].references == ["https://vi.example.com/ec2"])
        #expect(p.taskCount == 4)
    }

    @Test func cellMarkers() throws {
        let p = try FixtureLoader.page("cell-markers")
        #expect(p.entries.count == 9)
        // `**- Lab 5:**` is an item; `+` and `*` under `-` are subtasks.
        #expect(p.texts(.task, entry: 0) == ["Lab 5: Lambda", "Lab 6: API Gateway"])
        #expect(p.texts(.subtask, entry: 0) == ["Create the function", "Add a trigger"])
        // A bold label is not counted; siblings after it stay tasks.
        #expect(p.texts(.task, entry: 1) == ["Create an instance", "Attach storage"])
        #expect(p.texts(.subtask, entry: 1).isEmpty)
        // `+` needs no space; `*x` is emphasis, so the line continues the item.
        #expect(p.texts(.task, entry: 2) == ["POST endpoint", "GET endpoint not an item"])
        // No marker at all: one task per non-empty line; `...` counts as nothing.
        #expect(p.texts(.task, entry: 3) == ["Read chapter one", "Watch the video"])
        #expect(p.texts(.task, entry: 4) == ["First step", "Second step continued text"])
        // `<li>` items; a nested list holds subtasks.
        #expect(p.texts(.task, entry: 5) == ["Create S3 bucket", "Set policy"])
        #expect(p.texts(.subtask, entry: 5) == ["Allow public read"])
        #expect(p.entries[6].tasks.isEmpty)
        #expect(p.texts(.task, entry: 7) == ["Bullet task", "Another bullet – plain dash line"])
        // Links become their text, entities are decoded, spaces collapsed.
        #expect(p.texts(.task, entry: 8) == ["Read the IAM guide & notes here"])
    }

    @Test func htmlTable() throws {
        let p = try FixtureLoader.page("html-table-vi")
        #expect(p.style == .table)
        #expect(p.entries.map(\.line) == [13, 20])
        #expect(p.entries.map(\.dayText) == ["2", "3"])
        #expect(p.entries.map(\.startText) == ["06/04/2026", "07/04/2026"])
        #expect(p.entries.map(\.completionText) == ["06/04/2026", "08/04/2026"])
        #expect(p.texts(.task, entry: 0) == ["Tạo VPC", "Tạo subnet"])
        #expect(p.texts(.task, entry: 1) == ["Cấu hình route table", "Tạo NAT gateway"])
        #expect(p.entries[0].references == ["https://html.example.com/vpc", "https://html.example.com/b"])
    }

    @Test func headerRolesEnglish() throws {
        let p = try FixtureLoader.page("header-roles-en")
        // Three task tables; the `Action | Owner` table has no task column.
        #expect(Set(p.entries.map(\.tableIndex)) == [0, 1, 2])
        #expect(p.entries.count == 5)
        // `Work Completed` is a task column; `Completion Status`, `Task ID`, `Estimated Time` have no role.
        #expect(p.texts(.task, entry: 0) == ["Set up CI"])
        #expect(p.entries[0].completionText == "")
        #expect(p.entries[0].dayText == "")
        // `No.` with values 1..8 is a day label; `Start Dat` still reads as start.
        #expect(p.entries[1].dayText == "1")
        #expect(p.entries[1].startText == "3/30/2026")
        #expect(p.entries[1].completionText == "3/31/2026")
        #expect(p.entries[1].references == ["https://r.example.com"])
        // `#` with values 11, 12 is a row number; the Date column is the day.
        #expect(p.entries[3].dayText == "2026-04-01")
        #expect(p.texts(.task, entry: 3) == ["Build VPC", "Add routes"])
        #expect(!p.entries.contains { $0.tasks.contains { $0.text == "Review PR" } })
    }

    @Test func headerRolesVietnamese() throws {
        let p = try FixtureLoader.page("header-roles-vi")
        #expect(p.entries.count == 3)
        // Two day columns: the weekday is the label, the date column the date.
        #expect(p.entries[0].dayText == "Thứ 2")
        #expect(p.entries[0].dateText == "13/04/2026")
        // `Ngày BĐ` is start, `Ngày HT` completion, bold marks ignored.
        #expect(p.entries[0].startText == "13/04/2026")
        #expect(p.entries[0].completionText == "14/04/2026")
        // Two task columns: the one with more list items holds the tasks.
        #expect(p.texts(.task, entry: 2) == ["Họp nhóm", "Viết tài liệu"])
        #expect(p.entries[2].topicText == "Dự án nhóm")
        // `STT` with value 10 is a row number, not a day.
        #expect(p.entries[2].dayText == "")
    }

    @Test func pipeQuirks() throws {
        let p = try FixtureLoader.page("pipe-quirks")
        // The empty template table is skipped for the filled one below it.
        #expect(p.codes.contains(ParserCode.emptyTableSkipped))
        #expect(p.entries.allSatisfy { $0.tableIndex == 1 })
        // Rows without a leading pipe read; the all-empty row is skipped; the
        // table ends at the line without `|`.
        #expect(p.entries.map(\.dayText) == ["Mon", "Tue", "Wed", "Thu"])
        #expect(p.texts(.task, entry: 0) == ["Read about a|b pipes"])
        #expect(p.entries[1].startText == "")  // short row padded
        #expect(p.entries[2].completionText == "03/06/2026")
        #expect(p.entries[3].startText == "04/06/2026")
        #expect(p.codes.contains(ParserCode.tableRowTooLong))
        #expect(p.codes.contains(ParserCode.tableSeparatorMismatch))
        #expect(!p.entries.contains { $0.dayText == "Fri" })
    }

    @Test func tableWinsOverLists() throws {
        let p = try FixtureLoader.page("table-and-lists")
        #expect(p.style == .table)
        #expect(p.taskCount == 1)
        #expect(p.looseTasks.isEmpty)
        #expect(p.texts(.task, entry: 0) == ["Table task one"])
    }
}

@Suite struct PageParserListTests {
    @Test func englishDayHeadings() throws {
        let p = try FixtureLoader.page("list-days-en")
        #expect(p.style == .list)
        #expect(p.weekRangeText == "Week 3 (23/03/2026 - 27/03/2026)")
        #expect(p.weekRangeLine == 5)
        #expect(p.entries.map(\.dayText) == ["Monday", "Tuesday (24/03/2026)", "Day 3"])
        #expect(p.entries.allSatisfy { $0.tableIndex == -1 })
        #expect(p.entries.map(\.line) == [11, 19, 23])
        #expect(p.texts(.task, entry: 0) == ["Set up the AWS account", "Installed the CLI", "Deployed the sample app"])
        #expect(p.texts(.subtask, entry: 0) == ["Enabled MFA"])
        #expect(p.texts(.task, entry: 1) == ["Studied CloudFront", "Built a distribution"])
        #expect(p.texts(.task, entry: 2) == ["Practised with Route 53"])
        #expect(p.looseTasks.map(\.text) == ["Joined the weekly meeting"])
        // `Next week plan` is other text: its list does not count.
        #expect(p.taskCount == 7)
    }

    @Test func vietnameseDayHeadings() throws {
        let p = try FixtureLoader.page("list-days-vi")
        #expect(p.style == .list)
        #expect(p.weekRangeText == "Thời gian: 06/10/2025 - 10/10/2025")
        #expect(p.entries.map(\.dayText) == ["Thứ 2", "Thứ 3"])
        #expect(p.texts(.task, entry: 0) == ["Học về IAM", "Học về S3"])
        #expect(p.texts(.subtask, entry: 0) == ["Tạo user"])
        #expect(p.texts(.task, entry: 1) == ["Thực hành lab S3"])
        #expect(p.taskCount == 3)
    }

    @Test func proseSections() throws {
        let p = try FixtureLoader.page("prose-sections")
        #expect(p.headingTitle == "Week 9 report")
        #expect(p.weekRangeText == "Week Duration: September 22 - 28, 2025")
        // Inline label: that section with one item.
        #expect(p.objectives.map(\.text) == ["learn VPC peering"])
        // `What I did:` opens tasks; lines without list items are one task each;
        // `### Lab` is a tasks section too.
        #expect(p.looseTasks.map(\.text) == ["Studied VPC peering in depth", "Configured a transit gateway", "Deployed a lab stack"])
        #expect(p.style == .list)
        // The long sentence ending in `:` opens nothing: it stays an achievement line.
        #expect(p.achievements.count == 4)
        #expect(p.achievements.last?.text == "Finished the peering checklist")
        #expect(p.references == ["https://aws.example.com"])
    }

    @Test func templatePageVietnamese() throws {
        let p = try FixtureLoader.page("template-vi")
        #expect(p.codes == [ParserCode.templateLeftover])
        #expect(p.diagnostics.first?.location.line == 6)
        #expect(p.objectives.map(\.text) == ["Kết nối với các thành viên", "Hiểu dịch vụ AWS cơ bản"])
        #expect(p.style == .empty)
        #expect(p.taskCount == 0)
    }
}

@Suite struct PageParserStructureTests {
    @Test func tomlFrontMatter() throws {
        let p = try FixtureLoader.page("front-matter-toml")
        #expect(p.frontMatter.title == "Week 2 Worklog")
        #expect(p.frontMatter.date == "`r Sys.Date()`")
        #expect(p.frontMatter.weight == 2)
        #expect(p.frontMatter.draft)
        #expect(p.frontMatter.lineCount == 7)
        #expect(p.entries.map(\.line) == [13])
        #expect(p.texts(.task, entry: 0) == ["Learn TOML"])
    }

    @Test func unopenedFrontMatter() throws {
        let p = try FixtureLoader.page("front-matter-unopened-vi")
        #expect(p.codes == [ParserCode.frontMatterUnopened])
        #expect(p.frontMatter.title == "Worklog Tuần 3")
        #expect(p.frontMatter.weight == 3)
        #expect(p.frontMatter.lineCount == 5)
        #expect(p.texts(.task, entry: 0) == ["Học Lambda"])
    }

    @Test func unclosedFrontMatter() throws {
        let p = try FixtureLoader.page("front-matter-unclosed")
        #expect(p.codes == [ParserCode.frontMatterUnclosed])
        #expect(p.frontMatter.title == "Week 8 Worklog")
        #expect(p.frontMatter.weight == 8)
        #expect(p.entries.map(\.dayText) == ["Mon"])
        #expect(p.texts(.task, entry: 0) == ["Read about EKS"])
    }

    @Test func shortcodesCommentsQuotesFences() throws {
        let p = try FixtureLoader.page("shortcodes-comments")
        // Only the blockquoted table counts: notice content, comments and fences are nothing.
        #expect(p.entries.map(\.dayText) == ["Wed"])
        #expect(p.texts(.task, entry: 0) == ["Quoted task"])
        #expect(p.achievements.map(\.text) == ["Got started"])
        #expect(p.codes.contains(ParserCode.templateLeftover))
        #expect(p.codes.contains(ParserCode.unclosedCodeFence))
        #expect(p.diagnostics.first { $0.code == ParserCode.templateLeftover }?.location.line == 6)
    }

    @Test func bomAndLineEnds() {
        let text = "\u{FEFF}---\r\ntitle: \"Week 1\"\r\n---\r\n## Tasks\r| Day | Task |\r\n|---|---|\n| Mon | A<br>- B |\r\n"
        let p = PageParser.parse(Array(text.utf8), path: "crlf.md")
        #expect(p.frontMatter.title == "Week 1")
        #expect(p.entries.map(\.line) == [7])
        #expect(p.texts(.task, entry: 0) == ["B"])
        #expect(p.diagnostics.isEmpty)
    }

    @Test func invalidUTF8() {
        var bytes = Array("## Tasks\n| Day | Task |\n|---|---|\n| Mon | Caf".utf8)
        bytes += [0xE9, 0xFF]
        bytes += Array(" visit |\n".utf8)
        let p = PageParser.parse(bytes, path: "latin1.md")
        #expect(p.codes == [ParserCode.invalidUTF8])
        #expect(p.texts(.task, entry: 0) == ["Caf\u{FFFD}\u{FFFD} visit"])
    }

    @Test func binaryContent() {
        let bytes: [UInt8] = Array("## Tasks\n| Day | Task |\n".utf8) + [0, 1, 2, 0] + Array("|---|\n".utf8)
        let p = PageParser.parse(bytes, path: "image.md")
        #expect(p.codes == [ParserCode.binaryContent])
        #expect(p.diagnostics.first?.severity == .error)
        #expect(p.entries.isEmpty)
        #expect(p.style == .empty)
    }

    @Test func emptyFile() {
        let p = PageParser.parse([UInt8](), path: "empty.md")
        #expect(p.style == .empty)
        #expect(p.entries.isEmpty)
        #expect(p.frontMatter.lineCount == 0)
    }
}

@Suite struct PageParserSectionTests {
    @Test func subHeadingsGroupInsideAchievements() throws {
        let p = try FixtureLoader.page("achievement-groups")
        #expect(p.objectives.map(\.text) == ["Ship the auth module"])
        // Deeper headings naming nothing (or numbered) only group; `Results and notes`
        // reads as achievements (earliest word); challenges are other text.
        #expect(p.achievements.map(\.text) == [
            "Configured a user pool", "Added hosted UI", "Deployed the stack with SAM", "Wrote the release notes",
        ])
        #expect(p.style == .empty)
        #expect(p.looseTasks.isEmpty)
    }
}

extension PageParserSectionTests {
    @Test func sameLevelGroupsUnderAnEmptySection() throws {
        let p = try FixtureLoader.page("same-level-groups")
        #expect(p.achievements.map(\.text) == ["Launched EC2 with EBS", "Hosted a static site", "Viết script backup"])
        #expect(p.taskCount == 0)
    }
}

extension PageParserSectionTests {
    @Test func tableOutsideTasksSectionDoesNotHideTheList() throws {
        let p = try FixtureLoader.page("list-with-plan-table")
        #expect(p.style == .list)
        #expect(p.looseTasks.map(\.text) == ["Built the data pipeline", "Reviewed the schema"])
        #expect(p.entries.isEmpty)
    }

    @Test func tableWithoutTasksSectionCounts() {
        let text = "# Week 5\n\n| Day | Task |\n|---|---|\n| Mon | Read docs |\n"
        let p = PageParser.parse(Array(text.utf8), path: "w5.md")
        #expect(p.headingTitle == "Week 5")
        #expect(p.style == .table)
        #expect(p.texts(.task, entry: 0) == ["Read docs"])
    }
}
