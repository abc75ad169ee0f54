import Testing
import WorklogEngine

@Suite struct TopicMatcherTests {
    let matcher: TopicMatcher

    init() throws {
        matcher = TopicMatcher(taxonomy: try FixtureCohort.taxonomy())
    }

    @Test func wholeWordsOnly() {
        #expect(matcher.topicIDs(in: "Upload to S3") == ["s3"])
        #expect(matcher.topicIDs(in: "Boeing S35 and XS3") == [])
        #expect(matcher.topicIDs(in: "s3-bucket/ec2_instance") == ["ec2", "s3"])
        #expect(matcher.topicIDs(in: "(S3)") == ["s3"])
        #expect(matcher.topicIDs(in: "EC2s") == [])
    }

    @Test func caseAndDiacriticsInsensitive() {
        #expect(matcher.topicIDs(in: "TẠO MÁY ẢO ec2") == ["ec2"])
        #expect(matcher.topicIDs(in: "cau hinh mang rieng ao") == ["vpc"])
        // Decomposed (NFD) Vietnamese folds the same.
        let nfd = "ma\u{0323}ng rie\u{0302}\u{0301}ng a\u{0309}o"
        #expect(matcher.topicIDs(in: nfd) == ["vpc"])
    }

    @Test func exactAliasesKeepCase() {
        #expect(matcher.topicIDs(in: "Learn Go basics") == ["golang"])
        #expect(matcher.topicIDs(in: "go to the console") == [])
        #expect(matcher.topicIDs(in: "GO") == [])
        #expect(matcher.topicIDs(in: "golang") == ["golang"])
    }

    @Test func longestAliasWinsAndTextCountsOnce() {
        #expect(matcher.topicIDs(in: "Amazon API Gateway") == ["api-gateway"])
        #expect(matcher.topicIDs(in: "API Gateway and a REST API") == ["api-gateway", "rest-api"])
        #expect(matcher.topicIndices(in: "EC2 EC2 Amazon EC2") == [0])
    }

    @Test func urlsNameNoTopic() {
        #expect(matcher.topicIDs(in: "Read https://docs.aws.amazon.com/ec2/s3.html then EC2") == ["ec2"])
        #expect(matcher.topicIDs(in: "see http://x/vpc") == [])
        #expect(matcher.topicIDs(in: "S3: buckets") == ["s3"])
    }

    @Test func emptyAndSymbolOnlyTexts() {
        #expect(matcher.topicIDs(in: "") == [])
        #expect(matcher.topicIDs(in: "--- ... ***") == [])
    }

    @Test func bundledTaxonomyCoversTheInternships() throws {
        let taxonomy = try Taxonomy.bundled()
        #expect(taxonomy.topics.count >= 80)
        #expect(taxonomy.coreTopicIDs.contains("iam"))
        #expect(taxonomy.coreTopicIDs.contains("ec2"))
        let bundled = TopicMatcher(taxonomy: taxonomy)
        #expect(bundled.topicIDs(in: "Created an S3 bucket and launched an EC2 instance") == ["ec2", "s3"])
        #expect(bundled.topicIDs(in: "Cấu hình Route 53 và cân bằng tải") == ["route53", "elb"])
        #expect(bundled.topicIDs(in: "Write a Go service") == ["golang"])
        #expect(bundled.topicIDs(in: "go through the AWS Glue crawler") == ["glue"])
        #expect(bundled.topicIDs(in: "glue code") == [])
        #expect(bundled.topicIDs(in: "Set up CI/CD with GitHub Actions") == ["ci-cd", "github"])
        #expect(bundled.topicIDs(in: "Node.js and React") == ["react", "nodejs"])
    }

    @Test func matcherIsFastEnough() throws {
        let bundled = TopicMatcher(taxonomy: try Taxonomy.bundled())
        let text = "Cấu hình Amazon VPC, subnet, NAT Gateway và Security Group cho máy ảo EC2; deploy Lambda qua API Gateway"
        let clock = ContinuousClock()
        var total = 0
        let elapsed = clock.measure {
            for _ in 0..<20_000 { total += bundled.topicIndices(in: text).count }
        }
        #expect(total == 20_000 * bundled.topicIndices(in: text).count)
        #expect(bundled.topicIDs(in: text).contains("nat-gateway"))
        // 20,000 texts (a large cohort's tasks) in well under the time a report may take.
        #expect(elapsed < .seconds(10))
    }
}
