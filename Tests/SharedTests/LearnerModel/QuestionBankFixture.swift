import Foundation

@testable import Shared

/// Synthetic question banks for the adaptive and readiness tests.
enum QuestionBankFixture {
    /// `perDomain[d-1]` items for each domain of `blueprint`, three task statements per domain, a mix of single
    /// (3 in 4) and multiple-response items and of the three difficulty labels, plus one scenario per domain.
    static func bank(for blueprint: ExamBlueprint, perDomain: [Int]) -> [Question] {
        var questions: [Question] = []
        for (domainIndex, count) in perDomain.enumerated() {
            let domain = domainIndex + 1
            for index in 0..<count {
                let multiple = index % 4 == 3
                questions.append(
                    Question(
                        id: "\(blueprint.code)-d\(domain)-\(index)", exam: blueprint.code, domain: domain,
                        taskStatement: "\(domain).\(index % 3 + 1)", type: multiple ? .multiple : .single,
                        difficulty: Difficulty.allCases[index % 3], stem: "Item \(index)",
                        options: (0..<(multiple ? 5 : 4)).map {
                            QuestionOption(id: String(UnicodeScalar(65 + $0)!), text: "Option", explanation: "Why")
                        },
                        answer: multiple ? ["A", "B"] : ["A"], choose: multiple ? 2 : nil,
                        lessonId: "lesson-\(domain)-\(index % 3 + 1)"))
            }
            questions.append(
                Question(
                    id: "\(blueprint.code)-d\(domain)-scenario", exam: blueprint.code, domain: domain,
                    taskStatement: "\(domain).1", type: .scenario, difficulty: .advanced, stem: "Design it"))
        }
        return questions
    }
}
