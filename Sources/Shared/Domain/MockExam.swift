#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A mock exam form: items per domain in the exam's official proportions, delivered in a shuffled order.
public struct MockExam: Codable, Sendable, Hashable {
    /// The items of one exam domain.
    public struct Section: Codable, Sendable, Hashable {
        public var domain: Int
        /// The domain's official weight (percent of scored content).
        public var weight: Int
        public var questionIds: [String]

        public init(domain: Int, weight: Int, questionIds: [String]) {
            self.domain = domain
            self.weight = weight
            self.questionIds = questionIds
        }
    }

    /// The exam code.
    public var exam: String
    /// The seed the form was drawn with: the same seed and inputs give the same form.
    public var seed: UInt64
    public var sections: [Section]
    /// Every item once, in delivery order.
    public var questionIds: [String]

    public init(exam: String, seed: UInt64, sections: [Section], questionIds: [String]) {
        self.exam = exam
        self.seed = seed
        self.sections = sections
        self.questionIds = questionIds
    }
}
