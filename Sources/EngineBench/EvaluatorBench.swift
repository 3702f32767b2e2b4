import Shared

/// Times the evaluators on realistic inputs: the IAM analysis of a 50-statement policy and the rubric
/// grading of a 300-word answer. Each figure is the median of many runs, printed with the budget it should
/// stay within (release build) and, as a baseline measured in the same run, the time to parse the same input
/// alone.
func runEvaluatorBenchmarks() {
    let policy = EvaluatorBenchInputs.policy(statements: 50)
    let analyzer = IAMPolicyAnalyzer()
    let statementCount = analyzer.analyze(policy).statementCount
    let parse = EvaluatorBenchInputs.median(runs: 200) { _ = try? JSONValueParser().parse(policy) }
    let iam = EvaluatorBenchInputs.median(runs: 200) { _ = analyzer.analyze(policy) }
    EvaluatorBenchInputs.report(
        "evaluators.iam-policy (\(statementCount) statements, \(policy.utf8.count) bytes)", iam,
        budget: .milliseconds(5),
        baselineName: "JSON parse", baseline: parse)

    let (answer, rubric, modelAnswer) = EvaluatorBenchInputs.scenario(words: 300)
    let grader = RubricGrader()
    let words = answer.split(whereSeparator: \.isWhitespace).count
    let tokenize = EvaluatorBenchInputs.median(runs: 300) {
        _ = answer.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
    }
    let rubricTime = EvaluatorBenchInputs.median(runs: 300) {
        _ = grader.grade(answer: answer, rubric: rubric, modelAnswer: modelAnswer)
    }
    EvaluatorBenchInputs.report(
        "evaluators.rubric-grade (\(words) words, \(rubric.concepts.flatMap(\.terms).count) terms)", rubricTime,
        budget: .milliseconds(3), baselineName: "split and lower-case", baseline: tokenize)
}

/// Deterministic inputs and timing helpers for `runEvaluatorBenchmarks`.
enum EvaluatorBenchInputs {
    static func median(runs: Int, _ body: () -> Void) -> Duration {
        let clock = ContinuousClock()
        body()
        var samples: [Duration] = []
        samples.reserveCapacity(runs)
        for _ in 0..<runs {
            samples.append(clock.measure(body))
        }
        return samples.sorted()[runs / 2]
    }

    static func report(_ name: String, _ median: Duration, budget: Duration, baselineName: String, baseline: Duration) {
        let ratio = durationSeconds(median) / max(1e-9, durationSeconds(baseline))
        #if DEBUG
        let verdict = median <= budget ? "within budget" : "over budget (debug build; budgets are for -c release)"
        #else
        let verdict = median <= budget ? "within budget" : "OVER BUDGET"
        #endif
        print(
            "\(name): median \(milliseconds(median)) ms, budget \(milliseconds(budget)) ms, \(verdict); \(String(Int(ratio.rounded())))x \(baselineName) (\(milliseconds(baseline)) ms)"
        )
    }

    private static func durationSeconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let value = durationSeconds(duration) * 1_000
        let scaled = Int((value * 1_000).rounded())
        let fraction = String(scaled % 1_000)
        return "\(scaled / 1_000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    /// A policy mixing the shapes real policies have: scoped grants, wildcards, NotAction, conditions, Denies.
    static func policy(statements: Int) -> String {
        let services = ["s3", "dynamodb", "lambda", "sqs", "sns", "ec2", "iam", "kms", "logs", "ssm"]
        var parts: [String] = []
        for index in 0..<statements {
            let service = services[index % services.count]
            let effect = index % 9 == 8 ? "Deny" : "Allow"
            let action: String
            switch index % 5 {
            case 0: action = #""Action": ["\#(service):Get*", "\#(service):List*"]"#
            case 1: action = #""Action": "\#(service):*""#
            case 2: action = #""NotAction": ["iam:*", "organizations:*"]"#
            case 3: action = #""Action": ["\#(service):PutItem", "IAM:PassRole", "ec2:RunInstances"]"#
            default: action = #""Action": "*:Describe*""#
            }
            let resource =
                index % 4 == 0
                ? #""Resource": "*""# : #""Resource": "arn:aws:\#(service):us-east-1:123456789012:thing/app-\#(index)""#
            let condition =
                index % 6 == 0 ? #", "Condition": {"StringEquals": {"aws:PrincipalTag/team": "t\#(index)"}}"# : ""
            parts.append(#"{"Sid": "S\#(index)", "Effect": "\#(effect)", \#(action), \#(resource)\#(condition)}"#)
        }
        return #"{"Version": "2012-10-17", "Statement": [\#(parts.joined(separator: ",\n"))]}"#
    }

    /// A storage-cost scenario rubric and a reasoned answer of about `words` words.
    static func scenario(words: Int) -> (String, Rubric, String) {
        let rubric = Rubric(
            concepts: [
                RubricConcept(
                    id: "lifecycle", description: "Lifecycle transitions", weight: 3,
                    terms: ["lifecycle rule", "lifecycle policy", "transition"]),
                RubricConcept(
                    id: "ia", description: "Infrequent access class", weight: 3,
                    terms: ["s3 standard-ia", "s3 intelligent-tiering", "infrequent access"]),
                RubricConcept(
                    id: "archive", description: "Archive tier", weight: 2,
                    terms: ["glacier deep archive", "s3 glacier flexible retrieval", "archive"]),
                RubricConcept(
                    id: "endpoint", description: "Gateway endpoint", weight: 2,
                    terms: ["gateway endpoint", "vpc endpoint", "privatelink"]),
                RubricConcept(
                    id: "encryption", description: "Encryption at rest", weight: 2,
                    terms: ["sse-kms", "sse-s3", "encrypt at rest", "kms key"]),
                RubricConcept(
                    id: "monitoring", description: "Cost monitoring", weight: 1,
                    terms: ["storage lens", "cost explorer", "budget alert", "aws budgets"]),
            ],
            misconceptions: [
                RubricMisconception(id: "nat", description: "NAT for S3", penalty: 15, terms: ["nat gateway"]),
                RubricMisconception(
                    id: "public", description: "Public bucket", penalty: 20,
                    terms: ["public bucket", "make bucket public"]),
            ])
        let sentences = [
            "The logs are written once and rarely read after the first month, so a lifecycle rule should transition them to S3 Standard-IA after thirty days.",
            "After ninety days the same rule moves them to Glacier Deep Archive, which keeps seven years of retention at the lowest price per gigabyte.",
            "Instead of a NAT gateway, the private instances reach the bucket through a gateway endpoint, which is free and keeps traffic on the AWS network.",
            "Objects are encrypted at rest with SSE-KMS using a customer managed key, so access to the data also requires permission on the key.",
            "Cost Explorer and an AWS Budgets alert show whether the storage bill falls as expected once the transitions start.",
            "Retrieval from Deep Archive takes hours, which is acceptable because audits are planned weeks ahead.",
        ]
        var text: [String] = []
        var count = 0
        var index = 0
        while count < words {
            let sentence = sentences[index % sentences.count]
            text.append(sentence)
            count += sentence.split(separator: " ").count
            index += 1
        }
        return (text.joined(separator: " "), rubric, sentences.joined(separator: " "))
    }
}
