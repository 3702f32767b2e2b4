#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One item of the question bank (`content/questions/<exam>/*.json`, an array of these per file).
///
/// `single` items have exactly one key among four or more options; `multiple` items state how many to `choose`
/// (two or more, out of five or more options) and score only when every key and nothing else is chosen, as on
/// the real exam. `scenario` items are answered in free text and graded against `rubric`.
public struct Question: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// The exam code, for example `SAA-C03`.
    public var exam: String
    public var domain: Int
    /// The task statement, for example `2.1`.
    public var taskStatement: String
    public var type: QuestionType
    public var difficulty: Difficulty
    public var stem: String
    /// Empty for scenario items.
    public var options: [QuestionOption]
    /// The ids of the correct options; empty for scenario items.
    public var answer: [String]
    /// How many options to choose; required for `multiple` items.
    public var choose: Int?
    public var tags: [String]
    public var services: [String]
    /// The lesson that teaches what this item tests, when there is one.
    public var lessonId: String?
    /// Scenario items: an expert's answer.
    public var modelAnswer: String?
    /// Scenario items: how a free-text answer is graded.
    public var rubric: Rubric?

    public init(
        id: String, exam: String, domain: Int, taskStatement: String, type: QuestionType,
        difficulty: Difficulty, stem: String, options: [QuestionOption] = [], answer: [String] = [],
        choose: Int? = nil, tags: [String] = [], services: [String] = [], lessonId: String? = nil,
        modelAnswer: String? = nil, rubric: Rubric? = nil
    ) {
        self.id = id
        self.exam = exam
        self.domain = domain
        self.taskStatement = taskStatement
        self.type = type
        self.difficulty = difficulty
        self.stem = stem
        self.options = options
        self.answer = answer
        self.choose = choose
        self.tags = tags
        self.services = services
        self.lessonId = lessonId
        self.modelAnswer = modelAnswer
        self.rubric = rubric
    }
}

public enum QuestionType: String, Codable, Sendable, Hashable, CaseIterable {
    case single, multiple, scenario
}

/// Item difficulty, and equally a learner's level: the adaptive thresholds map scores onto these.
public enum Difficulty: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case beginner, intermediate, advanced

    public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// An answer option with the reason it is right or wrong.
public struct QuestionOption: Codable, Sendable, Hashable {
    /// `A`, `B`, … in display order.
    public var id: String
    public var text: String
    /// Why this option is correct, or why it is wrong.
    public var explanation: String

    public init(id: String, text: String, explanation: String) {
        self.id = id
        self.text = text
        self.explanation = explanation
    }
}

/// How a free-text scenario answer is graded without a model.
public struct Rubric: Codable, Sendable, Hashable {
    public var concepts: [RubricConcept]
    public var misconceptions: [RubricMisconception]

    public init(concepts: [RubricConcept], misconceptions: [RubricMisconception]) {
        self.concepts = concepts
        self.misconceptions = misconceptions
    }
}

/// A concept a good answer must contain. Any of `terms` (synonyms, service aliases, phrasings) counts as a mention.
public struct RubricConcept: Codable, Sendable, Hashable {
    public var id: String
    public var description: String
    /// Relative weight; the weights of a rubric's concepts need not sum to anything in particular.
    public var weight: Int
    public var terms: [String]

    public init(id: String, description: String, weight: Int, terms: [String]) {
        self.id = id
        self.description = description
        self.weight = weight
        self.terms = terms
    }
}

/// A wrong idea that costs points when an answer asserts it. Any of `terms` signals it.
public struct RubricMisconception: Codable, Sendable, Hashable {
    public var id: String
    public var description: String
    /// Points (0–100 scale) taken off when detected.
    public var penalty: Int
    public var terms: [String]

    public init(id: String, description: String, penalty: Int, terms: [String]) {
        self.id = id
        self.description = description
        self.penalty = penalty
        self.terms = terms
    }
}
