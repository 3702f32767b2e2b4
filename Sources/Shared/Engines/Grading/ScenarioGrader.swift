/// Grades scenario answers with a model when one is configured, and with the rubric otherwise.
///
/// The model's reply must arrive within `timeout` and pass `ModelGradeParser`'s validation; on a timeout, a
/// thrown error or a malformed reply the rubric grades instead, and `fallbackReason` says why (for logs, not
/// for the learner). The rubric never needs the network, so grading always produces a grade.
public struct ScenarioGrader: Sendable {
    /// The model seam; `nil` grades with the rubric only.
    public var model: (any ScenarioModelGrader)?
    /// How long to wait for the model before the rubric grades instead.
    public var timeout: Duration
    /// The clock the timeout runs on, injected so that tests control time.
    public var clock: any Clock<Duration>
    /// Grades when there is no model, and whenever the model fails.
    public var rubricGrader: RubricGrader

    public init(
        model: (any ScenarioModelGrader)? = nil, timeout: Duration = .seconds(10),
        clock: any Clock<Duration> = ContinuousClock(), rubricGrader: RubricGrader = RubricGrader()
    ) {
        self.model = model
        self.timeout = timeout
        self.clock = clock
        self.rubricGrader = rubricGrader
    }

    /// Grades `answer` to `question`.
    /// - Throws: `ScenarioGradingError.noRubric` when the question has no rubric (it is not a scenario item).
    public func grade(answer: String, question: Question) async throws(ScenarioGradingError) -> ScenarioGrade {
        guard let rubric = question.rubric else { throw .noRubric(questionId: question.id) }
        let rubricGrade = { rubricGrader.grade(answer: answer, rubric: rubric, modelAnswer: question.modelAnswer) }
        guard let model, !answer.allSatisfy(\.isWhitespace) else { return rubricGrade() }
        let prompt = ScenarioGradingPrompt(
            stem: question.stem, rubric: rubric, modelAnswer: question.modelAnswer, answer: answer)
        let result: Result<ScenarioGrade, ModelGradeError>
        switch await Self.ask(model, prompt, timeout: timeout, clock: clock) {
        case .success(let reply): result = ModelGradeParser.parse(reply, rubric: rubric)
        case .failure(let error): result = .failure(error)
        }
        switch result {
        case .success(let grade):
            return grade
        case .failure(let error):
            var fallback = rubricGrade()
            fallback.fallbackReason = error.description
            return fallback
        }
    }

    private enum Outcome: Sendable {
        case reply(String)
        case failed(String)
        case timedOut
    }

    /// Races the model call against the clock; the loser is cancelled.
    private static func ask(
        _ model: any ScenarioModelGrader, _ prompt: ScenarioGradingPrompt, timeout: Duration, clock: any Clock<Duration>
    ) async -> Result<String, ModelGradeError> {
        let outcome = await withTaskGroup(of: Outcome.self) { group in
            group.addTask {
                do {
                    return .reply(try await model.complete(prompt))
                } catch {
                    return .failed(String(describing: error))
                }
            }
            group.addTask {
                try? await clock.sleep(for: timeout)
                return .timedOut
            }
            let first = await group.next() ?? .timedOut
            group.cancelAll()
            return first
        }
        switch outcome {
        case .reply(let text): return .success(text)
        case .failed(let message): return .failure(.modelFailed(message))
        case .timedOut: return .failure(.timedOut)
        }
    }
}
