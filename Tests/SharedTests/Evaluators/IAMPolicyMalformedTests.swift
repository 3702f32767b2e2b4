import Testing

@testable import Shared

@Suite("IAM policy analyzer: malformed documents")
struct IAMPolicyMalformedTests {
    let analyzer = IAMPolicyAnalyzer()

    func malformed(_ text: String) -> [PolicyFinding] {
        analyzer.analyze(text).findings(of: .malformed)
    }

    @Test("Text that is not JSON is one malformed finding with the parser's position, and scores 0")
    func notJSON() throws {
        let report = analyzer.analyze(try EvaluatorFixtures.text("policies/malformed-not-json.json"))
        #expect(!report.evaluated)
        #expect(report.score == 0)
        #expect(report.findings.count == 1)
        #expect(report.findings[0].message.contains("not valid JSON"))
        #expect(report.findings[0].message.contains("byte"))
    }

    @Test("A missing Effect is reported and the statement skipped")
    func missingEffect() throws {
        let report = analyzer.analyze(try EvaluatorFixtures.text("policies/malformed-missing-effect.json"))
        #expect(!report.evaluated)
        #expect(report.findings(of: .malformed).contains { $0.message.contains("no Effect") && $0.statementIndex == 0 })
        #expect(report.findings(of: .wildcardAction).isEmpty)
    }

    @Test("An invalid Version is medium, a missing one low, an old one low")
    func versions() throws {
        let bad = analyzer.analyze(try EvaluatorFixtures.text("policies/malformed-bad-version.json")).findings(
            of: .malformed)
        #expect(bad.count == 1 && bad[0].severity == .medium)
        let missing = malformed(
            #"{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}}"#)
        #expect(missing.count == 1 && missing[0].severity == .low && missing[0].message.contains("policy variables"))
        let old = malformed(
            #"{"Version":"2008-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}}"#
        )
        #expect(old.count == 1 && old[0].severity == .low)
        #expect(malformed(#"{"Version":2012,"Statement":[]}"#).contains { $0.message.contains("must be a string") })
    }

    @Test("Wrong value types are reported per statement, and usable entries are still analysed")
    func wrongTypes() throws {
        let report = analyzer.analyze(try EvaluatorFixtures.text("policies/malformed-wrong-types.json"))
        let messages = report.findings(of: .malformed).map(\.message)
        #expect(messages.contains { $0.contains("Action must be a string or an array of strings, not a number") })
        #expect(messages.contains { $0.contains("contains a object") || $0.contains("contains a null") })
        #expect(messages.contains { $0.contains("Condition must be an object, not a array") })
        #expect(messages.contains { $0.contains("Statement 3 is a string") })
        #expect(report.evaluated)
        #expect(report.findings(of: .dataExfiltration).contains { $0.statementIndex == 2 })
    }

    @Test(
        "Grammar errors: Effect case, Action with NotAction, Principal, bad action, bad ARN, unknown element, duplicate Sid"
    )
    func grammar() throws {
        let findings = analyzer.analyze(try EvaluatorFixtures.text("policies/malformed-grammar.json")).findings
        let malformed = findings.filter { $0.type == .malformed }
        #expect(malformed.contains { $0.statementIndex == 0 && $0.message.contains("case sensitive") })
        #expect(
            findings.contains { $0.type == .wildcardAction && $0.statementIndex == 0 },
            "a mis-cased Allow is analysed as meant")
        #expect(malformed.contains { $0.statementIndex == 1 && $0.message.contains("both Action and NotAction") })
        #expect(malformed.contains { $0.statementIndex == 2 && $0.message.contains("Principal") })
        #expect(
            malformed.contains { $0.statementIndex == 3 && $0.message.contains("\"s3GetObject\" is not an action") })
        #expect(malformed.contains { $0.statementIndex == 3 && $0.message.contains("not a valid ARN") })
        #expect(malformed.contains { $0.statementIndex == 4 && $0.message.contains("did you mean \"Action\"") })
        #expect(malformed.contains { $0.statementIndex == 4 && $0.message.contains("used by more than one statement") })
    }

    @Test(
        "Shapes that are not policies never crash and never evaluate",
        arguments: [
            "", "null", "[]", "42", "\"policy\"", "{}", #"{"Statement": 3}"#, #"{"Statement": []}"#,
            #"{"Statement": [[]]}"#, String(repeating: "[", count: 5000), #"{"Statement": {"Effect": "Allow"}}"#,
        ]
    )
    func notPolicies(text: String) {
        let report = analyzer.analyze(text)
        #expect(!report.evaluated)
        #expect(report.score == 0)
        #expect(!report.findings.isEmpty)
        #expect(report.findings.allSatisfy { $0.type == .malformed })
    }

    @Test("Oversized documents are refused without parsing")
    func oversized() {
        let report = IAMPolicyAnalyzer(maximumDocumentBytes: 100).analyze(String(repeating: " ", count: 101))
        #expect(report.findings.first?.message.contains("more than the 100 accepted") == true)
    }

    @Test("Unknown condition operators are reported, and a Deny with one is not counted as a guarantee")
    func unknownOperator() {
        let report = analyzer.analyze(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"*"},{"Effect":"Deny","Action":"iam:*","Resource":"*","Condition":{"StringEqualz":{"aws:username":"x"}}}]}"#
        )
        #expect(report.findings(of: .malformed).contains { $0.message.contains("StringEqualz") })
        #expect(report.findings(of: .privilegeEscalation).contains { $0.pathId == "create-access-key" })
    }
}
