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
    ///
    /// A refresh starts inside the refresh window, while the cached credentials still work: if it fails then, the
    /// cached ones are returned, so a flaky credentials endpoint costs nothing until the credentials really expire.
    /// - Throws: the source's error when a refresh fails and no unexpired credentials are cached.
    public func credentials() async throws -> AWSCredentials {
        if let cached, isFresh(cached) { return cached }
        if let refreshing { return try await usable(refreshing) }
        let task = Task { [source] in try await source.credentials() }
        refreshing = task
        defer { refreshing = nil }
        return try await usable(task)
    }

    private func usable(_ refresh: Task<AWSCredentials, any Error>) async throws -> AWSCredentials {
        do {
            let fresh = try await refresh.value
            cached = fresh
            return fresh
        } catch {
            if let cached, let expiration = cached.expiration, expiration > clock.now() { return cached }
            throw error
        }
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
