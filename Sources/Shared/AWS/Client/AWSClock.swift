#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The wall clock the AWS clients read for signing times and credential expiry; injected so tests can fix it.
public protocol AWSClock: Sendable {
    func now() -> Date
}

/// The system's wall clock.
public struct SystemAWSClock: AWSClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that always reads the same instant (tests, reproducible signatures).
public struct FixedAWSClock: AWSClock {
    public var date: Date
    public init(_ date: Date) { self.date = date }
    public func now() -> Date { date }
}
