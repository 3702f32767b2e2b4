import Foundation
import Testing

@testable import Shared

@Suite("Badge rule engine and Open Badges 3.0 export")
struct BadgeEngineTests {
    static let storage = BadgeDefinition(
        id: "storage-specialist", name: "Storage Specialist", description: "Mastered resilient storage on SAA-C03.",
        criteria: "Master three domain-2 lessons, or score 750 on a mock exam; and complete five reviews on time.",
        alignments: [
            BadgeAlignment(
                targetName: "Design Resilient Architectures",
                targetUrl: "https://aws.amazon.com/certification/certified-solutions-architect-associate/",
                targetCode: "SAA-C03 Domain 2",
                targetFramework: "AWS Certified Solutions Architect - Associate exam guide")
        ],
        requirementGroups: [
            BadgeRequirementGroup([
                BadgeRequirement(
                    id: "lessons", eventType: .masteryGained,
                    filters: [
                        BadgeEventFilter(field: .domain, op: .equals, value: "2"),
                        BadgeEventFilter(field: .value, op: .atLeast, value: "0.95"),
                    ], count: 3, distinctSubjects: true),
                BadgeRequirement(
                    id: "mock", eventType: .mockExamCompleted,
                    filters: [BadgeEventFilter(field: .value, op: .atLeast, value: "750")]),
            ]),
            BadgeRequirementGroup([
                BadgeRequirement(
                    id: "reviews", eventType: .reviewCompleted,
                    filters: [BadgeEventFilter(field: .onTime, op: .equals, value: "true")], count: 5)
            ]),
        ])

    static let onTimeStreak = BadgeDefinition(
        id: "on-time", name: "On Time", description: "Five reviews in a row on time.",
        criteria: "Five on-time reviews without a late one.",
        requirementGroups: [
            BadgeRequirementGroup([
                BadgeRequirement(
                    id: "reviews", eventType: .reviewCompleted,
                    filters: [BadgeEventFilter(field: .onTime, op: .equals, value: "true")], count: 5)
            ])
        ],
        penalties: [
            BadgePenalty(
                eventType: .reviewCompleted, filters: [BadgeEventFilter(field: .onTime, op: .equals, value: "false")])
        ],
        regresses: true)

    static let keeper = BadgeDefinition(
        id: "keeper", name: "Keeper", description: "Five on-time reviews.", criteria: "Five on-time reviews.",
        requirementGroups: onTimeStreak.requirementGroups, penalties: onTimeStreak.penalties, regresses: false)

    static let base = Date(timeIntervalSince1970: 1_772_452_800)

    static func review(_ index: Int, onTime: Bool) -> LearningEvent {
        let at = base.addingTimeInterval(Double(index) * 3_600)
        return LearningEvent(
            id: "r\(index)", userId: "u1", type: .reviewCompleted, occurredAt: at, subjectId: "card-\(index)",
            dueAt: at.addingTimeInterval(onTime ? -60 : -300_000))
    }

    static func mastery(_ lesson: String, domain: Int, value: Double, at index: Int) -> LearningEvent {
        LearningEvent(
            id: "m\(index)", userId: "u1", type: .masteryGained, occurredAt: base.addingTimeInterval(Double(index)),
            subjectId: lesson, value: value, previousValue: 0.5, exam: "SAA-C03", domain: domain)
    }

    func run(_ engine: BadgeEngine, _ events: [LearningEvent]) -> ([String: BadgeProgress], [BadgeChange]) {
        var progress: [String: BadgeProgress] = [:]
        var changes: [BadgeChange] = []
        for event in events {
            let (next, delta) = engine.apply(event, to: progress)
            progress = next
            changes += delta
        }
        return (progress, changes)
    }

