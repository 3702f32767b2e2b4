import Testing

@testable import Shared

@Suite("Rubric grading without a model")
struct RubricGraderTests {
    let grader = RubricGrader()

    static let rubric = Rubric(
        concepts: [
            RubricConcept(
                id: "lifecycle", description: "Automate transitions with a lifecycle rule", weight: 3,
                terms: ["lifecycle rule", "lifecycle policy", "transition"]),
            RubricConcept(
                id: "infrequent", description: "Infrequent-access storage class after 30 days", weight: 3,
                terms: ["s3 standard-ia", "s3 intelligent-tiering"]),
            RubricConcept(
                id: "archive", description: "Archive for long-term retention", weight: 2,
                terms: ["glacier deep archive", "s3 glacier flexible retrieval"]),
            RubricConcept(
                id: "endpoint", description: "Reach S3 privately through a gateway endpoint", weight: 2,
                terms: ["gateway endpoint", "vpc endpoint"]),
        ],
        misconceptions: [
            RubricMisconception(
                id: "nat", description: "Sends S3 traffic through a NAT gateway, which charges per GB", penalty: 15,
                terms: ["nat gateway"]),
            RubricMisconception(
                id: "public", description: "Makes the bucket public", penalty: 20,
                terms: ["public bucket", "make bucket public"]),
        ])
    static let modelAnswer =
        "Add a lifecycle rule that transitions the logs to S3 Standard-IA after 30 days, because they are rarely read, and to Glacier Deep Archive after 90 days so seven years of retention stays cheap. Add an S3 gateway endpoint to the VPC so the private instances reach S3 without a NAT gateway or internet access."

    func grade(_ answer: String) -> ScenarioGrade {
        grader.grade(answer: answer, rubric: Self.rubric, modelAnswer: Self.modelAnswer)
    }

    @Test(
        "A complete, reasoned answer scores high",
        arguments: [
            "Create a lifecycle rule that moves objects to S3 Standard-IA after 30 days since nobody reads old logs, then on to Glacier Deep Archive after 90 days to keep seven years of retention cheap. A gateway endpoint lets the private instances write to S3 without internet access.",
            "Logs cool down quickly, so transition them with lifecycle configuration: to Standard-IA at day 30 for lower storage cost, then archive them in Deep Archive for the seven-year retention. For the private subnets I'd add a VPC endpoint for S3 so traffic never leaves the AWS network.",
        ])
    func complete(answer: String) {
        let result = grade(answer)
        #expect(result.score >= 85, "\(result)")
        #expect(result.conceptsMissed.isEmpty)
        #expect(result.conceptsNamedOnly.isEmpty)
        #expect(result.source == .rubric)
    }

    @Test(
        "Service aliases count: S3 IA, Standard-IA, infrequent access, IA",
        arguments: [
            "Move old logs to S3 IA after 30 days because they are rarely read and storage gets cheaper.",
            "Old logs go to Standard-IA after thirty days, since reads become rare and storage is cheaper there.",
            "Keep the logs in the infrequent access tier after 30 days because they are rarely opened again.",
            "After 30 days the objects move to IA, which is cheaper for data that is rarely read.",
        ])
    func aliases(answer: String) {
        #expect(grade(answer).conceptsFound.contains("infrequent"))
    }

    @Test("One Zone-IA is not Standard-IA, and Glacier Deep Archive is not Glacier Flexible Retrieval")
    func distinctClasses() {
        let result = grade(
            "Move the logs to One Zone-IA after 30 days and later into deep archive to save storage cost over the years."
        )
        #expect(result.conceptsMissed.contains("infrequent"))
        #expect(result.conceptsFound.contains("archive"))
    }

    @Test(
        "Negated mentions do not count",
        arguments: [
            "Do not use a NAT gateway; add a gateway endpoint so the instances reach S3 privately and cheaply.",
            "Use a VPC endpoint instead of a NAT gateway, because the endpoint keeps the traffic private and free.",
            "A NAT gateway is not needed here: a gateway endpoint gives the private subnets a route to S3.",
            "Avoid the NAT gateway and its per-GB charge; a gateway endpoint routes S3 traffic privately.",
            "There is no need for a NAT gateway when a gateway endpoint connects the subnets to S3 directly.",
        ])
    func negatedMisconception(answer: String) {
        let result = grade(answer)
        #expect(result.misconceptionsDetected.isEmpty, "\(answer)")
        #expect(result.conceptsFound.contains("endpoint"))
    }

