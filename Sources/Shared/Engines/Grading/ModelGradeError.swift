/// Why a model's grading reply was not accepted.
public enum ModelGradeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The model did not answer within the time allowed.
    case timedOut
    /// The model client threw; the message is for logs, never for the learner.
    case modelFailed(String)
    /// The reply held no JSON grade (no tool call, no JSON object, or the model ran out of tokens).
    case noGrade(String)
    /// The grade broke the contract: wrong types, unknown ids, out of range, or inconsistent with the rubric.
    case invalid(String)

    public var description: String {
        switch self {
        case .timedOut: "model timed out"
        case .modelFailed(let message): "model call failed: \(message)"
        case .noGrade(let message): "no grade in the model reply: \(message)"
        case .invalid(let message): "invalid grade from the model: \(message)"
        }
    }
}
