import Foundation
import Testing
import WorklogModel
import WorklogParser

/// Deterministic xorshift RNG so mutation runs are reproducible.
struct SeededRNG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}

@Suite struct RobustnessTests {
    static let inserts: [[UInt8]] = [
        Array("|".utf8), Array("<br>".utf8), Array("\n".utf8), Array("\r".utf8), Array("---\n".utf8),
        Array("```".utf8), Array("<!--".utf8), Array("{{% notice %}}".utf8), Array("**".utf8), Array("[".utf8),
        Array("](".utf8), Array("<table><tr><td>".utf8), Array("&emsp;".utf8), Array("&#x1F600;".utf8),
        Array("\\|".utf8), Array("<li>".utf8), Array("| Day | Task |\n|---|---|\n".utf8),
        [0xC3], [0xFF, 0xFE], [0xE2, 0x80], [0xEF, 0xBB, 0xBF],
    ]

    static func mutate(_ input: [UInt8], _ rng: inout SeededRNG) -> [UInt8] {
        var b = input
        let edits = Int.random(in: 1...8, using: &rng)
        for _ in 0..<edits {
            let pos = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0 where !b.isEmpty: b[pos] ^= UInt8.random(in: 1...255, using: &rng)
            case 1: b.removeSubrange(pos..<b.count)  // truncation
            case 2: b.insert(contentsOf: inserts.randomElement(using: &rng) ?? [], at: pos)
            case 3 where !b.isEmpty:
                let end = min(b.count, pos + Int.random(in: 1...40, using: &rng))
                b.removeSubrange(pos..<end)
            case 4 where !b.isEmpty:
                let end = min(b.count, pos + Int.random(in: 1...60, using: &rng))
                b.insert(contentsOf: b[pos..<end], at: Int.random(in: 0...b.count, using: &rng))
            default: b.insert(UInt8.random(in: 0x80...0xFF, using: &rng), at: pos)
            }
        }
        return b
    }

    @Test func mutatedFixturesNeverTrap() throws {
        let names = FixtureLoader.allNames
        #expect(names.count >= 15)
        // `WORKLOG_MUTATIONS` / `WORKLOG_SEED` widen a local run; the defaults keep CI short.
        let env = ProcessInfo.processInfo.environment
        let rounds = env["WORKLOG_MUTATIONS"].flatMap { Int($0) } ?? 200
        var rng = SeededRNG(seed: env["WORKLOG_SEED"].flatMap { UInt64($0) } ?? 20_251_020)
        var parsed = 0
        var withEntries = 0
        for name in names {
            let original = try FixtureLoader.bytes(name)
            for _ in 0..<rounds {
                let m = RobustnessTests.mutate(original, &rng)
                let p = PageParser.parse(m, path: name + ".md")
                parsed += 1
                if !p.entries.isEmpty { withEntries += 1 }
                // Every entry keeps a line inside the page and plain task texts.
                let lineCount = m.count(where: { $0 == 0x0A || $0 == 0x0D }) + 1
                #expect(p.entries.allSatisfy { $0.line >= 1 && $0.line <= lineCount })
                #expect(p.entries.allSatisfy { $0.tasks.allSatisfy { !$0.text.isEmpty } })
            }
        }
        #expect(parsed == names.count * rounds)
        #expect(withEntries > parsed / 4)  // most mutations still leave a readable table
    }

    @Test func largeTableIsRead() {
        var text = "## Tasks\n\n| Day | Task | Start Date | Reference |\n|---|---|---|---|\n"
        for i in 0..<5_000 {
            text += "| \(i % 7 + 1) | - Task \(i) <br>&emsp;+ sub \(i) | 01/01/2026 | [r](https://e.example/\(i)) |\n"
        }
        let p = PageParser.parse(Array(text.utf8), path: "big.md")
        #expect(p.entries.count == 5_000)
        #expect(p.taskCount == 5_000)
        #expect(p.entries.last?.tasks.map(\.text) == ["Task 4999", "sub 4999"])
        #expect(p.entries.last?.references == ["https://e.example/4999"])
        #expect(p.entries.last?.line == 5_004)
    }

    @Test func fiftyMegabyteLine() {
        var bytes = Array("### Objectives\n".utf8)
        let unit = Array("word [link](https://x.example) **b** <i>t</i> | &amp; ".utf8)
        bytes.reserveCapacity(50_000_100)
        while bytes.count < 50_000_000 { bytes += unit }
        bytes += Array("\n".utf8)
        let p = PageParser.parse(bytes, path: "huge.md")
        #expect(p.objectives.count == 1)
        #expect(p.objectives.first?.text.hasPrefix("word link b t | & word link") == true)
        #expect(p.objectives.first?.line == 2)
    }

    @Test func fiftyMegabyteTableCell() {
        var bytes = Array("## Tasks\n| Day | Task |\n|---|---|\n| Mon | ".utf8)
        let unit = Array("- a <br>&emsp;+ b <br>".utf8)
        while bytes.count < 20_000_000 { bytes += unit }
        bytes += Array(" |\n".utf8)
        let p = PageParser.parse(bytes, path: "cell.md")
        let expected = (20_000_000 - 40) / unit.count
        #expect(p.entries.count == 1)
        #expect((p.entries.first?.tasks.count ?? 0) >= expected)
        #expect(p.entries.first?.tasks.first?.text == "a")
        #expect(p.entries.first?.tasks.dropFirst().first?.kind == .subtask)
    }
}

@Suite struct HTMLScaleTests {
    @Test func htmlRowWithManyCellsOnOneLine() {
        var text = "### Tasks\n<table><tr><th>Day</th><th>Task</th></tr>"
        for i in 0..<20_000 { text += "<tr><td>\(i % 7 + 1)</td><td>- job \(i)<br>- more</td>" }
        text += "</table>\n"
        let p = PageParser.parse(Array(text.utf8), path: "wide.md")
        #expect(p.entries.count == 20_000)
        #expect(p.entries.last?.tasks.map(\.text) == ["job 19999", "more"])
        #expect(p.entries.allSatisfy { $0.line == 2 })
        var cells = "<table><tr><th>Task</th></tr><tr>"
        for _ in 0..<50_000 { cells += "<td>x" }
        cells += "</table>"
        let q = PageParser.parse(Array(cells.utf8), path: "cells.md")
        #expect(q.entries.count == 1)
        #expect(q.entries.first?.tasks.map(\.text) == ["x"])
    }
}
