#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Keeps the credentials of another provider until shortly before they expire, so that signing does not ask the
/// environment, files or container endpoint on every request. Concurrent callers share one refresh.
public actor CachedCredentialProvider: CredentialProvider {
    private let source: any CredentialProvider
    private let clock: any AWSClock
    /// Credentials are refreshed this long before their expiration.
    public let refreshWindow: Duration
    private var cached: AWSCredentials?
    private var refreshing: Task<AWSCredentials, any Error>?

    public init(
        _ source: any CredentialProvider, clock: any AWSClock = SystemAWSClock(),
        refreshWindow: Duration = .seconds(300)
    ) {
        self.source = source
        self.clock = clock
        self.refreshWindow = refreshWindow
    }

    /// The cached credentials while they are fresh, otherwise the source's new ones.
    /// - Throws: the source's error when a refresh is needed and fails (stale credentials are not returned).
    public func credentials() async throws -> AWSCredentials {
        if let cached, isFresh(cached) { return cached }
        if let refreshing { return try await refreshing.value }
        let task = Task { [source] in try await source.credentials() }
        refreshing = task
        defer { refreshing = nil }
        let fresh = try await task.value
        cached = fresh
        return fresh
    }

    /// Drops the cached credentials (after an authentication failure, say).
    public func invalidate() {
        cached = nil
    }

    private func isFresh(_ credentials: AWSCredentials) -> Bool {
        guard let expiration = credentials.expiration else { return true }
        let window = Double(refreshWindow.components.seconds) + Double(refreshWindow.components.attoseconds) / 1e18
        return expiration.timeIntervalSince(clock.now()) > window
    }
}
