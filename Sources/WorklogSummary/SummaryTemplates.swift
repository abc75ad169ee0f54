import Foundation
import Mustache
import WorklogModel

/// The two parsed templates of a summary (Markdown and HTML) in one language,
/// from a folder or the shipped set, with what was found wrong in them.
struct SummaryTemplates {
    enum Format: String, CaseIterable, Sendable { case md, html }

    var markdown: MustacheTemplate
    var html: MustacheTemplate
    var warnings: [Diagnostic]

    /// `summary.LANG.FORMAT.mustache`, else `summary.FORMAT.mustache`.
    static func candidates(_ format: Format, language: String) -> [String] {
        ["summary.\(language).\(format.rawValue).mustache", "summary.\(format.rawValue).mustache"]
    }

    /// Throws `SummaryError` for a missing template or a syntax error.
    static func load(directory: String?, language: String) throws -> SummaryTemplates {
        var warnings: [Diagnostic] = []
        var parsed: [Format: MustacheTemplate] = [:]
        for format in Format.allCases {
            let (path, text) = try source(format, directory: directory, language: language)
            if language != "en", !path.hasSuffix(".\(language).\(format.rawValue).mustache") {
                warnings.append(Diagnostic(.info, SummaryCodes.languageFallback, at: SourceLocation(path: path),
                    "no \(format.rawValue) template for language '\(language)': this one is used; add summary.\(language).\(format.rawValue).mustache to translate it"))
            }
            parsed[format] = try parse(text, path: path, format: format)
            warnings += TemplateTagChecker(schema: .summary, path: path).unknownNames(in: text)
        }
        guard let markdown = parsed[.md], let html = parsed[.html] else {
            throw SummaryError(Diagnostic(.error, SummaryCodes.templateMissing, at: SourceLocation(path: directory ?? "templates"),
                                          "the summary templates could not be loaded"))
        }
        return SummaryTemplates(markdown: markdown, html: html, warnings: warnings)
    }

    /// The template's path (for messages) and text.
    static func source(_ format: Format, directory: String?, language: String) throws -> (String, String) {
        let names = candidates(format, language: language)
        guard let directory else {
            for name in names {
                if let text = ShippedTemplates.all[name] { return ("templates/" + name, text) }
            }
            throw SummaryError(Diagnostic(.error, SummaryCodes.templateMissing, at: SourceLocation(path: "templates"),
                                          "no shipped \(format.rawValue) template: reinstall worklog"))
        }
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SummaryError(Diagnostic(.error, SummaryCodes.templateMissing, at: SourceLocation(path: path),
                                              "cannot read the template: check its permissions"))
            }
            return (path, String(decoding: data, as: UTF8.self))
        }
        throw SummaryError(Diagnostic(.error, SummaryCodes.templateMissing, at: SourceLocation(path: directory),
            "the folder holds no \(names.last ?? "") template: copy the shipped templates/ folder and edit it"))
    }

    /// Markdown is not HTML: its values are written as they are, not HTML-escaped. The tag
    /// stands on a line of its own, so it leaves no blank line; error lines are shifted back.
    static let textPrefix = "{{%CONTENT_TYPE:TEXT}}\n"

    static func parse(_ text: String, path: String, format: Format) throws -> MustacheTemplate {
        let prefix = format == .md ? textPrefix : ""
        do {
            return try MustacheTemplate(string: prefix + text)
        } catch let error as MustacheTemplate.ParserError {
            let line = max(error.context.lineNumber - (prefix.isEmpty ? 0 : 1), 1)
            let column = error.context.columnNumber
            throw SummaryError(Diagnostic(.error, SummaryCodes.templateSyntax,
                                          at: SourceLocation(path: path, line: line, column: column),
                                          explain(error.error)))
        } catch {
            throw SummaryError(Diagnostic(.error, SummaryCodes.templateSyntax, at: SourceLocation(path: path),
                                          "the template does not parse: \(error)"))
        }
    }

    static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else {
            return "the template ends inside a tag: close every {{ with }}"
        }
        switch error {
        case .sectionCloseNameIncorrect: return "this closing tag does not match the section it closes: close the innermost {{#name}} first"
        case .unfinishedName: return "a tag is not closed or its name is malformed: write {{name}}"
        case .expectedSectionEnd: return "a section is never closed: add its {{/name}}"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed: write {{=<% %>=}}"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only block definitions may appear inside a parent partial"
        case .textInsideInheritSection: return "text cannot appear inside a parent partial"
        case .invalidConfigVariableSyntax: return "a {{% }} configuration tag is malformed: write {{%CONTENT_TYPE:TEXT}}"
        case .unrecognisedConfigVariable: return "unknown {{% }} configuration: only CONTENT_TYPE is known"
        }
    }
}
