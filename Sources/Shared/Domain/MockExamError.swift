#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why a mock exam could not be assembled.
public enum MockExamError: Error, Equatable, Sendable {
    /// The requested length is not positive.
    case invalidItemCount(Int)
    /// The blueprint has no domain with a positive weight.
    case noDomains(exam: String)
    /// A domain has fewer eligible items (not scenario, not scheduled for later review) than the form needs.
    case notEnoughItems(domain: Int, needed: Int, available: Int)
}
