import Testing

@testable import Shared

@Suite("Analyzers never crash on random input")
struct EvaluatorFuzzTests {
    /// Policy-shaped documents: a real skeleton whose parts are replaced by random JSON.
    static func policyShaped(_ generator: inout SeededGenerator) -> JSONValue {
        func part(_ valid: JSONValue) -> JSONValue {
            generator.next() % 4 == 0 ? RandomJSON.value(&generator, depth: 2) : valid
        }
        let statements: [JSONValue] = (0..<Int(generator.next() % 4 + 1)).map { _ in
            var statement: [String: JSONValue] = [:]
            statement["Effect"] = part(.string(["Allow", "Deny"][Int(generator.next() % 2)]))
            statement[generator.next() % 3 == 0 ? "NotAction" : "Action"] = part(
                .array((0..<3).map { _ in .string(RandomJSON.word(&generator)) }))
            statement[generator.next() % 4 == 0 ? "NotResource" : "Resource"] = part(
                .string(RandomJSON.word(&generator)))
            if generator.next() % 3 == 0 {
                statement["Condition"] = part(["StringEquals": ["aws:SourceVpc": .string(RandomJSON.word(&generator))]])
            }
            if generator.next() % 5 == 0 {
                statement[RandomJSON.word(&generator)] = RandomJSON.value(&generator, depth: 3)
            }
            return .object(statement)
        }
        return .object([
            "Version": part("2012-10-17"),
            "Statement": part(generator.next() % 5 == 0 ? statements[0] : .array(statements)),
        ])
    }

    @Test("Thousands of random and mutated documents: no crash, consistent reports")
    func policies() {
        var generator = SeededGenerator(seed: 20_261_121)
        let analyzer = IAMPolicyAnalyzer()
        var evaluated = 0
        var risky = 0
        for round in 0..<2_500 {
            let document = round % 2 == 0 ? Self.policyShaped(&generator) : RandomJSON.value(&generator, depth: 0)
            var text = document.serialized()
            if round % 5 == 0, !text.isEmpty {
                var bytes = Array(text.utf8)
                let position = Int(generator.next() % UInt64(bytes.count))
                bytes[position] =
                    [UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: ","), 0xC3][Int(generator.next() % 4)]
                text = String(decoding: bytes.prefix(Int(generator.next() % UInt64(bytes.count + 1))), as: UTF8.self)
            }
            let report = analyzer.analyze(text)
            if report.evaluated { evaluated += 1 }
            if report.findings.contains(where: { $0.type != .malformed }) { risky += 1 }
            #expect((0...100).contains(report.score))
            #expect(report.findings.map(\.severity) == report.findings.map(\.severity).sorted(by: >))
            #expect(report.evaluated || report.score == 0)
            for finding in report.findings {
                #expect(!finding.message.isEmpty)
                if let index = finding.statementIndex { #expect(index < max(1, report.statementCount)) }
            }
        }
        #expect(evaluated > 300, "the generator must reach the evaluator, not only the parser")
        #expect(risky > 100)
    }

    @Test("Thousands of random security-group documents: no crash")
    func securityGroups() {
        var generator = SeededGenerator(seed: 99)
        let analyzer = SecurityGroupAnalyzer()
        for _ in 0..<2_000 {
            var rule: [String: JSONValue] = [:]
            for key in ["IpProtocol", "FromPort", "ToPort"] where generator.next() % 6 != 0 {
                rule[key] =
                    generator.next() % 3 == 0
                    ? RandomJSON.value(&generator, depth: 3) : .string(RandomJSON.word(&generator))
            }
            rule["IpRanges"] =
                generator.next() % 3 == 0
                ? RandomJSON.value(&generator, depth: 3) : [["CidrIp": .string(RandomJSON.word(&generator))]]
            let document: JSONValue =
                generator.next() % 4 == 0 ? RandomJSON.value(&generator, depth: 0) : ["IpPermissions": [.object(rule)]]
            let report = analyzer.analyze(document.serialized())
            #expect((0...100).contains(report.score))
            #expect(report.findings.allSatisfy { !$0.message.isEmpty })
        }
        for port in stride(from: -70_000, through: 70_000, by: 997) {
            _ = analyzer.analyze([
                SecurityGroupRule(ipProtocol: "tcp", fromPort: port, toPort: port &+ 500, ipv4Ranges: ["0.0.0.0/0"])
            ])
        }
    }
}
