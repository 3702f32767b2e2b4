import Foundation
import Synchronization
import Testing

@testable import Shared

/// A source whose next answers are scripted.
final class ScriptedCredentialSource: CredentialProvider, Sendable {
    private let answers: Mutex<[Result<AWSCredentials, CredentialProviderError>]>

    init(_ answers: [Result<AWSCredentials, CredentialProviderError>]) {
        self.answers = Mutex(answers)
    }

    func credentials() async throws -> AWSCredentials {
        try answers.withLock { $0.removeFirst() }.get()
    }
}

@Suite("Credential refresh and the container endpoint's hosts")
struct CredentialRefreshTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func credentials(_ key: String, expiresIn seconds: Double) -> AWSCredentials {
        AWSCredentials(
            accessKeyId: key, secretAccessKey: "secret", sessionToken: "token",
            expiration: now.addingTimeInterval(seconds))
    }

    @Test("a refresh that fails inside the refresh window keeps the credentials that still work")
    func failedEarlyRefresh() async throws {
        let source = ScriptedCredentialSource([
            .success(credentials("first", expiresIn: 120)), .failure(.failed("endpoint down")),
            .success(credentials("second", expiresIn: 3_600)),
        ])
        let cache = CachedCredentialProvider(source, clock: FixedAWSClock(now))
        #expect(try await cache.credentials().accessKeyId == "first")
        // 120 s left is inside the 300 s window: a refresh is tried, fails, and the cached key is still used.
        #expect(try await cache.credentials().accessKeyId == "first")
        #expect(try await cache.credentials().accessKeyId == "second")
    }

    @Test("once the cached credentials have expired, a failed refresh is an error")
    func failedLateRefresh() async throws {
        let source = ScriptedCredentialSource([
            .success(credentials("old", expiresIn: -1)), .failure(.failed("endpoint down")),
        ])
        let cache = CachedCredentialProvider(source, clock: FixedAWSClock(now))
        _ = try await cache.credentials()
        await #expect(throws: CredentialProviderError.self) { try await cache.credentials() }
    }

    @Test(
        "the authorization token goes only to loopback, the container endpoints, or over HTTPS",
        arguments: [
            ("http://127.0.0.1:8080/creds", true), ("http://localhost/creds", true), ("http://[::1]:80/x", true),
            ("http://169.254.170.2/v2/credentials/abc", true), ("http://169.254.170.23/v1/credentials", true),
            ("http://[fd00:ec2::23]/v1/credentials", true), ("https://creds.example.com/x", true),
            ("http://creds.example.com/x", false), ("http://127.0.0.1.example.com/x", false),
            ("http://user@evil.example/x", false), ("ftp://127.0.0.1/x", false), ("127.0.0.1/x", false),
        ])
    func allowedHosts(url: String, allowed: Bool) {
        #expect(ContainerCredentialProvider.isAllowedHost(url) == allowed)
    }
}
