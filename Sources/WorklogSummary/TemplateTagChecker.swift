import WorklogModel

/// Finds the tags of a Mustache template that name nothing the engine provides.
/// Mustache looks a name up in every enclosing section, innermost first, so the
/// checker keeps the same stack of scopes.
struct TemplateTagChecker: Sendable {
    let schema: TemplateSchema
    let path: String

    func unknownNames(in text: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var open = "{{", close = "}}"
        var scopes: [[String: TemplateSchema]] = [schema.names ?? [:]]
        var line = 1, column = 1
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index...].hasPrefix(open) else {
                if text[index] == "\n" { line += 1; column = 1 } else { column += text[index].utf8.count }
                index = text.index(after: index)
                continue
            }
            let tagLine = line, tagColumn = column
            let bodyStart = text.index(index, offsetBy: open.count)
            var closing = close
            if open == "{{", text[bodyStart...].hasPrefix("{") { closing = "}" + close }
            guard let end = text[bodyStart...].range(of: closing) else { break } // the parser reports it
            let body = String(text[bodyStart..<end.lowerBound])
            for c in text[index..<end.upperBound] {
                if c == "\n" { line += 1; column = 1 } else { column += c.utf8.count }
            }
            index = end.upperBound
            let location = SourceLocation(path: path, line: tagLine, column: tagColumn)

            guard let kind = body.first else { continue }
            var name = body
            switch kind {
            case "!", "%": continue
            case "=":
                // Set delimiters: `{{=<% %>=}}`.
                let parts = body.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
                if parts.count == 2 { open = String(parts[0]); close = String(parts[1]) }
                continue
            case "{", "&", "#", "^", "/", ">", "<", "$": name = String(body.dropFirst())
            default: break
            }
            name = TemplateTagChecker.stripTransforms(name.trimmingCharacters(in: " \t\r\n"))
            if kind == "/" || kind == "$" {
                if kind == "/" && scopes.count > 1 { scopes.removeLast() }
                if kind == "$" { scopes.append([:]) }
                continue
            }
            if kind == ">" || kind == "<" {
                diagnostics.append(Diagnostic(.warning, SummaryCodes.templateUnknownName, at: location,
                    "partial '\(name)' cannot be loaded: summaries have no partials, so it renders as empty; copy its text into this template"))
                if kind == "<" { scopes.append([:]) }
                continue
            }
            let found = resolve(name, scopes: scopes)
            if found == nil {
                diagnostics.append(Diagnostic(.warning, SummaryCodes.templateUnknownName, at: location,
                    "'\(name)' is not a name the summary provides, so it renders as empty: check its spelling against the shipped templates"))
            }
            if kind == "#" || kind == "^" {
                // A list or map opens its names; a value (or an unknown name) keeps the enclosing ones.
                scopes.append(kind == "#" ? (found??.names ?? [:]) : [:])
            }
        }
        return diagnostics
    }

    /// `uppercased(name)` -> `name`; `first()` (a list position test) -> ``.
    static func stripTransforms(_ name: String) -> String {
        var name = Substring(name)
        while let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            name = name[name.index(after: open)..<close]
        }
        return name.trimmingCharacters(in: " \t")
    }

    /// `.some(nil)`: known name with no names inside (a value); nil: unknown.
    func resolve(_ name: String, scopes: [[String: TemplateSchema]]) -> TemplateSchema?? {
        if name == "." || name.isEmpty { return .some(nil) }
        let parts = name.split(separator: ".").map(String.init)
        guard let head = parts.first else { return .some(nil) }
        let searched = name.hasPrefix(".") ? Array(scopes.suffix(1)) : Array(scopes.reversed())
        for scope in searched {
            guard var current = scope[head] else { continue }
            for part in parts.dropFirst() {
                guard let next = current.names?[part] else { return nil }
                current = next
            }
            return .some(current)
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
