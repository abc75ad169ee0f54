import Foundation
import Testing
import WorklogEngine

@Suite struct TaxonomyTests {
    @Test func parsesTopicsAndExactAliases() throws {
        let taxonomy = try FixtureCohort.taxonomy()
        #expect(taxonomy.topics.count == 8)
        #expect(taxonomy.topics.map(\.id).prefix(3) == ["ec2", "s3", "vpc"])
        let go = try #require(taxonomy.topic("golang"))
        #expect(go.aliases == [TopicAlias("Go", exact: true), TopicAlias("Golang")])
        #expect(go.line == 9)
        #expect(taxonomy.coreTopicIDs == ["ec2", "s3", "vpc", "iam"])
    }

    func error(_ text: String) -> TaxonomyError? {
        do {
            _ = try Taxonomy(parsing: text, path: "t.tsv")
            return nil
        } catch let error as TaxonomyError {
            return error
        } catch {
            return nil
        }
    }

    @Test func badFilesSayLineAndFix() throws {
        let header = "id\tname\tcategory\taliases\n"
        let columns = try #require(error(header + "ec2\tEC2\tcore\n"))
        #expect(columns.line == 2)
        #expect(columns.message.contains("expected 4 tab-separated columns"))
        #expect(columns.description.hasPrefix("t.tsv:2: "))
        let duplicate = try #require(error(header + "ec2\tEC2\tcore\tEC2\n# c\nec2\tX\tcore\tX\n"))
        #expect(duplicate.line == 4)
        #expect(duplicate.message.contains("already used on line 2"))
        let badHeader = try #require(error("id,name,category,aliases\n"))
        #expect(badHeader.line == 1)
        #expect(badHeader.message.contains("header"))
        let emptyAlias = try #require(error(header + "ec2\tEC2\tcore\tEC2||Amazon EC2\n"))
        #expect(emptyAlias.message.contains("empty alias"))
        let shared = try #require(error(header + "a\tA\tcore\tLambda\nb\tB\tcore\tlambda\n"))
        #expect(shared.line == 3)
        #expect(shared.message.contains("also an alias of 'a' (line 2)"))
        let badID = try #require(error(header + "Amazon EC2\tEC2\tcore\tEC2\n"))
        #expect(badID.message.contains("lowercase"))
        let symbols = try #require(error(header + "a\tA\tcore\t++\n"))
        #expect(symbols.message.contains("no letter or digit"))
        #expect(error(header)?.message.contains("no topic") == true)
    }

    @Test func loadsFileWithCRLFAndBOM() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tax-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("\u{FEFF}id\tname\tcategory\taliases\r\nx\tX\tcore\tXray|=X\r\n".utf8).write(to: url)
        let taxonomy = try Taxonomy.load(contentsOf: url)
        #expect(taxonomy.topics.map(\.aliases.count) == [2])
        #expect(throws: TaxonomyError.self) { try Taxonomy.load(contentsOf: url.appendingPathExtension("missing")) }
    }

    @Test func curriculumFile() throws {
        let taxonomy = try FixtureCohort.taxonomy()
        let curriculum = try Curriculum(parsing: "# week 1-4\nec2\n\ns3  # storage\nec2\n", path: "c.txt", taxonomy: taxonomy)
        #expect(curriculum.topicIDs == ["ec2", "s3"])
        #expect(Curriculum.core(of: taxonomy).topicIDs == ["ec2", "s3", "vpc", "iam"])
        do {
            _ = try Curriculum(parsing: "ec2\nlambda\n", path: "c.txt", taxonomy: taxonomy)
            Issue.record("unknown id accepted")
        } catch let error as TaxonomyError {
            #expect(error.line == 2)
            #expect(error.message.contains("'lambda' is not a topic id"))
        }
    }

    @Test func curriculumChangesCoverage() throws {
        let taxonomy = try FixtureCohort.taxonomy()
        let curriculum = Curriculum(topicIDs: ["docker", "vpc", "rest-api"])
        let metrics = MetricsCalculator(taxonomy: taxonomy, curriculum: curriculum).metrics(for: FixtureCohort.make())
        // bob mentions docker only of the three: 1/3.
        #expect(metrics.interns[1].curriculumCoverage == 1.0 / 3.0)
        // alice: docker, vpc of three.
        #expect(metrics.interns[0].curriculumCoverage == 2.0 / 3.0)
    }

    /// The compiled-in taxonomy is the shipped file users copy: rerun
    /// `scripts/embed-templates.py` after editing `Resources/topics.tsv`.
    @Test func compiledInTaxonomyIsTheShippedFile() throws {
        let file = CorpusLocation.repoRoot.appendingPathComponent("Sources/WorklogEngine/Resources/topics.tsv")
        let shipped = try Taxonomy.load(contentsOf: file)
        let bundled = try Taxonomy.bundled()
        #expect(bundled == shipped)
        #expect(bundled.topics.count >= 80)
    }
}
