import Foundation
import Testing

@testable import Shared

@Suite("Rubric grading against the real question bank")
struct RubricContentTests {
    static let scenarios: [Question] = {
        let root = EvaluatorFixtures.repositoryRoot.appendingPathComponent("content/questions")
        let exams = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        var questions: [Question] = []
        for exam in exams.sorted() {
            let directory = root.appendingPathComponent(exam)
            for file in ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
            where file.hasSuffix(".json") {
                guard let data = try? Data(contentsOf: directory.appendingPathComponent(file)),
                    let decoded = try? JSONDecoder().decode([Question].self, from: data)
                else { continue }
                questions += decoded.filter { $0.type == .scenario && $0.rubric != nil && $0.modelAnswer != nil }
            }
        }
        return questions
    }()

    static let everyService =
        "S3, EC2, RDS, DynamoDB, Lambda, CloudFront, Route 53, VPC, NAT gateway, VPC endpoint, KMS, IAM, CloudWatch, CloudTrail, SQS, SNS, EventBridge, Step Functions, Kinesis, Redshift, Athena, ElastiCache, Aurora, EFS, EBS, Glacier, Auto Scaling, ELB, API Gateway, Cognito, WAF, GuardDuty, Secrets Manager, Systems Manager, CloudFormation, AWS Organizations, AWS Config, Direct Connect, Transit Gateway"

    let grader = RubricGrader()

    @Test("The question bank has scenario items to grade")
    func bankIsPresent() {
        #expect(Self.scenarios.count >= 20)
    }

    @Test("Each model answer scores at least 80 against its own rubric, without misconceptions")
    func modelAnswers() {
        for question in Self.scenarios {
            let result = grader.grade(answer: question.modelAnswer!, question: question)!
            #expect(result.score >= 80, "\(question.id): \(result.score) missed \(result.conceptsMissed)")
            #expect(result.misconceptionsDetected.isEmpty, "\(question.id): \(result.misconceptionsDetected)")
        }
    }

    @Test("Dumping every rubric term as a list stays below 50; listing every service stays below 30")
    func keywordDumps() {
        for question in Self.scenarios {
            let rubric = question.rubric!
            let dump = rubric.concepts.flatMap(\.terms).joined(separator: ", ")
            let dumpScore = grader.grade(answer: dump, question: question)!.score
            #expect(dumpScore < 50, "\(question.id): term dump scored \(dumpScore)")
            let listScore = grader.grade(answer: Self.everyService, question: question)!.score
            #expect(listScore < 30, "\(question.id): service list scored \(listScore)")
        }
    }

    @Test("Negating the model answer's reasoning never scores more than the model answer")
    func negatedModelAnswers() {
        for question in Self.scenarios {
            let model = grader.grade(answer: question.modelAnswer!, question: question)!.score
            let negated = "Do not do any of this: " + question.modelAnswer!
            #expect(grader.grade(answer: negated, question: question)!.score <= model)
        }
    }
}
