import Runtime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Temporary credentials from the container credentials endpoint (ECS tasks, Lambda SnapStart, local emulators):
/// `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (on `http://169.254.170.2`) or `AWS_CONTAINER_CREDENTIALS_FULL_URI`,
/// authorised by `AWS_CONTAINER_AUTHORIZATION_TOKEN` or the file named by `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`.
public struct ContainerCredentialProvider: CredentialProvider {
    public let environment: AWSEnvironment
    public let transport: any HTTPTransport
    public var timeout: Duration

    public init(environment: AWSEnvironment, transport: any HTTPTransport, timeout: Duration = .seconds(2)) {
        self.environment = environment
        self.transport = transport
        self.timeout = timeout
    }

    private struct Response: Decodable {
        var accessKeyId: String
        var secretAccessKey: String
        var token: String?
        var expiration: String?

        enum CodingKeys: String, CodingKey {
            case accessKeyId = "AccessKeyId"
            case secretAccessKey = "SecretAccessKey"
            case token = "Token"
            case expiration = "Expiration"
        }
    }

    /// The endpoint to ask, or `nil` when neither URI variable is set.
    var endpoint: String? {
        if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] {
            return "http://169.254.170.2" + (relative.hasPrefix("/") ? relative : "/" + relative)
        }
        return environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"]
    }

    /// - Throws: `notConfigured` without an endpoint variable; `failed` when the token file cannot be read, the
    ///   endpoint cannot be reached, answers non-2xx or answers something that is not credentials.
    public func credentials() async throws -> AWSCredentials {
        guard let endpoint else {
            throw CredentialProviderError.notConfigured("no AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or _FULL_URI")
        }
        guard Self.isAllowedHost(endpoint) else {
            throw CredentialProviderError.failed(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI must name a loopback or container-metadata address, not \(endpoint)"
            )
        }
        var request = HTTPRequest(method: "GET", url: endpoint, headers: ["Accept": "application/json"])
        if let token = try authorizationToken() { request.headers.set("Authorization", token) }
        let response: HTTPResponse
        do {
            response = try await transport.send(request, timeout: timeout)
        } catch {
            throw CredentialProviderError.failed("container credentials endpoint \(endpoint): \(error)")
        }
        guard (200..<300).contains(response.status) else {
            throw CredentialProviderError.failed("container credentials endpoint answered \(response.status)")
        }
        guard let body = try? JSONDecoder().decode(Response.self, from: response.body) else {
            throw CredentialProviderError.failed("container credentials endpoint sent no credentials")
        }
        return AWSCredentials(
            accessKeyId: body.accessKeyId, secretAccessKey: body.secretAccessKey, sessionToken: body.token,
            expiration: body.expiration.flatMap(ISO8601Text.parse))
    }

    /// The hosts the AWS SDKs send the container authorization token to: loopback, and the ECS and EKS
    /// credential endpoints. Plain HTTP to anywhere else would hand the token to whoever sits on the path.
    static func isAllowedHost(_ url: String) -> Bool {
        let parts = url.split(separator: "://", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let scheme = parts[0].lowercased()
        var rest = parts[1]
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        var host: Substring
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            host = rest[rest.index(after: rest.startIndex)..<close]
        } else {
            host = rest.split(separator: ":", maxSplits: 1).first ?? ""
        }
        host = Substring(host.lowercased())
        if scheme == "https" { return !host.isEmpty }
        guard scheme == "http" else { return false }
        if host == "localhost" || host == "::1" || host == "169.254.170.2" || host == "169.254.170.23"
            || host == "fd00:ec2::23"
        {
            return true
        }
        let octets = host.split(separator: ".")
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    private func authorizationToken() throws -> String? {
        if let path = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CredentialProviderError.failed("cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE \(path)")
            }
            return String(decoding: data, as: UTF8.self).filter { $0 != "\n" && $0 != "\r" }
        }
        return environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"]
    }
}
