/// The thresholds of the originality analysis (issue 8). The defaults are the figures.
public struct OriginalitySettings: Sendable, Hashable {
    /// Texts shorter than this many words take no part.
    public var minimumWords = 6
    /// Words per shingle.
    public var shingleSize = 5
    /// Jaccard similarity of shingle sets at or above `numerator / denominator` counts as the same text.
    public var jaccardNumerator = 4
    public var jaccardDenominator = 5
    /// Without a template site, a text shared by at least this many interns...
    public var commonMinimumInterns = 5
    /// ...and at least this share of the cohort's interns is the template's.
    public var commonMinimumShare = 0.1
    /// A shared text names its sources (top sources, pairs) only when at most this many interns
    /// write it. A text that 5 or more interns write, though under the template share of a large
    /// cohort, is a stock phrase: it counts as shared, but singles out no one.
    public var sourceMaximumInterns = 4
    /// Pairs in `similarity` share at least this many texts.
    public var pairMinimumTexts = 5
    /// Sources listed per intern.
    public var topSources = 3

    public init() {}

    /// Interns a text must be shared by to count as common template text in a cohort of `interns`.
    public func commonThreshold(interns: Int) -> Int {
        let share = Int((commonMinimumShare * Double(interns)).rounded(.up))
        return max(commonMinimumInterns, share)
    }
}
