import Foundation
/// A taxonomy or curriculum file that cannot be used; says where and what to fix.
public struct TaxonomyError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based line, 0 for the file as a whole.
    public var line: Int
    public var message: String

    public init(path: String, line: Int, _ message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
    }
}

extension TaxonomyError {
    /// The UTF-8 text of a taxonomy or curriculum file, or an error that says what to fix.
    static func readText(_ url: URL, kind: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TaxonomyError(path: url.path, line: 0, "cannot read the \(kind) file: check the path and its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TaxonomyError(path: url.path, line: 0, "the \(kind) file is not UTF-8: save it as UTF-8")
        }
        return text
    }
}
