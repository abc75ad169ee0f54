import Foundation
import Testing
import WorklogEngine
import WorklogModel
@testable import WorklogSummary

/// End to end: the HTML summary of a sample intern, opened in headless Chromium, must show
/// its chart. Needs Debian's `chromium` and `python3` (`make test-deps` installs them).
@Suite struct BrowserRenderTests {
    static func executable(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Decodes the PNG with zlib (stdlib only) and counts the pixels of the bar and lag colours;
    /// also sums the area of the SVG's bar-coloured rectangles, parsed with xml.etree.
    static let pixelCounter = #"""
    import json, re, struct, sys, zlib
    import xml.etree.ElementTree as ET
    html, png = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], "rb").read()
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    area = sum(int(r.get("width")) * int(r.get("height")) for r in root.iter(ns + "rect") if r.get("fill") == "#2f6fb0")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line); prev = line
    bar, lag, box = 0, 0, [width, height, -1, -1]
    for y, line in enumerate(rows):
        for x in range(width):
            px = tuple(line[x * bpp:x * bpp + 3])
            if px == (0x2f, 0x6f, 0xb0):
                bar += 1; box = [min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y)]
            elif px == (0xe0, 0x7b, 0x1a):
                lag += 1
    print(json.dumps({"area": area, "bar": bar, "lag": lag, "box": box, "width": width, "height": height}))
    """#

    @Test func chartIsDrawnInChromium() throws {
        let chromium = try #require(BrowserRenderTests.executable("chromium"), "install chromium (make test-deps)")
        let python = try #require(BrowserRenderTests.executable("python3"), "install python3 (make test-deps)")
        let root = SummaryFixtures.repoRoot.appendingPathComponent("samples/cohort").path
        let cohort = CohortReader.read(paths: [root], options: ReadOptions(preferredLanguage: "en", jobs: 1))
        let taxonomy = try Taxonomy.bundled()
        let curriculum = Curriculum.core(of: taxonomy)
        let metrics = MetricsCalculator(taxonomy: taxonomy, curriculum: curriculum).metrics(for: cohort)
        let summaries = try SummaryRenderer.render(cohort: cohort, metrics: metrics, taxonomy: taxonomy,
                                                   curriculum: curriculum, options: SummaryOptions(internFilter: "alice-fcj"))
        let html = try #require(summaries.first).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 2) // the SVG namespace only
        #expect(!html.contains("https://"))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summary-browser-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("summary.html"), shot = folder.appendingPathComponent("shot.png")
        try Data(html.utf8).write(to: page)
        let (status, _) = try BrowserRenderTests.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--user-data-dir=" + folder.appendingPathComponent("profile").path,
            "--screenshot=" + shot.path, "--window-size=1000,1400", page.absoluteString,
        ])
        #expect(status == 0)
        let (pyStatus, output) = try BrowserRenderTests.run(python, ["-c", BrowserRenderTests.pixelCounter, page.path, shot.path])
        try #require(pyStatus == 0, "the pixel counter failed: \(output)")
        struct Counts: Decodable { var area: Int; var bar: Int; var lag: Int; var box: [Int]; var width: Int; var height: Int }
        let counts = try JSONDecoder().decode(Counts.self, from: Data(output.utf8))
        #expect((counts.width, counts.height) == (1000, 1400))
        // alice (English pages): weeks 1, 2, 4 with 7, 4, 3 tasks; axis top 8 over 196 px -> bars
        // 171, 98, 73 px high (floored), 93 px wide, plus the 12 x 12 legend: 93 x 342 + 144 = 31,950 px.
        #expect(counts.area == 31_950)
        // Crisp edges: the bars cover their area, less what the lag line and points hide.
        #expect(Double(counts.bar) >= Double(counts.area) * 0.95 && counts.bar <= counts.area + 400,
                "bar pixels \(counts.bar) against an area of \(counts.area)")
        #expect(counts.lag > 200, "lag line pixels: \(counts.lag)")
        // The chart sits in the page, below the overview and inside the window: at most 720 px wide.
        #expect(counts.box[2] - counts.box[0] < 720 && counts.box[1] > 100 && counts.box[3] < 700, "\(counts.box)")
    }
}
