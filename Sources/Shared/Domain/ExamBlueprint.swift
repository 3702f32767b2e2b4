#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An AWS certification exam as its official exam guide describes it, versioned as data (`content/exams/*.json`).
///
/// Weights are percentages of scored content and sum to 100 across `domains`. AWS never publishes the raw cut
/// score: `passingScore` is the scaled score (100–1000) a candidate must reach.
public struct ExamBlueprint: Codable, Sendable, Hashable, Identifiable {
    public var id: String { code }

    /// The exam code, for example `SAA-C03`.
    public var code: String
    public var title: String
    public var level: CertificationLevel
    /// The version of the exam guide this blueprint follows, for example `1.1`.
    public var guideVersion: String
    public var status: ExamStatus
    /// ISO 8601 date (`yyyy-MM-dd`) on which the exam became available.
    public var availableFrom: String?
    /// ISO 8601 date of the last day the exam can be taken, when it is retired or scheduled to retire.
    public var lastDay: String?
    /// The code of the exam that replaces this one.
    public var successor: String?
    public var durationMinutes: Int
    public var scoredItems: Int
    public var unscoredItems: Int
    /// The scaled passing score on the 100–1000 scale.
    public var passingScore: Int
    public var questionTypes: [ExamQuestionType]
    public var domains: [ExamDomain]

    /// All items on an exam form, scored and unscored.
    public var totalItems: Int { scoredItems + unscoredItems }

    /// The domain with the given number, if the blueprint has it.
    public func domain(_ number: Int) -> ExamDomain? {
        domains.first { $0.number == number }
    }
}

/// One content domain of an exam with its official weight.
public struct ExamDomain: Codable, Sendable, Hashable {
    /// 1-based, as numbered in the exam guide.
    public var number: Int
    /// The domain name exactly as the exam guide writes it.
    public var name: String
    /// Percentage of scored content (0–100).
    public var weight: Int
    public var taskStatements: [TaskStatement]
}

/// A task statement inside a domain, for example `1.2 Design secure workloads and applications`.
public struct TaskStatement: Codable, Sendable, Hashable {
    /// `<domain>.<n>`, for example `1.2`.
    public var id: String
    public var title: String
}

public enum CertificationLevel: String, Codable, Sendable, Hashable, CaseIterable {
    case foundational, associate, professional, specialty
}

public enum ExamStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case current, beta, retired
}

/// The item formats an exam guide lists.
public enum ExamQuestionType: String, Codable, Sendable, Hashable, CaseIterable {
    case multipleChoice, multipleResponse, ordering, matching, caseStudy
}
