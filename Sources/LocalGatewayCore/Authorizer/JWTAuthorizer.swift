import Foundation
import JWTKit
import Shared

/// An HTTP API JWT authorizer: takes the token from the identity source (with or without `Bearer `), checks its
/// RS256 signature against the issuer's JWKS by `kid`, then its claims (``JWTClaimsValidator``).
public struct JWTAuthorizer: Sendable {
    public let spec: JWTAuthorizerSpec
    public let validator: JWTClaimsValidator
    private let store: JWKSStore
    private let clock: @Sendable () -> Date

    /// - Parameters:
    ///   - issuer, audiences: the resolved `JwtConfiguration`.
    ///   - clock: the current time, injected so tests can check expiry.
    public init(
        spec: JWTAuthorizerSpec, issuer: String, audiences: [String], store: JWKSStore,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.spec = spec
        self.validator = JWTClaimsValidator(issuer: issuer, audiences: audiences)
        self.store = store
        self.clock = clock
    }

    /// The authorization for a request, or why it is refused.
    public func authorize(
        _ request: GatewayRequest, requiredScopes: [String] = []
    ) async -> Result<HTTPAPIEventBuilder.Authorization, JWTRejection> {
        var token = request.header(spec.headerName)?.trimmingCharacters(in: .whitespaces) ?? ""
        if token.lowercased() == "bearer" || token.lowercased().hasPrefix("bearer ") {
            token = String(token.dropFirst("bearer".count)).trimmingCharacters(in: .whitespaces)
        }
        guard !token.isEmpty else { return .failure(JWTRejection("the token is missing")) }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerData = Self.base64URL(parts[0]),
            let header = try? JSONDecoder().decode(Header.self, from: headerData)
        else { return .failure(JWTRejection("the token is malformed")) }
        guard header.alg == "RS256" else { return .failure(JWTRejection("the token's algorithm is not allowed")) }
        guard let kid = header.kid else { return .failure(JWTRejection("the token has no key id")) }
        let keys: JWTKeyCollection
        do {
            guard let found = try await store.keys(holding: kid) else {
                return .failure(JWTRejection("the token's key id is not in the issuer's key set"))
            }
            keys = found
        } catch {
            return .failure(JWTRejection("the issuer's key set could not be fetched"))
        }
        let payload: Claims
        do {
            payload = try await keys.verify(token, as: Claims.self)
        } catch {
            return .failure(JWTRejection("the token's signature is invalid"))
        }
        return validator.validate(payload.values, requiredScopes: requiredScopes, now: clock())
    }

    private struct Header: Decodable {
        var alg: String?
        var kid: String?
    }

    /// Every claim, kept loosely; the checks are ``JWTClaimsValidator``'s.
    struct Claims: JWTPayload {
        var values: [String: JSONLooseValue]

        init(from decoder: any Decoder) throws {
            values = try decoder.singleValueContainer().decode([String: JSONLooseValue].self)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(values)
        }

        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    static func base64URL(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}
