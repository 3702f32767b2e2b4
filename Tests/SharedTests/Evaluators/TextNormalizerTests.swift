import Testing

@testable import Shared

@Suite("Answer text normalisation")
struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    func texts(_ text: String) -> [String] {
        normalizer.tokens(text).map(\.text)
    }

    @Test(
        "Inflections meet at one stem",
        arguments: [
            ["encrypt", "encrypts", "encrypted", "encrypting", "encryption"], ["cache", "caches", "cached", "caching"],
            ["replica", "replicas"], ["policy", "policies"], ["archive", "archived", "archiving", "archives"],
            ["day", "days"], ["bucket", "buckets"],
        ])
    func stems(words: [String]) {
        #expect(Set(words.map(TextNormalizer.stem)).count == 1, "\(words.map(TextNormalizer.stem))")
    }

    @Test("Contractions become not, articles drop, possessives drop")
    func words() {
        #expect(texts("Don't use the NAT gateway's route") == ["do", "not", "use", "#natgateway", "rout"])
        #expect(texts("It can't and won't") == ["it", "can", "not", "and", "will", "not"])
    }

    @Test("Dots inside names are not sentence ends; punctuation makes boundaries")
    func boundaries() {
        let tokens = normalizer.tokens("Call s3.amazonaws.com, then stop. Next; end")
        #expect(
            tokens.map(\.kind) == [.word, .service, .word, .word, .pause, .word, .word, .stop, .word, .stop, .word])
    }

    @Test(
        "Aliases become canonical markers, longest first",
        arguments: [
            ("S3 Standard-IA", ["#s3", "#standardia"]), ("s3 ia", ["#s3", "#standardia"]),
            ("standard infrequent access", ["#s3", "#standardia"]), ("One Zone-IA", ["#s3", "#onezoneia"]),
            ("Glacier Deep Archive", ["#s3", "#glacierdeeparchive"]), ("glacier", ["#s3", "#glacierflexible"]),
            ("Amazon DynamoDB", ["#dynamodb"]), ("DAX", ["#dynamodb", "#dax"]), ("SSE-KMS", ["#kms", "#ssekms"]),
            ("multi-AZ", ["#multiaz"]), ("RDS Multi-AZ", ["#rds", "#multiaz"]),
            ("application load balancer", ["#elb", "#alb"]),
            ("PrivateLink", ["#vpcendpoint", "#interfaceendpoint"]), ("Route 53", ["#route53"]),
        ])
    func aliases(text: String, expected: [String]) {
        #expect(texts(text) == expected)
    }
}
