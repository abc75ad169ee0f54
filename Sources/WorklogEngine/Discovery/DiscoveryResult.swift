import WorklogModel

/// What discovery found under the command-line paths.
public struct DiscoveryResult: Sendable {
    /// Sorted by id (UTF-8 bytes).
    public var sites: [SiteInput]
    public var diagnostics: [Diagnostic]

    public init(sites: [SiteInput], diagnostics: [Diagnostic]) {
        self.sites = sites
        self.diagnostics = diagnostics
    }

    /// All pages of all sites, in site order.
    public var pageCount: Int { sites.reduce(0) { $0 + $1.pages.count } }
}
