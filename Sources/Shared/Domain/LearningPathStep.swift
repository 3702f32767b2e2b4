#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One lesson on a learner's path, in prerequisite order, with its status and why.
public struct LearningPathStep: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        /// Already mastered: skipped.
        case mastered
        /// Every prerequisite is mastered: can be studied now.
        case available
        /// Waits for prerequisites (`blockedBy`).
        case locked
    }

    public var lessonId: String
    public var title: String
    public var status: Status
    /// Prerequisites not yet mastered.
    public var blockedBy: [String]
    public var reason: String

    public init(lessonId: String, title: String, status: Status, blockedBy: [String], reason: String) {
        self.lessonId = lessonId
        self.title = title
        self.status = status
        self.blockedBy = blockedBy
        self.reason = reason
    }
}
