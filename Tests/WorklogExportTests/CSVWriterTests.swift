import Foundation
import Testing
import WorklogExport
import WorklogModel

@Suite struct CSVWriterTests {
    @Test func plainIsRFC4180WithLF() {
        let text = CSVWriter(profile: .plain).string(for: SampleTables.tasks())
        #expect(text == """
            intern,week,text,score,day
            alice,1,"Tạo máy ảo EC2, ""quoted""
            second line",1.5,2025-09-08
            bob,-2,=SUM(A1),,
            carol,3,-5 days @home\tx,0.333,
            dan,,"line1\r\nline2",2,
            em,4,+1; @mention; Thứ 2 – Chủ nhật,-0.5,

            """)
        #expect(!text.hasPrefix("\u{FEFF}"))
    }

    @Test func excelHasBOMCRLFAndFormulaGuard() {
        let bytes = CSVWriter(profile: .excel).data(for: SampleTables.tasks())
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "intern,week,text,score,day")
        #expect(text.contains("\r\nbob,-2,'=SUM(A1),,\r\n"))
        #expect(text.contains("\r\ncarol,3,'-5 days @home\tx,0.333,\r\n"))
        #expect(text.contains("\r\nem,4,'+1; @mention; Thứ 2 – Chủ nhật,-0.5,\r\n"))
        // Negative numbers are numbers, not text: no guard.
        #expect(text.contains(",-0.5,"))
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func headerOnlyTable() {
        #expect(CSVWriter().string(for: SampleTables.empty()) == "intern,topic_id\n")
    }
}