    @Test("Groups are ANDed, requirements inside a group ORed, distinct subjects counted once")
    func andOr() {
        let engine = BadgeEngine(definitions: [Self.storage])
        let lessons = [
            Self.mastery("l1", domain: 2, value: 0.97, at: 1), Self.mastery("l1", domain: 2, value: 0.99, at: 2),
            Self.mastery("l2", domain: 2, value: 0.96, at: 3), Self.mastery("l3", domain: 3, value: 0.99, at: 4),
            Self.mastery("l4", domain: 2, value: 0.80, at: 5), Self.mastery("l5", domain: 2, value: 0.95, at: 6),
        ]
        let (afterLessons, lessonChanges) = run(engine, lessons)
        #expect(afterLessons["storage-specialist"]?.counts["lessons"] == 3)
        #expect(afterLessons["storage-specialist"]?.ratio == 0.5)
        #expect(!lessonChanges.contains { if case .awarded = $0 { true } else { false } })
        let (final, changes) = run(engine, lessons + (0..<5).map { Self.review($0, onTime: true) })
        #expect(final["storage-specialist"]?.isEarned == true)
        #expect(changes.filter { if case .awarded = $0 { true } else { false } }.count == 1)
    }

    @Test("The other alternative of a group works as well")
    func alternative() {
        let engine = BadgeEngine(definitions: [Self.storage])
        let mock = LearningEvent(
            id: "x", userId: "u1", type: .mockExamCompleted, occurredAt: Self.base, subjectId: "mock-1", value: 780)
        let (progress, _) = run(engine, [mock] + (0..<5).map { Self.review($0, onTime: true) })
        #expect(progress["storage-specialist"]?.isEarned == true)
        let (low, _) = run(
            engine,
            [
                LearningEvent(
                    id: "y", userId: "u1", type: .mockExamCompleted, occurredAt: Self.base, subjectId: "m", value: 700)
            ] + (0..<5).map { Self.review($0, onTime: true) })
        #expect(low["storage-specialist"]?.isEarned == false)
    }

    @Test("A penalty resets progress; a regressing badge is revoked and can be earned again, a plain one stays")
    func regression() {
        let engine = BadgeEngine(definitions: [Self.onTimeStreak, Self.keeper])
        let events =
            (0..<5).map { Self.review($0, onTime: true) } + [Self.review(5, onTime: false)]
            + (6..<11).map { Self.review($0, onTime: true) }
        let (progress, changes) = run(engine, events)
        let onTime = changes.compactMap { change -> String? in
            switch change {
            case .awarded(let id, _) where id == "on-time": "awarded"
            case .revoked(let id, _) where id == "on-time": "revoked"
            default: nil
            }
        }
        #expect(onTime == ["awarded", "revoked", "awarded"])
        #expect(progress["on-time"]?.revokedAt == Self.base.addingTimeInterval(5 * 3_600))
        #expect(progress["keeper"]?.isEarned == true)
        #expect(!changes.contains { if case .revoked("keeper", _) = $0 { true } else { false } })
    }

    @Test("Only events of a badge's types touch it; the earned set does not depend on event order")
    func incrementalAndOrderFree() {
        let engine = BadgeEngine(definitions: [Self.storage])
        let (untouched, changes) = engine.apply(
            LearningEvent(id: "q", userId: "u1", type: .questionAnswered, occurredAt: Self.base, subjectId: "q"),
            to: [:])
        #expect(untouched.isEmpty && changes.isEmpty)
        let events =
            [
                Self.mastery("a", domain: 2, value: 0.99, at: 1), Self.mastery("b", domain: 2, value: 0.99, at: 2),
                Self.mastery("c", domain: 2, value: 0.99, at: 3),
            ] + (0..<5).map { Self.review($0, onTime: true) }
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<50 {
            let (progress, _) = run(engine, events.shuffled(using: &generator))
            #expect(progress["storage-specialist"]?.isEarned == true)
        }
    }

