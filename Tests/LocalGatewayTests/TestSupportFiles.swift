import Foundation
import JWTKit
import LocalGatewayCore
import _CryptoExtras

/// Where the repository's files are, found from this source file so tests run from any working directory.
enum RepositoryFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func template(_ relative: String = "template.yaml") throws -> SAMTemplate {
        try SAMTemplate.load(path: root.appendingPathComponent(relative).path)
    }
}

/// Claims a test token carries; `nil` fields are left out.
struct TestClaims: JWTPayload {
    var iss: String?
    var sub: String? = "user-1"
    var aud: String?
    var clientId: String?
    var tokenUse: String?
    var exp: Int?
    var iat: Int?
    var nbf: Int?
    var scope: String?
    var email: String? = "learner@example.com"
    var groups: [String]?

    enum CodingKeys: String, CodingKey {
        case iss, sub, aud, exp, iat, nbf, scope, email
        case clientId = "client_id"
        case tokenUse = "token_use"
        case groups = "cognito:groups"
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

/// RSA keys made for the test run, their JWKS, and tokens signed with them.
struct TestKeys: Sendable {
    let key: JWTKit.Insecure.RSA.PrivateKey
    let kid: String

    init(kid: String = "test-key") throws {
        key = try JWTKit.Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048))
        self.kid = kid
    }

    /// `{"keys":[{kty, kid, alg, use, n, e}]}` for the public half.
    var jwks: Data {
        get throws {
            let (modulus, exponent) = try key.publicKey.getKeyPrimitives()
            let jwk: [String: String] = [
                "kty": "RSA", "kid": kid, "alg": "RS256", "use": "sig", "n": Self.base64URL(modulus),
                "e": Self.base64URL(exponent),
            ]
            return try JSONSerialization.data(withJSONObject: ["keys": [jwk]])
        }
    }

    func sign(_ claims: TestClaims, kid: String? = nil) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(rsa: key, digestAlgorithm: .sha256, kid: JWKIdentifier(string: kid ?? self.kid))
        return try await keys.sign(claims, kid: JWKIdentifier(string: kid ?? self.kid))
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
