import Foundation
import WorklogEngine

/// The few words the engine itself writes into a summary (numbers, the lag in plain
/// words, category and chart labels), in English or Vietnamese. Templates hold the rest.
struct SummaryWording: Sendable {
    let language: String

    static let languages = ["en", "vi"]

    /// English for a language it does not know.
    init(language: String) {
        self.language = SummaryWording.languages.contains(language) ? language : "en"
    }

    private var vi: Bool { language == "vi" }

    /// One decimal, half-even; Vietnamese writes a decimal comma.
    func decimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded(.toNearestOrEven) / 10
        var text = String(format: "%.1f", rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A share (0...1) as a whole percentage, half-even.
    func percent(_ share: Double) -> String {
        String(Int((share * 100).rounded(.toNearestOrEven))) + "%"
    }

    func days(_ count: Int) -> String {
        if vi { return count == 0 ? "ngay trong ngày" : "\(count) ngày" }
        switch count {
        case 0: return "the same day"
        case 1: return "1 day"
        default: return "\(count) days"
        }
    }

    /// `1, 2, 4`.
    func list(_ numbers: [Int]) -> String { numbers.map(String.init).joined(separator: ", ") }

    /// The completion lag in one or two plain sentences.
    func lag(_ lag: LagStatistics) -> String {
        guard let median = lag.median, let p90 = lag.p90, let max = lag.max, let mean = lag.mean,
              let sameDay = lag.sameDayShare else {
            return vi
                ? "Không có mục nào ghi đủ ngày bắt đầu và ngày hoàn thành, nên chưa biết độ trễ hoàn thành."
                : "No day entry gives both a start and a completion date, so the completion lag is unknown."
        }
        let n = lag.values.count
        if vi {
            let within = { (d: Int) in d == 0 ? "ngay trong ngày" : "trong vòng \(d) ngày" }
            // A median of 0 is already said by a same-day share of at least half.
            let half = median == 0 ? "" : ", một nửa hoàn thành \(within(median))"
            // A p90 of 0 (or equal to the longest) adds nothing to the other figures.
            let ninety = p90 == 0 || p90 == max ? "" : "9/10 hoàn thành \(within(p90)), "
            return "Trong \(n) mục có đủ ngày bắt đầu và hoàn thành, \(percent(sameDay)) hoàn thành ngay trong ngày bắt đầu\(half); "
                + "\(ninety)mục lâu nhất mất \(days(max)). "
                + "Trung bình mỗi mục mất \(decimal(mean)) ngày."
        }
        let within = { (d: Int) in d == 0 ? "the same day" : "within \(self.days(d))" }
        let entries = n == 1 ? "1 day entry" : "\(n) day entries"
        let half = median == 0 ? "" : " and half \(within(median))"
        return "Of \(entries) with both a start and a completion date, \(percent(sameDay)) were finished the day they started\(half); "
            + (p90 == 0 || p90 == max ? "the longest took \(days(max)). "
                : "nine in ten were finished \(within(p90)), and the longest took \(days(max)). ")
            + "On average an entry took \(decimal(mean)) days."
    }

    /// A taxonomy category id in words; an unknown id is shown as written.
    func category(_ id: String) -> String {
        let names: [String: (String, String)] = [
            "core": ("Core cloud skills", "Kỹ năng đám mây cốt lõi"),
            "aws-compute": ("AWS compute", "AWS: tính toán"),
            "aws-storage": ("AWS storage", "AWS: lưu trữ"),
            "aws-database": ("AWS databases", "AWS: cơ sở dữ liệu"),
            "aws-networking": ("AWS networking", "AWS: mạng"),
            "aws-security": ("AWS security", "AWS: bảo mật"),
            "aws-management": ("AWS management", "AWS: quản trị"),
            "aws-integration": ("AWS integration", "AWS: tích hợp"),
            "aws-analytics": ("AWS analytics", "AWS: phân tích dữ liệu"),
            "aws-devops": ("AWS DevOps", "AWS: DevOps"),
            "aws-ai": ("AWS AI services", "AWS: dịch vụ AI"),
            "ai": ("AI and machine learning", "AI và học máy"),
            "concept": ("Concepts", "Khái niệm"),
            "tool": ("Tools", "Công cụ"),
            "language": ("Programming languages", "Ngôn ngữ lập trình"),
            "framework": ("Frameworks", "Framework"),
        ]
        guard let pair = names[id] else { return id }
        return vi ? pair.1 : pair.0
    }

    var severityNames: [String: String] {
        vi ? ["error": "lỗi", "warning": "cảnh báo", "info": "ghi chú"] : ["error": "error", "warning": "warning", "info": "info"]
    }

    var chartTitle: String { vi ? "Số việc mỗi tuần và độ trễ trung vị" : "Tasks per week and median lag" }
    var chartTasks: String { vi ? "Số việc" : "Tasks" }
    var chartLag: String { vi ? "Độ trễ trung vị (ngày)" : "Median lag (days)" }
    var chartWeek: String { vi ? "Tuần" : "Week" }
}
