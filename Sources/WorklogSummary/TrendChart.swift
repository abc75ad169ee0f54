/// The inline SVG trend chart of an HTML summary: tasks per week as bars, the week's
/// median completion lag as a line on a second axis. Integer coordinates and no
/// script or external reference, so it prints and parses as plain XML.
struct TrendChart: Sendable {
    struct Week: Sendable, Hashable {
        var number: Int
        var tasks: Int
        var medianLag: Int?
        var missing: Bool
    }

    static let barColour = "#2f6fb0"
    static let lagColour = "#e07b1a"
    static let width = 720
    static let height = 280
    static let left = 48, right = 48, top = 40, bottom = 44

    var weeks: [Week]
    var wording: SummaryWording

    /// Weeks 1 through the last week with a task; nil when no week holds a task.
    init?(weeks: [Week], wording: SummaryWording) {
        guard let last = weeks.filter({ $0.tasks > 0 }).map(\.number).max(), last >= 1 else { return nil }
        let byNumber = Dictionary(weeks.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        self.weeks = (1...last).map { byNumber[$0] ?? Week(number: $0, tasks: 0, medianLag: nil, missing: true) }
        self.wording = wording
    }

    /// The smallest 1-2-5 step that splits `maximum` into at most 5 intervals, and the top of the axis.
    static func axis(_ maximum: Int) -> (step: Int, top: Int) {
        let value = max(maximum, 1)
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] {
                let step = factor * magnitude
                if (value + step - 1) / step <= 5 { return (step, (value + step - 1) / step * step) }
            }
            magnitude *= 10
        }
    }

    func svg() -> String {
        let w = TrendChart.width, h = TrendChart.height
        let left = TrendChart.left, top = TrendChart.top
        let plotW = w - left - TrendChart.right, plotH = h - top - TrendChart.bottom
        let baseline = top + plotH
        let slot = max(plotW / weeks.count, 1)
        let barW = max(slot * 6 / 10, 2)
        let tasksAxis = TrendChart.axis(weeks.map(\.tasks).max() ?? 0)
        let lagAxis = TrendChart.axis(weeks.compactMap(\.medianLag).max() ?? 0)
        let title = TrendChart.escape(wording.chartTitle)

        var out: [String] = []
        out.append(##"<svg xmlns="http://www.w3.org/2000/svg" class="trend-chart" width="\##(w)" height="\##(h)" viewBox="0 0 \##(w) \##(h)" role="img" aria-label="\##(title)" font-family="sans-serif" font-size="11">"##)
        out.append("<title>\(title)</title>")
        out.append(##"<rect x="0" y="0" width="\##(w)" height="\##(h)" fill="#ffffff"/>"##)
        // Legend.
        out.append(##"<rect x="\##(left)" y="12" width="12" height="12" fill="\##(TrendChart.barColour)"/>"##)
        out.append(##"<text x="\##(left + 18)" y="22" fill="#333333">\##(TrendChart.escape(wording.chartTasks))</text>"##)
        out.append(##"<line x1="\##(left + 160)" y1="18" x2="\##(left + 184)" y2="18" stroke="\##(TrendChart.lagColour)" stroke-width="2"/>"##)
        out.append(##"<text x="\##(left + 190)" y="22" fill="#333333">\##(TrendChart.escape(wording.chartLag))</text>"##)
        // Grid and left axis (tasks).
        for value in stride(from: 0, through: tasksAxis.top, by: tasksAxis.step) {
            let y = baseline - value * plotH / tasksAxis.top
            out.append(##"<line x1="\##(left)" y1="\##(y)" x2="\##(left + plotW)" y2="\##(y)" stroke="#e2e2e2" stroke-width="1"/>"##)
            out.append(##"<text x="\##(left - 6)" y="\##(y + 4)" text-anchor="end" fill="\##(TrendChart.barColour)">\##(value)</text>"##)
        }
        // Right axis (lag, days).
        for value in stride(from: 0, through: lagAxis.top, by: lagAxis.step) {
            let y = baseline - value * plotH / lagAxis.top
            out.append(##"<text x="\##(left + plotW + 6)" y="\##(y + 4)" fill="\##(TrendChart.lagColour)">\##(value)</text>"##)
        }
        // Bars and week labels.
        var runs: [[(x: Int, y: Int)]] = [[]]
        for (position, week) in weeks.enumerated() {
            let slotX = left + position * slot
            let centre = slotX + slot / 2
            let barH = week.tasks * plotH / tasksAxis.top
            if barH > 0 {
                out.append(##"<rect class="bar" x="\##(slotX + (slot - barW) / 2)" y="\##(baseline - barH)" width="\##(barW)" height="\##(barH)" fill="\##(TrendChart.barColour)" shape-rendering="crispEdges"><title>\##(TrendChart.escape(wording.chartWeek)) \##(week.number): \##(week.tasks)</title></rect>"##)
            }
            let labelColour = week.missing ? "#c53030" : "#333333"
            out.append(##"<text x="\##(centre)" y="\##(baseline + 16)" text-anchor="middle" fill="\##(labelColour)">\##(week.number)</text>"##)
            if let lag = week.medianLag {
                runs[runs.count - 1].append((centre, baseline - lag * plotH / lagAxis.top))
            } else if !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        out.append(##"<line x1="\##(left)" y1="\##(baseline)" x2="\##(left + plotW)" y2="\##(baseline)" stroke="#333333" stroke-width="1"/>"##)
        out.append(##"<text x="\##(left + plotW / 2)" y="\##(h - 8)" text-anchor="middle" fill="#333333">\##(TrendChart.escape(wording.chartWeek))</text>"##)
        // Lag line over the bars, broken where a week has no lag: a line across a gap would invent one.
        for run in runs where run.count > 1 {
            let list = run.map { "\($0.x),\($0.y)" }.joined(separator: " ")
            out.append(##"<polyline class="lag" points="\##(list)" fill="none" stroke="\##(TrendChart.lagColour)" stroke-width="2"/>"##)
        }
        for point in runs.joined() {
            out.append(##"<circle cx="\##(point.x)" cy="\##(point.y)" r="3" fill="\##(TrendChart.lagColour)"/>"##)
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
