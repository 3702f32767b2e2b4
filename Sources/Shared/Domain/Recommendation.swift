#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One thing to do next, with the reason it is recommended.
public struct Recommendation: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable {
        case review, weakArea, lesson, mock, practice
    }

    public var kind: Kind
    /// Higher first; only the order matters.
    public var priority: Double
    public var title: String
    public var reason: String
    /// What the recommendation points at: a lesson id, a domain number as text, or `nil`.
    public var target: String?

    public init(kind: Kind, priority: Double, title: String, reason: String, target: String? = nil) {
        self.kind = kind
        self.priority = priority
        self.title = title
        self.reason = reason
        self.target = target
    }
}
