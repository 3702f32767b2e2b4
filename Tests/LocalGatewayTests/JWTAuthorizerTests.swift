import Foundation
import Testing

@testable import LocalGatewayCore

@Suite("JWT authorizer")
struct JWTAuthorizerTests {
    static let issuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_test"
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    /// Made once: generating RSA keys is the slow part.
    static let sharedKeys = Result { try TestKeys() }
    static let otherKeys = Result { try TestKeys(kid: "test-key") }
    let keys: TestKeys
    let authorizer: JWTAuthorizer

    init() throws {
        keys = try Self.sharedKeys.get()
        authorizer = JWTAuthorizer(
            spec: JWTAuthorizerSpec(name: "CognitoJwt", issuer: .string(Self.issuer), audience: [.string("client-1")]),
            issuer: Self.issuer, audiences: ["client-1"], store: JWKSStore(jwks: try keys.jwks), clock: { Self.now })
    }

    static func idToken(_ change: (inout TestClaims) -> Void = { _ in }) -> TestClaims {
        var claims = TestClaims(
            iss: issuer, aud: "client-1", tokenUse: "id", exp: Int(now.timeIntervalSince1970) + 600,
            iat: Int(now.timeIntervalSince1970) - 10, groups: ["admin", "teachers"])
        change(&claims)
        return claims
    }

    func authorize(
        _ header: String?, scopes: [String] = []
    ) async -> Result<HTTPAPIEventBuilder.Authorization, JWTRejection> {
        let headers = header.map { [("Authorization", $0)] } ?? []
        return await authorizer.authorize(
            GatewayRequest(method: "GET", rawPath: "/", headers: headers), requiredScopes: scopes)
    }

    @Test("a valid id token passes, with claims rendered as API Gateway renders them")
    func validIdToken() async throws {
        let token = try await keys.sign(Self.idToken())
        let granted = try await authorize("Bearer " + token).get()
        #expect(granted.claims["sub"] == "user-1")
        #expect(granted.claims["cognito:groups"] == "[admin teachers]")
        #expect(granted.claims["exp"] == String(Int(Self.now.timeIntervalSince1970) + 600))
        #expect(granted.claims["token_use"] == "id")
        #expect(granted.scopes == nil)
        #expect(try await authorize(token).get().claims["email"] == "learner@example.com")
    }

    @Test("an access token is checked on client_id and carries its scopes")
    func accessToken() async throws {
        let token = try await keys.sign(
            Self.idToken {
                $0.aud = nil
                $0.clientId = "client-1"
                $0.tokenUse = "access"
                $0.scope = "aws.cognito.signin.user.admin courses/read"
            })
        let granted = try await authorize("Bearer " + token, scopes: ["courses/read"]).get()
        #expect(granted.scopes == ["aws.cognito.signin.user.admin", "courses/read"])
        #expect(await authorize("Bearer " + token, scopes: ["courses/write"]).isRefused("required scope"))
    }

    @Test(
        "tokens are refused for the right reason",
        arguments: [
            ("expired", "has expired"), ("issuer", "invalid issuer"), ("audience", "valid audience"),
            ("clientIdOnIdToken", "valid audience"), ("tokenUse", "token_use"), ("noTokenUse", "token_use"),
            ("notYet", "not valid yet"), ("future", "issued in the future"), ("noExpiry", "no expiry"),
        ])
    func refusedClaims(change: String, reason: String) async throws {
        let claims = Self.idToken {
            switch change {
            case "expired": $0.exp = Int(Self.now.timeIntervalSince1970) - 1
            case "issuer": $0.iss = "https://cognito-idp.us-east-1.amazonaws.com/other"
            case "audience": $0.aud = "client-2"
            case "clientIdOnIdToken":
                $0.aud = nil
                $0.clientId = "client-1"
            case "tokenUse": $0.tokenUse = "refresh"
            case "noTokenUse": $0.tokenUse = nil
            case "notYet": $0.nbf = Int(Self.now.timeIntervalSince1970) + 60
            case "future": $0.iat = Int(Self.now.timeIntervalSince1970) + 60
            default: $0.exp = nil
            }
        }
        let token = try await keys.sign(claims)
        #expect(await authorize("Bearer " + token).isRefused(reason))
    }

    @Test("a token signed by another key, even under the same kid, is refused")
    func otherKey() async throws {
        let other = try Self.otherKeys.get()
        #expect(await authorize("Bearer " + (try await other.sign(Self.idToken()))).isRefused("signature"))
        let unknownKid = try await keys.sign(Self.idToken(), kid: "rotated-away")
        #expect(await authorize("Bearer " + unknownKid).isRefused("key id"))
    }

    @Test(
        "missing and malformed tokens are refused",
        arguments: [
            (nil, "missing"), ("", "missing"), ("Bearer ", "missing"), ("Bearer a.b", "malformed"),
            ("Bearer !!!.e30.sig", "malformed"),
            ("Bearer eyJhbGciOiJIUzI1NiIsImtpZCI6InRlc3Qta2V5In0.e30.c2ln", "algorithm"),
            ("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "key id"),
        ] as [(String?, String)])
    func malformed(header: String?, reason: String) async {
        #expect(await authorize(header).isRefused(reason))
    }

    @Test("the rejection names the reason in www-authenticate")
    func wwwAuthenticate() {
        #expect(
            JWTRejection("the token has expired").wwwAuthenticate
                == #"Bearer scope="" error="invalid_token" error_description="the token has expired""#)
    }
}

extension Result where Failure == JWTRejection {
    func isRefused(_ reason: String) -> Bool {
        if case .failure(let rejection) = self { return rejection.reason.contains(reason) }
        return false
    }
}
