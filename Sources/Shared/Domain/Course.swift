#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A course: the lessons that teach one domain of one exam, in a prerequisite order.
///
/// On disk a course is `content/courses/<id>/course.json` (this type, with each lesson's Markdown in
/// `content/courses/<id>/lessons/<lesson id>.md`).
public struct Course: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    /// The exam code, for example `CLF-C02`.
    public var exam: String
    /// The exam domain number this course covers.
    public var domain: Int
    public var level: CertificationLevel
    /// The lowest subscription tier that may enroll.
    public var tier: Tier
    public var services: [String]
    public var lessons: [Lesson]

    /// The sum of the lessons' estimates.
    public var estimatedMinutes: Int { lessons.reduce(0) { $0 + $1.estimatedMinutes } }
}

/// A lesson and its tags. `body` holds the Markdown once loaded; it is absent in listings.
public struct Lesson: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    /// The task statement the lesson teaches, for example `1.2`.
    public var taskStatement: String
    public var services: [String]
    public var estimatedMinutes: Int
    /// Lessons that must be mastered before this one unlocks. They may belong to other courses of the same exam.
    public var prerequisites: [String]
    public var objectives: [String]
    public var body: String?
}

/// A learner's subscription tier.
public enum Tier: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case free, premium, enterprise

    public static func < (lhs: Tier, rhs: Tier) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
