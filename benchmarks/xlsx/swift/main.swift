#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The same 1,000,000 × 9 cells as ../bench.c, written through XlsxWorkbook
// (compiled together with Sources/WorklogXLSX/XlsxWorkbook.swift and XlsxError.swift).
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: xlsx-bench-swift OUT.xlsx [ROWS]")
    exit(2)
}
let rows = arguments.count > 2 ? Int(arguments[2]) ?? 1_000_000 : 1_000_000
let interns = (0..<50).map { $0 < 10 ? "intern-0\($0)" : "intern-\($0)" }
let texts = (0..<1000).map { "Tìm hiểu dịch vụ \($0) và ghi chú bài học số \($0 * 7 % 13)" }
let header = ["intern", "week", "lang", "day_index", "task_index", "kind", "text", "date", "lag_days"]

do {
    var book = try XlsxWorkbook(path: arguments[1], options: .init(constantMemory: true))
    try book.setProperties(title: "bench", created: 1_700_000_000)
    let sheet = try book.addWorksheet("Tasks")
    let date = try book.addFormat(.init(numberFormat: "yyyy-mm-dd"))
    for (c, title) in header.enumerated() { try book.writeString(title, sheet: sheet, row: 0, column: c) }
    for r in 0..<rows {
        let row = r + 1
        try book.writeString(interns[r % 50], sheet: sheet, row: row, column: 0)
        try book.writeNumber(Double(r % 12 + 1), sheet: sheet, row: row, column: 1)
        try book.writeString(r % 3 == 0 ? "en" : "vi", sheet: sheet, row: row, column: 2)
        try book.writeNumber(Double(r % 7 + 1), sheet: sheet, row: row, column: 3)
        try book.writeNumber(Double(r % 5 + 1), sheet: sheet, row: row, column: 4)
        try book.writeString(r % 4 == 0 ? "subtask" : "task", sheet: sheet, row: row, column: 5)
        try book.writeString(texts[r % 1000], sheet: sheet, row: row, column: 6)
        try book.writeNumber(Double(45658 + r % 365), sheet: sheet, row: row, column: 7, format: date)
        try book.writeNumber(Double(r % 9) * 0.5, sheet: sheet, row: row, column: 8)
    }
    try book.close()
} catch {
    print("xlsx-bench-swift: \(error)")
    exit(1)
}
