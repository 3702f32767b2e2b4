/// Grades a free-text scenario answer against a rubric, with no model.
///
/// A concept counts when any of its terms (after stemming and AWS alias normalisation) occurs in the answer
/// and that occurrence is not negated. It earns full credit when the sentence around it also explains
/// something, and `namedOnlyCredit` when it is only named (a bullet or a comma list of services). Each
/// asserted misconception subtracts its penalty. Naming many services the rubric and model answer never
/// mention costs points too, so listing every service name cannot score high. A little credit
/// (`modelAnswerWeight`) goes to sharing the model answer's reasoning vocabulary.
public struct RubricGrader: Sendable {
    /// Share of a concept's weight earned when the concept is only named, without reasoning.
    public var namedOnlyCredit: Double
    /// Share of the score that comes from overlap with the model answer's content words.
    public var modelAnswerWeight: Double
    private let normalizer: TextNormalizer

    public init(namedOnlyCredit: Double = 0.4, modelAnswerWeight: Double = 0.1) {
        self.namedOnlyCredit = min(1, max(0, namedOnlyCredit))
        self.modelAnswerWeight = min(1, max(0, modelAnswerWeight))
        normalizer = TextNormalizer()
    }

    /// Grades `answer`. An empty answer, or a rubric without concepts of positive weight, scores 0 with
    /// feedback saying why.
    public func grade(answer: String, rubric: Rubric, modelAnswer: String? = nil) -> ScenarioGrade {
        let text = AnswerText(answer, normalizer: normalizer)
        let totalWeight = rubric.concepts.reduce(0) { $0 + $1.gradingWeight }
        let allIds = rubric.concepts.map(\.id)
        guard totalWeight > 0 else {
            return ScenarioGrade(
                score: 0, conceptsFound: [], conceptsMissed: allIds, misconceptionsDetected: [],
                feedback: "This question's rubric has no concepts to grade against.", source: .rubric)
        }
        guard text.wordCount > 0 else {
            return ScenarioGrade(
                score: 0, conceptsFound: [], conceptsMissed: allIds, misconceptionsDetected: [],
                feedback: "No answer was given. " + missingFeedback(rubric.concepts), source: .rubric)
        }
        var phrases: [String: [String]] = [:]
        for term in rubric.concepts.flatMap(\.terms) + rubric.misconceptions.flatMap(\.terms) where phrases[term] == nil
        {
            phrases[term] = phrase(term)
        }
        let mask = phraseMask(text, phrases: phrases)
        var earned = 0.0
        var found: [RubricConcept] = []
        var namedOnly: [RubricConcept] = []
        var missed: [RubricConcept] = []
        for concept in rubric.concepts {
            let credit = bestCredit(of: concept.terms.compactMap { phrases[$0] }, in: text, mask: mask)
            earned += Double(concept.gradingWeight) * credit
            if credit == 0 {
                missed.append(concept)
            } else {
                found.append(concept)
                if credit < 1 { namedOnly.append(concept) }
            }
        }
        let detected = rubric.misconceptions.filter { isAsserted($0.terms.compactMap { phrases[$0] }, in: text) }
        let conceptShare = earned / Double(totalWeight)
        let similarity = modelAnswer.map { overlap(text, modelAnswer: $0) } ?? 0
        let weightOfSimilarity = modelAnswer == nil || found.isEmpty ? 0 : modelAnswerWeight
        let base = 100 * ((1 - weightOfSimilarity) * conceptShare + weightOfSimilarity * similarity)
        let unrelated = unrelatedServices(text, rubric: rubric, modelAnswer: modelAnswer)
        let listPenalty = min(24, 3 * max(0, unrelated.count - 2))
        let penalty = detected.reduce(0) { $0 + $1.gradingPenalty } + listPenalty
        let score = min(100, max(0, Int(base.rounded()) - penalty))
        let feedback = feedbackText(
            score: score, found: found, namedOnly: namedOnly, missed: missed, detected: detected,
            unrelatedCount: listPenalty > 0 ? unrelated.count : 0, modelAnswer: modelAnswer)
        return ScenarioGrade(
            score: score, conceptsFound: found.map(\.id), conceptsMissed: missed.map(\.id),
            conceptsNamedOnly: namedOnly.map(\.id), misconceptionsDetected: detected.map(\.id), feedback: feedback,
            source: .rubric)
    }

