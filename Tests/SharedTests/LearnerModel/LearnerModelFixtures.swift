import Foundation

@testable import Shared

/// Test data shared by the learner-model suites: fixture files, blueprints and a fixed clock.
enum LearnerModelFixtures {
    /// A file under `Tests/Fixtures`, found from this source file so the tests run from any checkout.
    static func url(_ relativePath: String) -> URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "Tests/Fixtures").appendingPathComponent(relativePath)
    }

    /// 2025-01-06T00:00:00Z, a Monday: the "now" of most tests.
    static let now = Date(timeIntervalSince1970: 1_736_121_600)

    static func days(_ count: Double, after date: Date = now) -> Date {
        date.addingTimeInterval(count * 86_400)
    }

    /// SAA-C03 as its exam guide describes it: 50 scored items, weights 30/26/24/20, pass mark 720.
    static let saa = blueprint(code: "SAA-C03", passingScore: 720, scored: 50, unscored: 15, weights: [30, 26, 24, 20])

    /// CLF-C02: 50 scored items, weights 24/30/34/12, pass mark 700.
    static let clf = blueprint(code: "CLF-C02", passingScore: 700, scored: 50, unscored: 15, weights: [24, 30, 34, 12])

    /// SAP-C02: 65 scored items, weights 26/29/25/20, pass mark 750.
    static let sap = blueprint(code: "SAP-C02", passingScore: 750, scored: 65, unscored: 10, weights: [26, 29, 25, 20])

    static func blueprint(
        code: String, passingScore: Int, scored: Int, unscored: Int, weights: [Int]
    )
        -> ExamBlueprint
    {
        ExamBlueprint(
            code: code, title: code, level: .associate, guideVersion: "1.0", status: .current, availableFrom: nil,
            lastDay: nil, successor: nil, durationMinutes: 130, scoredItems: scored, unscoredItems: unscored,
            passingScore: passingScore, questionTypes: [.multipleChoice, .multipleResponse],
            domains: weights.enumerated().map { index, weight in
                ExamDomain(
                    number: index + 1, name: "Domain \(index + 1)", weight: weight,
                    taskStatements: (1...3).map { TaskStatement(id: "\(index + 1).\($0)", title: "Task \($0)") })
            })
    }
}
