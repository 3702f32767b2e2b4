#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Builds mock exams that follow the exam's domain weights and length exactly, from items that are not scheduled
/// for a later review (so a mock never repeats an item before it is due).
public struct MockExamAssembler: Sendable {
    public init() {}

    /// Items per domain for a form of `items` items: the largest-remainder apportionment of the official weights
    /// (ties go to the heavier domain, then the lower number). A 50-item SAA-C03 form gets 15/13/12/10.
    public static func apportion(_ blueprint: ExamBlueprint, items: Int) -> [(domain: Int, count: Int)] {
        let domains = blueprint.domains.filter { $0.weight > 0 }.sorted { $0.number < $1.number }
        let total = domains.reduce(0) { $0 + $1.weight }
        guard total > 0, items > 0 else { return domains.map { ($0.number, 0) } }
        // Integer arithmetic: quota = items·weight / total, remainders compared exactly.
        var counts = domains.map { items * $0.weight / total }
        let remainders = domains.map { items * $0.weight % total }
        let order = domains.indices.sorted {
            (remainders[$0], domains[$0].weight, -domains[$0].number)
                > (remainders[$1], domains[$1].weight, -domains[$1].number)
        }
        for index in order.prefix(items - counts.reduce(0, +)) { counts[index] += 1 }
        return zip(domains, counts).map { ($0.number, $1) }
    }

    /// A mock exam of `items` items (default: the real exam's length, scored plus unscored).
    ///
    /// Within a domain the items are spread over the task statements in turn, each task statement's items in a
    /// seeded random order; scenario items are never used (the exam has none).
    /// - Throws: `MockExamError` when the length is not positive, the blueprint has no weighted domain, or a domain
    ///   has too few eligible items.
    public func assemble(
        blueprint: ExamBlueprint, bank: [Question], cards: [String: ReviewCard], now: Date, items: Int? = nil,
        seed: UInt64
    ) throws(MockExamError) -> MockExam {
        let length = items ?? blueprint.totalItems
        guard length > 0 else { throw .invalidItemCount(length) }
        let plan = Self.apportion(blueprint, items: length)
        guard !plan.isEmpty else { throw .noDomains(exam: blueprint.code) }

        var byDomain: [Int: [Question]] = [:]
        for question in bank where question.exam == blueprint.code && question.type != .scenario {
            if let card = cards[question.id], !card.isDue(at: now) { continue }
            byDomain[question.domain, default: []].append(question)
        }
        var sections: [MockExam.Section] = []
        for (domain, count) in plan {
            let eligible = byDomain[domain] ?? []
            guard eligible.count >= count else {
                throw .notEnoughItems(domain: domain, needed: count, available: eligible.count)
            }
            sections.append(
                MockExam.Section(
                    domain: domain, weight: blueprint.domain(domain)?.weight ?? 0,
                    questionIds: Self.spread(eligible, count: count, seed: seed)))
        }
        let order = sections.flatMap(\.questionIds).sorted {
            SeededGenerator.hash($0, seed: seed ^ 0xD1CE) < SeededGenerator.hash($1, seed: seed ^ 0xD1CE)
        }
        return MockExam(exam: blueprint.code, seed: seed, sections: sections, questionIds: order)
    }

    /// `count` items taken from each task statement in turn, so that a section covers its domain broadly.
    static func spread(_ questions: [Question], count: Int, seed: UInt64) -> [String] {
        var groups: [String: [(id: String, key: UInt64)]] = [:]
        for question in questions {
            groups[question.taskStatement, default: []].append(
                (question.id, SeededGenerator.hash(question.id, seed: seed)))
        }
        let queues = groups.keys.sorted().map { key in groups[key]!.sorted { ($0.key, $0.id) < ($1.key, $1.id) } }
        var positions = Array(repeating: 0, count: queues.count)
        var chosen: [String] = []
        chosen.reserveCapacity(count)
        while chosen.count < count {
            for index in queues.indices where chosen.count < count && positions[index] < queues[index].count {
                chosen.append(queues[index][positions[index]].id)
                positions[index] += 1
            }
        }
        return chosen
    }
}
