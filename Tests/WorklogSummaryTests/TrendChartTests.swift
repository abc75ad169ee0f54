import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import WorklogSummary

/// Collects the elements of an SVG document as parsed by an XML parser.
final class SVGElements: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((name, attributes))
    }

    /// nil when the text is not well-formed XML.
    static func parse(_ text: String) -> SVGElements? {
        let collector = SVGElements()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }
}

@Suite struct TrendChartTests {
    @Test func axisStepsAreOneTwoFive() {
        #expect(TrendChart.axis(0) == (1, 1))
        #expect(TrendChart.axis(4) == (1, 4))
        #expect(TrendChart.axis(7) == (2, 8))
        #expect(TrendChart.axis(23) == (5, 25))
        #expect(TrendChart.axis(130) == (50, 150))
    }

    @Test func barsAndLagLineFollowTheWeeks() throws {
        // Weeks 1, 2, 4 with 4, 2, 4 tasks; week 3 is missing; lags 2, 0, 1.
        let weeks = [
            TrendChart.Week(number: 1, tasks: 4, medianLag: 2, missing: false),
            TrendChart.Week(number: 2, tasks: 2, medianLag: 0, missing: false),
            TrendChart.Week(number: 4, tasks: 4, medianLag: 1, missing: false),
        ]
        let chart = try #require(TrendChart(weeks: weeks, wording: SummaryWording(language: "en")))
        let svg = chart.svg()
        let parsed = try #require(SVGElements.parse(svg), "the SVG is not well-formed XML")
        #expect(parsed.elements.first?.name == "svg")
        // Plot height 280 - 40 - 44 = 196; task axis top 4: bars 196, 98, 0, 196 high.
        let bars = parsed.elements.filter { $0.attributes["class"] == "bar" }
        #expect(bars.map { $0.attributes["height"] ?? "" } == ["196", "98", "196"])
        // Four slots of 624 / 4 = 156 px, bars 93 px wide, centred.
        #expect(bars.map { $0.attributes["x"] ?? "" } == ["79", "235", "547"])
        // The lag line breaks at week 3: one polyline for weeks 1-2, a lone point for week 4.
        let lines = parsed.elements.filter { $0.attributes["class"] == "lag" }
        // Lag axis top 2: week 1 at the top (y 40), week 2 on the baseline (y 236).
        #expect(lines.map { $0.attributes["points"] ?? "" } == ["126,40 282,236"])
        #expect(parsed.elements.filter { $0.name == "circle" }.map { $0.attributes["cy"] ?? "" } == ["40", "236", "138"])
        // Week 3's label is red: missing.
        #expect(svg.contains(##"fill="#c53030">3</text>"##))
    }

    @Test func noChartWithoutTasks() {
        #expect(TrendChart(weeks: [TrendChart.Week(number: 1, tasks: 0, medianLag: nil, missing: true)],
                           wording: SummaryWording(language: "en")) == nil)
    }
}
