import Foundation
import Runtime
import TestSupport
import Testing

@testable import Shared

/// The container credentials endpoint, played by the fault proxy's stand-in mode on loopback.
@Suite("Container credentials")
struct ContainerCredentialsTests {
    static let body =
        #"{"AccessKeyId":"ASIACONTAINER","SecretAccessKey":"s3cret","Token":"tok","Expiration":"2026-01-02T04:00:00Z"}"#

    func server() throws -> FaultProxy {
        try FaultProxy(upstream: nil) { _ in FaultProxyResponse(status: 200, body: Data(Self.body.utf8)) }
    }

    @Test func fullURIWithTokenFile() async throws {
        let server = try server()
        defer { server.stop() }
        let tokenFile = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)")
        try "file-token\n".write(to: tokenFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: tokenFile) }
        let provider = ContainerCredentialProvider(
            environment: AWSEnvironment([
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.endpoint + "/creds",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile.path,
                "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored-when-a-file-is-given",
            ]), transport: AWSTestHarness.transport)
        let credentials = try await provider.credentials()
        #expect(credentials.accessKeyId == "ASIACONTAINER")
        #expect(credentials.sessionToken == "tok")
        #expect(credentials.expiration == ISO8601Text.parse("2026-01-02T04:00:00Z"))
        #expect(server.requests.first?.target == "/creds")
        #expect(server.requests.first?.header("Authorization") == "file-token")
    }

    @Test func tokenFromEnvironmentAndFailures() async throws {
        let server = try server()
        defer { server.stop() }
        let provider = ContainerCredentialProvider(
            environment: AWSEnvironment([
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.endpoint, "AWS_CONTAINER_AUTHORIZATION_TOKEN": "env-token",
            ]), transport: AWSTestHarness.transport)
        _ = try await provider.credentials()
        #expect(server.requests.first?.header("Authorization") == "env-token")

        let relative = ContainerCredentialProvider(
            environment: AWSEnvironment(["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc"]),
            transport: AWSTestHarness.transport)
        #expect(relative.endpoint == "http://169.254.170.2/v2/credentials/abc")

        await #expect(throws: CredentialProviderError.self) {
            try await ContainerCredentialProvider(environment: AWSEnvironment([:]), transport: AWSTestHarness.transport)
                .credentials()
        }
        let missingFile = ContainerCredentialProvider(
            environment: AWSEnvironment([
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.endpoint,
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/nonexistent/token",
            ]), transport: AWSTestHarness.transport)
        await #expect(throws: CredentialProviderError.self) { try await missingFile.credentials() }

        let refusing = try FaultProxy(upstream: nil) { _ in FaultProxyResponse(status: 403, body: Data("{}".utf8)) }
        defer { refusing.stop() }
        let denied = ContainerCredentialProvider(
            environment: AWSEnvironment(["AWS_CONTAINER_CREDENTIALS_FULL_URI": refusing.endpoint]),
            transport: AWSTestHarness.transport)
        await #expect(throws: CredentialProviderError.failed("container credentials endpoint answered 403")) {
            try await denied.credentials()
        }
    }
}
