#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The learning path (lessons in prerequisite order, mastered ones skipped) and the recommendations built on it
/// and on the readiness model, each with its reason.
public struct LearningPathEngine: Sendable {
    /// P(pass) from which a full mock exam is worth taking.
    public var mockThreshold: Double
    /// Days to leave between two mocks.
    public var mockSpacingDays: Double

    public init(mockThreshold: Double = 0.6, mockSpacingDays: Double = 7) {
        self.mockThreshold = mockThreshold
        self.mockSpacingDays = mockSpacingDays
    }

    /// Lessons in an order that respects every prerequisite, keeping the catalog's order where the prerequisites
    /// leave a choice. Prerequisites that are not among `lessons` are ignored.
    /// - Throws: `LearningPathError.prerequisiteCycle` when no such order exists.
    public func path(lessons: [Lesson], mastered: Set<String>) throws(LearningPathError) -> [LearningPathStep] {
        var position: [String: Int] = [:]
        for (index, lesson) in lessons.enumerated() where position[lesson.id] == nil { position[lesson.id] = index }
        var waiting = [Int](repeating: 0, count: lessons.count)
        var dependents = [[Int]](repeating: [], count: lessons.count)
        for (index, lesson) in lessons.enumerated() where position[lesson.id] == index {
            for prerequisite in Set(lesson.prerequisites) {
                guard let before = position[prerequisite], before != index else { continue }
                waiting[index] += 1
                dependents[before].append(index)
            }
        }
        var ready = lessons.indices.filter { position[lessons[$0].id] == $0 && waiting[$0] == 0 }
        var order: [Int] = []
        while let next = ready.min() {
            ready.removeAll { $0 == next }
            order.append(next)
            for dependent in dependents[next] {
                waiting[dependent] -= 1
                if waiting[dependent] == 0 { ready.append(dependent) }
            }
        }
        let unique = lessons.indices.filter { position[lessons[$0].id] == $0 }
        guard order.count == unique.count else {
            throw .prerequisiteCycle(lessonIds: unique.filter { waiting[$0] > 0 }.map { lessons[$0].id }.sorted())
        }
        return order.map { index in
            let lesson = lessons[index]
            if mastered.contains(lesson.id) {
                return LearningPathStep(
                    lessonId: lesson.id, title: lesson.title, status: .mastered, blockedBy: [],
                    reason: "Mastered: skipped.")
            }
            let blocked = lesson.prerequisites.filter { position[$0] != nil && !mastered.contains($0) }
            if blocked.isEmpty {
                let known = lesson.prerequisites.filter { position[$0] != nil }
                return LearningPathStep(
                    lessonId: lesson.id, title: lesson.title, status: .available, blockedBy: [],
                    reason: known.isEmpty
                        ? "No prerequisites: ready to study."
                        : "Its prerequisites are mastered: \(known.joined(separator: ", ")).")
            }
            return LearningPathStep(
                lessonId: lesson.id, title: lesson.title, status: .locked, blockedBy: blocked,
                reason: "Unlocks after you master \(blocked.joined(separator: ", ")).")
        }
    }

    /// What to do next, most important first.
    ///
    /// - Parameters:
    ///   - prediction: the learner's pass prediction, when there is one.
    ///   - dueReviews: spaced reviews due now; `reviewMinutes` their estimated time.
    ///   - lastMockAt: when the learner last took a full mock exam.
    public func recommendations(
        path: [LearningPathStep], prediction: PassPrediction?, dueReviews: Int, reviewMinutes: Double,
        lastMockAt: Date?, now: Date
    ) -> [Recommendation] {
        var result: [Recommendation] = []
        if dueReviews > 0 {
            result.append(
                Recommendation(
                    kind: .review, priority: 100, title: "Review \(dueReviews) due questions",
                    reason: "\(dueReviews) reviews are due (about \(Int(reviewMinutes.rounded(.up))) minutes); doing "
                        + "them on time keeps what you learned from fading before your exam."))
        }
        if let prediction {
            result += weakAreas(prediction)
        }
        if let next = path.first(where: { $0.status == .available }) {
            result.append(
                Recommendation(
                    kind: .lesson, priority: 70, title: "Study \(next.title)",
                    reason: "Next lesson in prerequisite order. \(next.reason)", target: next.lessonId))
        }
        let totalAnswers = prediction?.domains.reduce(0) { $0 + $1.answers } ?? 0
        if let prediction, prediction.probability >= mockThreshold {
            let rested = lastMockAt.map { now.timeIntervalSince($0) >= mockSpacingDays * 86_400 } ?? true
            if rested {
                result.append(
                    Recommendation(
                        kind: .mock, priority: 60, title: "Take a timed mock exam",
                        reason: "Your predicted pass probability is \(Percent.text(prediction.probability)) (80% "
                            + "interval \(Percent.text(prediction.lower))–\(Percent.text(prediction.upper))): a full "
                            + "mock checks it under exam conditions."))
            }
        } else if totalAnswers < 20 {
            result.append(
                Recommendation(
                    kind: .practice, priority: 50, title: "Answer practice questions",
                    reason: "Your readiness is estimated from your answers; with \(totalAnswers) so far it is "
                        + "still uncertain."))
        }
        return result.sorted { $0.priority != $1.priority ? $0.priority > $1.priority : $0.title < $1.title }
    }

    /// Domains ranked by exam weight × deficit × uncertainty, where the deficit is the chance of missing the cut in
    /// that domain and the uncertainty factor (1 + ability SD) favours domains we know least about.
    func weakAreas(_ prediction: PassPrediction) -> [Recommendation] {
        var ranked: [(domain: DomainReadiness, score: Double)] = []
        for domain in prediction.domains where domain.competence <= 0.8 {
            let deficit = 1 - domain.competence
            let score = Double(domain.weight) / 100 * deficit * (1 + domain.abilityUncertainty)
            ranked.append((domain, score))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.domain.domain < $1.domain.domain }
        return ranked.prefix(2).map { entry in
            let domain = entry.domain
            let reason =
                "Domain \(domain.domain) is \(domain.weight)% of the exam and you have a "
                + "\(Percent.text(domain.competence)) chance of reaching the cut there (from \(domain.answers) "
                + "answers); it puts \(Int(domain.pointsAtRisk.rounded())) of 100 exam points at risk."
            return Recommendation(
                kind: .weakArea, priority: 80 + entry.score, title: "Strengthen domain \(domain.domain)",
                reason: reason, target: String(domain.domain))
        }
    }
}