    /// Grades against the question's own rubric and model answer; `nil` when the question has no rubric.
    public func grade(answer: String, question: Question) -> ScenarioGrade? {
        guard let rubric = question.rubric else { return nil }
        return grade(answer: answer, rubric: rubric, modelAnswer: question.modelAnswer)
    }

    private func phrase(_ term: String) -> [String] {
        normalizer.tokens(term).filter { !$0.isBoundary }.map(\.text)
    }

    /// 1 for a reasoned mention, `namedOnlyCredit` for a bare one, 0 when every mention is negated or absent.
    private func bestCredit(of phrases: [[String]], in text: AnswerText, mask: [Bool]) -> Double {
        var best = 0.0
        for words in phrases {
            guard !words.isEmpty else { continue }
            for range in text.occurrences(of: words) where !text.isNegated(range) {
                best = max(best, text.isReasoned(range, phraseMask: mask) ? 1 : namedOnlyCredit)
                if best == 1 { return 1 }
            }
        }
        return best
    }

    /// Marks every token covered by some rubric phrase, so that naming other rubric terms next to a term does
    /// not count as explaining it.
    private func phraseMask(_ text: AnswerText, phrases: [String: [String]]) -> [Bool] {
        var mask = Array(repeating: false, count: text.tokens.count)
        for words in phrases.values {
            guard !words.isEmpty else { continue }
            for range in text.occurrences(of: words) {
                for index in range { mask[index] = true }
            }
        }
        return mask
    }

    private func isAsserted(_ phrases: [[String]], in text: AnswerText) -> Bool {
        phrases.contains { words in
            guard !words.isEmpty else { return false }
            let negatesItself = words.first.map { ["not", "no", "never", "without"].contains($0) } ?? false
            return text.occurrences(of: words).contains { negatesItself || !text.isNegated($0) }
        }
    }

    /// Share of the model answer's distinct content words (up to 20 of them) that the answer also uses.
    private func overlap(_ text: AnswerText, modelAnswer: String) -> Double {
        let model = AnswerText(modelAnswer, normalizer: normalizer)
        let modelWords = Set(model.tokens.filter { $0.kind == .word && $0.text.count > 3 }.map(\.text))
        guard !modelWords.isEmpty else { return 0 }
        let answerWords = Set(text.tokens.filter { $0.kind == .word }.map(\.text))
        return min(1, Double(modelWords.intersection(answerWords).count) / Double(min(modelWords.count, 20)))
    }

    /// Service families the answer names that neither the rubric nor the model answer mentions.
    private func unrelatedServices(_ text: AnswerText, rubric: Rubric, modelAnswer: String?) -> Set<String> {
        var relevant: Set<String> = []
        let termTexts = rubric.concepts.flatMap(\.terms) + rubric.misconceptions.flatMap(\.terms) + [modelAnswer ?? ""]
        for term in termTexts {
            relevant.formUnion(normalizer.tokens(term).filter { $0.kind == .service }.map(\.text))
        }
        return text.services.subtracting(relevant)
    }

    private func missingFeedback(_ concepts: [RubricConcept]) -> String {
        guard !concepts.isEmpty else { return "" }
        return "A complete answer would cover: " + concepts.map(\.description).joined(separator: "; ") + "."
    }

    private func feedbackText(
        score: Int, found: [RubricConcept], namedOnly: [RubricConcept], missed: [RubricConcept],
        detected: [RubricMisconception], unrelatedCount: Int, modelAnswer: String?
    ) -> String {
        var parts = ["Score \(score)/100."]
        let explained = found.filter { concept in !namedOnly.contains(concept) }
        if !explained.isEmpty {
            parts.append("You explained: " + explained.map(\.description).joined(separator: "; ") + ".")
        }
        if !namedOnly.isEmpty {
            parts.append(
                "You named but did not explain why: " + namedOnly.map(\.description).joined(separator: "; ")
                    + ". Say what each choice achieves for this scenario.")
        }
        if !missed.isEmpty {
            parts.append("Missing: " + missed.map(\.description).joined(separator: "; ") + ".")
        }
        for misconception in detected {
            parts.append("Misconception (−\(misconception.gradingPenalty)): \(misconception.description).")
        }
        if unrelatedCount > 0 {
            parts.append(
                "You named \(unrelatedCount) services this scenario does not need; listing services without reasoning costs points."
            )
        }
        if let modelAnswer, score < 80, !modelAnswer.isEmpty {
            parts.append("Model answer: \(modelAnswer)")
        }
        return parts.joined(separator: " ")
    }
}
