/// One intern's site and the pages found in its worklog folder.
public struct SiteInput: Sendable, Hashable {
    /// Intern id: the site's path relative to the command-line path (`OWNER__NAME`,
    /// `OWNER__NAME/fcj-workshop`), the given folder's own name when the site is that folder,
    /// or the full path when two sites would share an id.
    public var id: String
    /// The site's folder (or the file given directly), as opened.
    public var rootPath: String
    /// Language of pages without a language suffix: `defaultContentLanguage`, else `en`.
    public var defaultLanguage: String
    /// Sorted by `displayPath` (UTF-8 bytes).
    public var pages: [PageInput]

    public init(id: String, rootPath: String, defaultLanguage: String, pages: [PageInput]) {
        self.id = id
        self.rootPath = rootPath
        self.defaultLanguage = defaultLanguage
        self.pages = pages
    }
}
