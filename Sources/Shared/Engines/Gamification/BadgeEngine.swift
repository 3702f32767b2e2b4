#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Evaluates badge rules incrementally: each event touches only the requirements and penalties of its type.
///
/// A requirement counts matching events (or distinct subjects); a group is fulfilled by any of its
/// requirements; a badge by all of its groups. A matching penalty resets the requirements it names; a badge
/// with `regresses` set is revoked when that leaves it unfulfilled, while other badges, once earned, stay.
/// A revoked badge can be earned again.
public struct BadgeEngine: Sendable {
    /// The badge catalogue.
    public var definitions: [BadgeDefinition]
    /// A review counts as on time up to this long after it was due (the `onTime` filter field).
    public var onTimeGraceSeconds: Double

    public init(definitions: [BadgeDefinition], onTimeGraceSeconds: Double = 86_400) {
        self.definitions = definitions
        self.onTimeGraceSeconds = onTimeGraceSeconds
    }

    /// Applies `event` to the learner's progress (keyed by badge id; missing badges start empty).
    public func apply(
        _ event: LearningEvent, to progress: [String: BadgeProgress]
    ) -> ([String: BadgeProgress], [BadgeChange]) {
        var progress = progress
        var changes: [BadgeChange] = []
        for badge in definitions {
            let requirements = badge.requirementGroups.flatMap(\.requirements)
            let matching = requirements.filter { $0.eventType == event.type && passes($0.filters, event) }
            let penalties = badge.penalties.filter { $0.eventType == event.type && passes($0.filters, event) }
            guard !matching.isEmpty || !penalties.isEmpty else { continue }
            var state = progress[badge.id] ?? BadgeProgress(badgeId: badge.id)
            let before = state
            for requirement in matching {
                if requirement.distinctSubjects {
                    if !state.subjects[requirement.id, default: []].contains(event.subjectId) {
                        state.subjects[requirement.id, default: []].append(event.subjectId)
                    }
                    state.counts[requirement.id] = state.subjects[requirement.id]?.count ?? 0
                } else {
                    state.counts[requirement.id, default: 0] += 1
                }
            }
            for penalty in penalties {
                let ids = penalty.resets.isEmpty ? requirements.map(\.id) : penalty.resets
                for id in ids {
                    state.counts[id] = 0
                    state.subjects[id] = []
                }
            }
            state.ratio = ratio(badge, state)
            let fulfilled = !badge.requirementGroups.isEmpty && state.ratio >= 1
            if fulfilled && !state.isEarned {
                state.earnedAt = event.occurredAt
                changes.append(.awarded(badgeId: badge.id, at: event.occurredAt))
            } else if !fulfilled && state.isEarned && badge.regresses && !penalties.isEmpty {
                state.earnedAt = nil
                state.revokedAt = event.occurredAt
                changes.append(.revoked(badgeId: badge.id, at: event.occurredAt))
            } else if state.ratio != before.ratio {
                changes.append(.progressed(badgeId: badge.id, ratio: state.ratio))
            }
            progress[badge.id] = state
        }
        return (progress, changes)
    }

    /// Share of the badge's groups that have at least one fulfilled requirement.
    private func ratio(_ badge: BadgeDefinition, _ state: BadgeProgress) -> Double {
        guard !badge.requirementGroups.isEmpty else { return 0 }
        let fulfilled = badge.requirementGroups.filter { group in
            group.requirements.contains { (state.counts[$0.id] ?? 0) >= max(1, $0.count) }
        }
        return Double(fulfilled.count) / Double(badge.requirementGroups.count)
    }

    private func passes(_ filters: [BadgeEventFilter], _ event: LearningEvent) -> Bool {
        filters.allSatisfy { passes($0, event) }
    }

    private enum FieldValue {
        case text(String)
        case number(Double)
        case flag(Bool)
    }

    private func fieldValue(_ field: BadgeEventFilter.Field, _ event: LearningEvent) -> FieldValue? {
        switch field {
        case .subjectId: .text(event.subjectId)
        case .exam: event.exam.map(FieldValue.text)
        case .domain: event.domain.map { .number(Double($0)) }
        case .value: event.value.map(FieldValue.number)
        case .previousValue: event.previousValue.map(FieldValue.number)
        case .correct: event.correct.map(FieldValue.flag)
        case .improvement:
            event.value.flatMap { value in event.previousValue.map { .number(value - $0) } }
        case .onTime:
            event.dueAt.map { .flag(event.occurredAt.timeIntervalSince($0) <= onTimeGraceSeconds) }
        }
    }

    private func passes(_ filter: BadgeEventFilter, _ event: LearningEvent) -> Bool {
        guard let actual = fieldValue(filter.field, event) else { return false }
        switch actual {
        case .text(let text):
            switch filter.op {
            case .equals: return text == filter.value
            case .notEquals: return text != filter.value
            case .hasPrefix: return text.hasPrefix(filter.value)
            case .atLeast, .atMost: return false
            }
        case .number(let number):
            guard let expected = Double(filter.value) else { return false }
            switch filter.op {
            case .equals: return number == expected
            case .notEquals: return number != expected
            case .atLeast: return number >= expected
            case .atMost: return number <= expected
            case .hasPrefix: return false
            }
        case .flag(let flag):
            guard let expected = Bool(filter.value) else { return false }
            switch filter.op {
            case .equals: return flag == expected
            case .notEquals: return flag != expected
            default: return false
            }
        }
    }
}