    @Test("Filters: text prefix, numbers, booleans, missing fields fail")
    func filters() {
        let definition = BadgeDefinition(
            id: "f", name: "F", description: "d", criteria: "c",
            requirementGroups: [
                BadgeRequirementGroup([
                    BadgeRequirement(
                        id: "r", eventType: .questionAnswered,
                        filters: [
                            BadgeEventFilter(field: .subjectId, op: .hasPrefix, value: "saa-"),
                            BadgeEventFilter(field: .correct, op: .equals, value: "true"),
                            BadgeEventFilter(field: .exam, op: .notEquals, value: "CLF-C02"),
                        ])
                ])
            ])
        let engine = BadgeEngine(definitions: [definition])
        func earned(_ event: LearningEvent) -> Bool { engine.apply(event, to: [:]).0["f"]?.isEarned ?? false }
        #expect(
            earned(
                LearningEvent(
                    id: "1", userId: "u", type: .questionAnswered, occurredAt: Self.base, subjectId: "saa-d1-001",
                    correct: true, exam: "SAA-C03")))
        #expect(
            !earned(
                LearningEvent(
                    id: "2", userId: "u", type: .questionAnswered, occurredAt: Self.base, subjectId: "clf-d1-001",
                    correct: true, exam: "SAA-C03")))
        #expect(
            !earned(
                LearningEvent(
                    id: "3", userId: "u", type: .questionAnswered, occurredAt: Self.base, subjectId: "saa-d1-001",
                    correct: false, exam: "SAA-C03")))
        #expect(
            !earned(
                LearningEvent(
                    id: "4", userId: "u", type: .questionAnswered, occurredAt: Self.base, subjectId: "saa-d1-001",
                    correct: true)))
    }

    @Test("Export is an OpenBadgeCredential with the fields Open Badges 3.0 requires")
    func openBadge() throws {
        let issuer = OpenBadgeIssuer(
            id: "https://cloudmentor.example/issuer", name: "CloudMentor", url: "https://cloudmentor.example")
        let credential = OpenBadgeCredentialExporter.credential(
            for: Self.storage, credentialId: "urn:uuid:2f1c6a62-3b7e-4a84-9a57-3f5d0c7f1b10",
            achievementId: "https://cloudmentor.example/badges/storage-specialist",
            recipientId: "urn:cloudmentor:learner:u1", issuer: issuer, awardedAt: Self.base.addingTimeInterval(0.75),
            evidence: ["Mastered three domain-2 lessons."])
        let parsed = try JSONValueParser().parse(credential.serialized())
        #expect(
            parsed["@context"]?.arrayValue?.compactMap(\.stringValue) == [
                "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            ])
        #expect(
            parsed["type"]?.arrayValue?.compactMap(\.stringValue) == ["VerifiableCredential", "OpenBadgeCredential"])
        #expect(parsed["issuer"]?["type"]?.arrayValue?.first?.stringValue == "Profile")
        #expect(parsed["issuer"]?["id"]?.stringValue == issuer.id)
        #expect(parsed["validFrom"]?.stringValue == "2026-03-02T12:00:00Z")
        #expect(parsed["name"]?.stringValue == "Storage Specialist")
        let subject = try #require(parsed["credentialSubject"])
        #expect(subject["type"]?.arrayValue?.first?.stringValue == "AchievementSubject")
        #expect(subject["id"]?.stringValue == "urn:cloudmentor:learner:u1")
        let achievement = try #require(subject["achievement"])
        #expect(achievement["type"]?.arrayValue?.first?.stringValue == "Achievement")
        for field in ["id", "name", "description"] { #expect(achievement[field]?.stringValue?.isEmpty == false) }
        #expect(achievement["criteria"]?["narrative"]?.stringValue == Self.storage.criteria)
        let alignment = try #require(achievement["alignment"]?.arrayValue?.first)
        #expect(alignment["type"]?.arrayValue?.first?.stringValue == "Alignment")
        #expect(alignment["targetName"] != nil && alignment["targetUrl"] != nil && alignment["targetCode"] != nil)
        #expect(parsed["evidence"]?.arrayValue?.first?["type"]?.arrayValue?.first?.stringValue == "Evidence")
        #expect(parsed["proof"] == nil, "unsigned: signing is the issuer service's job")
    }

    @Test(
        "Dates format as UTC ISO 8601 across eras",
        arguments: [
            (0.0, "1970-01-01T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"), (-1, "1969-12-31T23:59:59Z"),
            (4_102_444_799, "2099-12-31T23:59:59Z"),
        ])
    func iso8601(seconds: Double, expected: String) {
        #expect(OpenBadgeCredentialExporter.iso8601(Date(timeIntervalSince1970: seconds)) == expected)
    }
}
