import Foundation
import Testing
import WorklogModel
import WorklogParser

/// Loads the hand-written fixture pages in `Fixtures/`.
enum FixtureLoader {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "md", subdirectory: "Fixtures"))
        return [UInt8](try Data(contentsOf: url))
    }

    static func page(_ name: String) throws -> ParsedPage {
        PageParser.parse(try bytes(name), path: name + ".md")
    }

    static var allNames: [String] {
        guard let dir = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
              let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return files.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }
}

extension ParsedPage {
    func texts(_ kind: TaskKind, entry: Int) -> [String] {
        entries[entry].tasks.filter { $0.kind == kind }.map(\.text)
    }

    var codes: [String] { diagnostics.map(\.code) }
}
