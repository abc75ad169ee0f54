// libFuzzer entry point for the page parser. Built by scripts/fuzz.sh together
// with the WorklogParser sources (one module), so `PageParser` and `DateReader`
// are reached without `import WorklogParser`.
import WorklogModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPageParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeRawBufferPointer(start: data.map { UnsafeRawPointer($0) }, count: data == nil ? 0 : size)
    let page = PageParser.parse(bytes, path: "fuzz/week-01.md")
    // The first byte picks the language and week so the site resolver sees
    // both languages and a missing week number.
    let first = bytes.first ?? 0
    let lang = first & 1 == 0 ? "en" : "vi"
    let week: Int? = first & 2 == 0 ? Int(first >> 2) : nil
    let other = SitePageDates(page: page, path: "fuzz/week-02.md", lang: lang, weekNumber: week.map { $0 + 1 })
    let resolved = DateReader.resolveSite([
        SitePageDates(page: page, path: "fuzz/week-01.md", lang: lang, weekNumber: week),
        other,
    ])
    // Touch the results so nothing is optimised away.
    if resolved.count != 2 { return -1 }
    return 0
}
