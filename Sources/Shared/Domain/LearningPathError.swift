#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why a learning path could not be built.
public enum LearningPathError: Error, Equatable, Sendable {
    /// The prerequisites form a cycle among these lessons (sorted ids), so no order satisfies them.
    case prerequisiteCycle(lessonIds: [String])
}
