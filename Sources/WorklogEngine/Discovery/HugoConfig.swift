/// The few keys of a Hugo config that discovery needs, read line by line.
///
/// A full TOML/YAML parser is not needed: `defaultContentLanguage` is a top-level key, the
/// language keys are table headers (`[languages.vi]`) or the first indented keys under
/// `languages:`, and `contentDir` sits inside a language's table.
struct HugoConfig: Sendable, Hashable {
    var defaultLanguage: String?
    /// Language keys declared in the config, lowercased, in order of appearance.
    var languages: [String] = []
    /// `contentDir` of each language that sets one (`vi` -> `content/vi`).
    var contentDirs: [String: String] = [:]

    enum Format { case toml, yaml, json }

    /// File names that mark a site folder, in Hugo's order of preference.
    static let rootFileNames = [
        "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
        "config.toml", "config.yaml", "config.yml", "config.json",
    ]
    /// Files of a `config/_default/` folder that may hold the keys.
    static let defaultDirFileNames = rootFileNames + ["languages.toml", "languages.yaml", "languages.yml", "languages.json"]

    static func format(ofFileName name: String) -> Format {
        if name.hasSuffix(".toml") { return .toml }
        if name.hasSuffix(".json") { return .json }
        return .yaml
    }

    /// Adds what `text` says; keys already known keep their first value.
    mutating func read(_ text: String, format: Format, isLanguagesFile: Bool) {
        var currentLanguage: String?
        var languagesIndent: Int?  // YAML: indent of `languages:`
        var languageKeyIndent: Int?  // YAML: indent of the language keys below it

        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let indent = rawLine.prefix(while: { $0 == " " || $0 == "\t" }).count
            let line = rawLine.dropFirst(indent)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("//") { continue }

            if format == .toml, line.hasPrefix("[") {
                let header = line.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" })
                    .trimmingQuotes().lowercased()
                let parts = header.split(separator: ".").map { String($0).trimmingQuotes() }
                if parts.first == "languages", parts.count >= 2 {
                    currentLanguage = parts[1]
                } else if isLanguagesFile, let first = parts.first, !first.isEmpty {
                    currentLanguage = first
                } else {
                    currentLanguage = nil
                }
                if let lang = currentLanguage, !languages.contains(lang) { languages.append(lang) }
                continue
            }

            guard let (key, value) = Self.keyValue(line, format: format) else { continue }
            let lowerKey = key.lowercased()

            if format != .toml {
                // YAML (and indented JSON): follow the `languages:` block by indentation.
                if let base = languagesIndent, indent <= base { languagesIndent = nil; languageKeyIndent = nil; currentLanguage = nil }
                if isLanguagesFile, indent == 0, value.isEmpty || value == "{" {
                    currentLanguage = lowerKey
                    if !languages.contains(lowerKey) { languages.append(lowerKey) }
                    continue
                }
                if lowerKey == "languages", value.isEmpty || value == "{" {
                    languagesIndent = indent
                    languageKeyIndent = nil
                    continue
                }
                if let base = languagesIndent, indent > base, value.isEmpty || value == "{" {
                    if languageKeyIndent == nil { languageKeyIndent = indent }
                    if indent == languageKeyIndent {
                        currentLanguage = lowerKey
                        if !languages.contains(lowerKey) { languages.append(lowerKey) }
                    }
                    continue
                }
            }

            if lowerKey == "defaultcontentlanguage", defaultLanguage == nil, !value.isEmpty {
                defaultLanguage = value.lowercased()
            } else if lowerKey == "contentdir", let lang = currentLanguage, contentDirs[lang] == nil, !value.isEmpty {
                contentDirs[lang] = value
            }
        }
    }

    /// `key = "value"` (TOML) or `key: value` / `"key": "value",` (YAML, JSON); value unquoted,
    /// trailing comment and comma dropped. Empty value for a key that opens a block.
    private static func keyValue(_ line: Substring, format: Format) -> (String, String)? {
        let separator: Character = format == .toml ? "=" : ":"
        guard let sep = line.firstIndex(of: separator) else { return nil }
        let key = line[..<sep].trimmingSpaces().trimmingQuotes()
        guard !key.isEmpty, !key.contains(" ") else { return nil }
        var value = line[line.index(after: sep)...].trimmingSpaces()
        if let quote = value.first, quote == "\"" || quote == "'" {
            let rest = value.dropFirst()
            value = rest.prefix(while: { $0 != quote })
        } else {
            var previous: Character = " "
            if let hash = value.firstIndex(where: { c in defer { previous = c }; return c == "#" && previous == " " }) {
                value = value[..<hash]
            }
            value = value.trimmingSpaces()
            if value.hasSuffix(",") { value = value.dropLast() }
        }
        return (String(key), String(value))
    }
}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> Substring {
        let s = Substring(self)
        let start = s.firstIndex(where: { $0 != " " && $0 != "\t" }) ?? s.endIndex
        let end = s.lastIndex(where: { $0 != " " && $0 != "\t" }).map { s.index(after: $0) } ?? start
        return start < end ? s[start..<end] : s[start..<start]
    }

    fileprivate func trimmingQuotes() -> String {
        String(trimmingSpaces().filter { $0 != "\"" && $0 != "'" })
    }
}
