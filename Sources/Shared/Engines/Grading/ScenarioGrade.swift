/// The grade of one free-text scenario answer.
public struct ScenarioGrade: Codable, Sendable, Hashable {
    /// Who produced the grade.
    public enum Source: String, Codable, Sendable, Hashable {
        /// The model, through Bedrock Converse, validated against the rubric.
        case model
        /// The rubric engine, without a model.
        case rubric
    }

    /// 0–100.
    public var score: Int
    /// Ids of the rubric concepts the answer demonstrates, in rubric order.
    public var conceptsFound: [String]
    /// Ids of the rubric concepts the answer does not demonstrate, in rubric order.
    public var conceptsMissed: [String]
    /// Ids of concepts that were only named, without reasoning; they are also in `conceptsFound` and earned
    /// partial credit. Always empty for model grades.
    public var conceptsNamedOnly: [String]
    /// Ids of the misconceptions the answer asserts.
    public var misconceptionsDetected: [String]
    public var feedback: String
    public var source: Source
    /// Why the model's grade was not used, when a model was configured and the rubric graded instead.
    public var fallbackReason: String?

    public init(
        score: Int, conceptsFound: [String], conceptsMissed: [String], conceptsNamedOnly: [String] = [],
        misconceptionsDetected: [String], feedback: String, source: Source, fallbackReason: String? = nil
    ) {
        self.score = score
        self.conceptsFound = conceptsFound
        self.conceptsMissed = conceptsMissed
        self.conceptsNamedOnly = conceptsNamedOnly
        self.misconceptionsDetected = misconceptionsDetected
        self.feedback = feedback
        self.source = source
        self.fallbackReason = fallbackReason
    }
}
