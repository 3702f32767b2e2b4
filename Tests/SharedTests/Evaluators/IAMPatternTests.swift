import Testing

@testable import Shared

@Suite("IAM wildcard matching and resource scope")
struct IAMPatternTests {
    @Test(
        "Glob matching",
        arguments: [
            ("*", "s3:getobject", true), ("s3:get*", "s3:getobject", true), ("s3:get*", "s3:putobject", false),
            ("*:get*", "ssm:getparameter", true), ("iam:*", "iam:passrole", true),
            ("s3:getobjec?", "s3:getobject", true),
            ("s3:getobjec?", "s3:getobjects", false), ("a*b*c", "axxbyyc", true), ("a*b*c", "axxbyy", false),
            ("", "", true),
            ("*", "", true), ("?", "", false),
        ])
    func matches(pattern: String, value: String, expected: Bool) {
        #expect(IAMPattern.matches(pattern, value) == expected)
    }

    @Test(
        "Containment is sound",
        arguments: [
            ("*", "s3:get*", true), ("s3:*", "s3:get*", true), ("s3:get*", "s3:*", false), ("iam:*", "*", false),
            ("arn:aws:s3:::b/*", "arn:aws:s3:::b/x/*", true), ("arn:aws:s3:::b/?", "arn:aws:s3:::b/*", false),
            ("*:get*", "s3:getobject", true), ("a?c", "a*c", false),
        ])
    func covers(outer: String, inner: String, expected: Bool) {
        #expect(IAMPattern.covers(outer, inner) == expected)
    }

    @Test("Containment implies matching, on generated patterns")
    func containmentProperty() {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [Character] = ["a", "b", "*", "?"]
        func random(_ length: Int) -> String {
            String((0..<length).map { _ in alphabet[Int(generator.next() % 4)] })
        }
        for _ in 0..<3_000 {
            let outer = random(Int(generator.next() % 5))
            let inner = random(Int(generator.next() % 5))
            guard IAMPattern.covers(outer, inner) else { continue }
            let concrete = String(inner.map { $0 == "*" || $0 == "?" ? "b" : $0 })
            #expect(IAMPattern.matches(outer, concrete), "\(outer) covers \(inner) but not \(concrete)")
            #expect(IAMPattern.matches(outer, inner.filter { $0 != "*" }))
        }
    }

    @Test(
        "Resource breadth",
        arguments: [
            ("*", true), ("arn:aws:iam::123456789012:role/*", true), ("arn:aws:iam::*:role/*", true),
            ("arn:aws:iam::123456789012:role/web-app-role", false),
            ("arn:aws:iam::123456789012:role/service-role/*", false),
            ("arn:aws:iam::123456789012:role/app-*", false), ("arn:aws:s3:::reports/*", false),
            ("arn:aws:s3:::*", true),
            ("arn:aws:s3:::*/*", true), ("arn:aws:dynamodb:us-east-1:123456789012:table/*", true),
            ("arn:aws:secretsmanager:*:*:secret:*", true), ("arn:aws:lambda:us-east-1:1:function:orders", false),
            ("arn:aws:*:*:*:*", true), ("arn:aws:iam::123456789012:user/${aws:username}", false),
        ])
    func breadth(pattern: String, unbounded: Bool) {
        #expect(IAMResourceScope.isUnbounded(pattern) == unbounded)
    }

    @Test("Only all-service patterns count as every resource")
    func everything() {
        #expect(IAMResourceScope.isEverything("*"))
        #expect(IAMResourceScope.isEverything("arn:aws:*:*:*:*"))
        #expect(!IAMResourceScope.isEverything("arn:aws:s3:::*"))
        #expect(!IAMResourceScope.isEverything("arn:aws:iam::*:role/*"))
    }
}
