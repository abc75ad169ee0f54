import Foundation
import Testing
import WorklogExport
import WorklogModel

@Suite struct JSONReportWriterTests {
    @Test func tablesAsArraysOfObjects() throws {
        let bytes = JSONReportWriter().data(for: SampleTables.all())
        let text = String(decoding: bytes, as: UTF8.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["schema_version"] as? Int == 1)
        let tasks = try #require(object["tasks"] as? [[String: Any]])
        #expect(tasks.count == 5)
        #expect(tasks[0]["text"] as? String == "Tạo máy ảo EC2, \"quoted\"\nsecond line")
        #expect(tasks[0]["score"] as? Double == 1.5)
        #expect(tasks[0]["week"] as? Int == 1)
        #expect(tasks[0]["day"] as? String == "2025-09-08")
        #expect(tasks[1]["score"] is NSNull)
        #expect(tasks[3]["text"] as? String == "line1\r\nline2")
        #expect((object["topics"] as? [Any])?.isEmpty == true)
        // Keys in column order, tables in the given order, schema first.
        #expect(text.hasPrefix("{\n  \"schema_version\": 1,\n  \"weeks\": [\n    {\"intern\": \"alice\", \"week\": 1}\n  ],\n  \"tasks\": [\n    {\"intern\": \"alice\", \"week\": 1, \"text\": "))
        #expect(text.contains("{\"intern\": \"bob\", \"week\": -2, \"text\": \"=SUM(A1)\", \"score\": null, \"day\": null}"))
        #expect(text.contains("\"score\": 0.333"))
        #expect(text.contains("\"text\": \"-5 days @home\\tx\""))
        #expect(text.hasSuffix("\"topics\": []\n}\n"))
    }
}
