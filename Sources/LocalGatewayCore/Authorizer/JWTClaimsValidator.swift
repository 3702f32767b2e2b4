import Foundation
import Shared

/// The claim checks of an HTTP API JWT authorizer for Cognito tokens, as a pure function of the claims and the
/// time: issuer, audience (`aud` of an id token, `client_id` of an access token), `token_use`, `exp`, `nbf`, `iat`
/// and the route's scopes. The signature is checked before, by ``JWTAuthorizer``.
public struct JWTClaimsValidator: Sendable {
    public var issuer: String
    public var audiences: [String]

    public init(issuer: String, audiences: [String]) {
        self.issuer = issuer
        self.audiences = audiences
    }

    /// Checks `claims` at `now`.
    ///
    /// - Returns: the claims as the integration receives them (``renderClaims(_:)``) and the token's scopes, or the
    ///   reason the token is refused (for `www-authenticate`).
    public func validate(
        _ claims: [String: JSONLooseValue], requiredScopes: [String] = [], now: Date
    ) -> Result<HTTPAPIEventBuilder.Authorization, JWTRejection> {
        guard case .string(let tokenIssuer)? = claims["iss"], tokenIssuer == issuer else {
            return .failure(JWTRejection("the token has an invalid issuer"))
        }
        let audienceClaim: String
        switch claims["token_use"] {
        case .string("id")?: audienceClaim = "aud"
        case .string("access")?: audienceClaim = "client_id"
        default: return .failure(JWTRejection("the token has an invalid token_use"))
        }
        let tokenAudiences: [String]
        switch claims[audienceClaim] {
        case .string(let value)?: tokenAudiences = [value]
        case .array(let values)?: tokenAudiences = values.compactMap { if case .string(let v) = $0 { v } else { nil } }
        default: tokenAudiences = []
        }
        guard tokenAudiences.contains(where: audiences.contains) else {
            return .failure(JWTRejection("the token does not have a valid audience"))
        }
        let seconds = now.timeIntervalSince1970
        guard case .number(let expiry)? = claims["exp"] else {
            return .failure(JWTRejection("the token has no expiry"))
        }
        guard expiry > seconds else { return .failure(JWTRejection("the token has expired")) }
        if case .number(let notBefore)? = claims["nbf"], notBefore > seconds {
            return .failure(JWTRejection("the token is not valid yet"))
        }
        if case .number(let issuedAt)? = claims["iat"], issuedAt > seconds + 1 {
            return .failure(JWTRejection("the token was issued in the future"))
        }
        var scopes: [String]?
        if case .string(let scope)? = claims["scope"] { scopes = scope.split(separator: " ").map(String.init) }
        if !requiredScopes.isEmpty, !(scopes ?? []).contains(where: requiredScopes.contains) {
            return .failure(JWTRejection("the token does not have a required scope"))
        }
        return .success(HTTPAPIEventBuilder.Authorization(claims: Self.renderClaims(claims), scopes: scopes))
    }

    /// Claims as API Gateway hands them to the integration: every value a string; numbers without a fraction as
    /// integers; arrays as `[a b]` (so `cognito:groups` arrives as `"[admin]"`); objects as JSON text.
    public static func renderClaims(_ claims: [String: JSONLooseValue]) -> [String: String] {
        var rendered: [String: String] = [:]
        for (name, value) in claims {
            switch value {
            case .object:
                let data = (try? JSONEncoder().encode(value)) ?? Data()
                rendered[name] = String(decoding: data, as: UTF8.self)
            case .null:
                continue
            default:
                if let claim = value.claim { rendered[name] = claim.text }
            }
        }
        return rendered
    }
}

/// Why a token was refused: API Gateway answers 401 `{"message":"Unauthorized"}` and puts the reason in
/// `www-authenticate`.
public struct JWTRejection: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }

    /// The `www-authenticate` value: `Bearer scope="" error="invalid_token" error_description="…"`.
    public var wwwAuthenticate: String {
        #"Bearer scope="" error="invalid_token" error_description="\#(reason)""#
    }
}