    @Test("Asserted misconceptions cost their penalty")
    func assertedMisconception() {
        let clean = grade("Add a gateway endpoint so instances in private subnets can reach S3 without the internet.")
        let wrong = grade(
            "Add a gateway endpoint so instances in private subnets can reach S3 without the internet. Also route traffic through a NAT gateway and make the bucket public for convenience."
        )
        #expect(wrong.misconceptionsDetected == ["nat", "public"])
        #expect(wrong.score <= max(0, clean.score - 35) + 1)
        #expect(wrong.feedback.contains("Makes the bucket public"))
    }

    @Test("A negated concept is missed; 'not only' is not a negation")
    func negatedConcept() {
        #expect(
            grade("Don't bother with a lifecycle rule for this data, just leave it where it is.").conceptsMissed
                .contains("lifecycle"))
        #expect(
            grade("Never make the bucket public, whatever the reporting team asks for.").misconceptionsDetected.isEmpty)
        #expect(
            grade("Use not only a lifecycle rule to move data automatically but also tagging for ownership.")
                .conceptsFound.contains("lifecycle"))
    }

    @Test("Naming the right terms without reasoning earns partial credit only")
    func listWithoutReasoning() {
        let list = grade("S3 Standard-IA, lifecycle rule, Glacier Deep Archive, VPC endpoint")
        #expect(list.conceptsFound.count == 4)
        #expect(Set(list.conceptsNamedOnly) == Set(list.conceptsFound))
        #expect(list.score < 50)
        #expect(list.feedback.contains("did not explain"))
        let bullets = grade("- lifecycle rule\n- Standard-IA\n- Deep Archive\n- gateway endpoint")
        #expect(bullets.score < 50)
    }

    @Test("Listing every service name scores low")
    func serviceDump() {
        let dump = grade(
            "S3, EC2, RDS, DynamoDB, Lambda, CloudFront, Route 53, VPC endpoint, KMS, IAM, CloudWatch, CloudTrail, SQS, SNS, Kinesis, Redshift, Athena, ElastiCache, Aurora, EFS, EBS, Glacier Deep Archive, Standard-IA, ELB, API Gateway, Cognito, WAF, GuardDuty, lifecycle policy"
        )
        #expect(dump.score < 25, "\(dump)")
        #expect(dump.feedback.contains("services this scenario does not need"))
    }

    @Test("Empty answers and empty rubrics score 0 with a reason")
    func emptyInputs() {
        for answer in ["", "   \n ", "..."] {
            let result = grade(answer)
            #expect(result.score == 0)
            #expect(result.conceptsMissed == ["lifecycle", "infrequent", "archive", "endpoint"])
            #expect(result.feedback.contains("No answer"))
        }
        let noConcepts = grader.grade(answer: "anything", rubric: Rubric(concepts: [], misconceptions: []))
        #expect(noConcepts.score == 0)
        #expect(noConcepts.feedback.contains("no concepts"))
    }

    @Test(
        "Properties on generated answers: bounded, order-independent, misconceptions never help, negation never helps")
    func properties() {
        let sentences = [
            "A lifecycle rule transitions the logs automatically every month to save money.",
            "S3 Standard-IA is cheaper for the rarely read logs after thirty days.",
            "Glacier Deep Archive keeps the seven-year copies at the lowest storage price.",
            "A gateway endpoint gives the private subnets a path to S3 without internet access.",
            "Teams should tag the objects so costs are visible per owner.",
        ]
        let negated = [
            "Do not add a lifecycle rule here.", "Never use S3 Standard-IA for these logs.",
            "Do not use Glacier Deep Archive at all.", "Do not use a gateway endpoint for this.", "",
        ]
        var generator = SeededGenerator(seed: 5)
        let reversed = Rubric(concepts: Self.rubric.concepts.reversed(), misconceptions: Self.rubric.misconceptions)
        for _ in 0..<150 {
            let mask = generator.next()
            let chosen = sentences.indices.filter { mask >> $0 & 1 == 1 }
            let answer = chosen.map { sentences[$0] }.joined(separator: " ")
            let result = grade(answer)
            #expect((0...100).contains(result.score))
            #expect(grader.grade(answer: answer, rubric: reversed, modelAnswer: Self.modelAnswer).score == result.score)
            #expect(grade(answer + " Route the traffic through a NAT gateway.").score <= result.score)
            let flipped = chosen.map { negated[$0] }.joined(separator: " ")
            #expect(grade(flipped).score <= result.score || chosen.isEmpty)
        }
    }
}
