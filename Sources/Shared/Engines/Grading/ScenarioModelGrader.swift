/// The seam to a language model that grades scenario answers (Bedrock Converse in production).
///
/// The implementation sends `prompt.converseRequestBody()` to `POST /model/{modelId}/converse` and returns
/// the reply text: either the whole Converse response body or just the JSON the model produced. It throws
/// on any transport or service error; `ScenarioGrader` then falls back to the rubric. It must honour task
/// cancellation, which is how the grader's timeout stops it.
public protocol ScenarioModelGrader: Sendable {
    func complete(_ prompt: ScenarioGradingPrompt) async throws -> String
}
