/// Why a scenario answer could not be graded at all.
public enum ScenarioGradingError: Error, Sendable, Hashable {
    /// The question has no rubric, so it is not a scenario item.
    case noRubric(questionId: String)
}
