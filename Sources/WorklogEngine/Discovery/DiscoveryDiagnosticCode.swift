/// Stable codes of the diagnostics that discovery and file reading emit.
public enum DiscoveryDiagnosticCode {
    /// A path given on the command line does not exist (error).
    public static let inputNotFound = "input-not-found"
    /// A file given on the command line is not a `.md` file or not a regular file (warning).
    public static let inputNotMarkdown = "input-not-markdown"
    /// The same folder or file was reached from two command-line paths; read once (info).
    public static let duplicateInput = "duplicate-input"
    /// A folder cannot be listed (permissions, I/O error); its content is skipped (error).
    public static let unreadableFolder = "unreadable-folder"
    /// A file cannot be opened or read (error).
    public static let unreadableFile = "unreadable-file"
    /// A `.md` entry is a named pipe, socket or device; it is never opened (warning).
    public static let notARegularFile = "not-a-regular-file"
    /// A folder is named like a page (`x.md`); it is walked as a folder (info).
    public static let folderNamedLikePage = "folder-named-like-page"
    /// A file is larger than `FileReader.maxFileSize` (error).
    public static let fileTooLarge = "file-too-large"
    /// A symlink points nowhere, or into a loop of symlinks (warning).
    public static let brokenSymlink = "broken-symlink"
    /// A symlink leads to a folder already walked; not followed again (warning).
    public static let symlinkLoop = "symlink-loop"
    /// The worklog folder's name is one letter off `worklog` (`1-Worlog`); it is used (warning).
    public static let worklogFolderMisspelled = "worklog-folder-misspelled"
    /// A site has no worklog folder below `content/` (warning).
    public static let noWorklogFolder = "no-worklog-folder"
    /// A site (or a folder given as a bare site) holds no week page (warning).
    public static let noPages = "no-pages"
}
