import COpenSSL

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A page of a list endpoint: `limit` bounded to 1…`maxLimit`, and an opaque `nextToken`.
///
/// The token is `base64url(payload).base64url(tag)` where the payload is the JSON of the last evaluated key and the
/// tag an HMAC-SHA256 over it, truncated to 16 bytes. A token a client has edited fails the tag check and answers
/// 400, so a client can never steer a query to a start key it was not given.
public struct PageRequest: Sendable, Equatable {
    public var limit: Int
    /// The decoded start key, as the JSON the store produced.
    public var startKey: Data?

    public static let defaultLimit = 20
    public static let maxLimit = 100

    public init(limit: Int = PageRequest.defaultLimit, startKey: Data? = nil) {
        self.limit = limit
        self.startKey = startKey
    }

    /// Reads `limit` and `nextToken` from the query.
    ///
    /// - Throws: ``APIError`` 400 when `limit` is not a whole number in range or `nextToken` was altered.
    public init(_ request: APIRequest, signer: PageTokenSigner) throws(APIError) {
        let limit = try request.queryParameter("limit", as: Int.self) ?? Self.defaultLimit
        guard (1...Self.maxLimit).contains(limit) else {
            throw APIError.badRequest("Query parameter 'limit' must be between 1 and \(Self.maxLimit).")
        }
        self.limit = limit
        if let token = try request.queryParameter("nextToken", as: String.self) {
            guard let key = signer.open(token) else {
                throw APIError.badRequest("Query parameter 'nextToken' is not a token this API issued.")
            }
            startKey = key
        }
    }
}

/// Seals and opens pagination tokens with a per-deployment key.
public struct PageTokenSigner: Sendable {
    private let key: [UInt8]

    /// - Parameter secret: from `PAGE_TOKEN_SECRET`; any stable string per deployment.
    public init(secret: String) {
        key = Array(secret.utf8)
    }

    /// The token for `payload`: `base64url(payload).base64url(tag)`, readable by ``open(_:)`` of a signer with the
    /// same secret. Sealing does not hide the payload, it only makes edits detectable.
    public func seal(_ payload: Data) -> String {
        Base64URL.encode(payload) + "." + Base64URL.encode(Data(tag(payload)))
    }

    /// The payload of a token this signer sealed, or `nil`.
    public func open(_ token: String) -> Data? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let payload = Base64URL.decode(String(parts[0])),
            let tag = Base64URL.decode(String(parts[1])), tag.count == 16
        else { return nil }
        // Constant-time comparison: the tag is a secret-derived value.
        let expected = self.tag(payload)
        var difference: UInt8 = 0
        for (a, b) in zip(expected, tag) { difference |= a ^ b }
        return difference == 0 ? payload : nil
    }

    private func tag(_ payload: Data) -> [UInt8] {
        var mac = [UInt8](repeating: 0, count: 32)
        key.withUnsafeBytes { keyBytes in
            payload.withUnsafeBytes { bytes in
                cm_hmac_sha256(keyBytes.baseAddress, keyBytes.count, bytes.baseAddress, bytes.count, &mac)
            }
        }
        return Array(mac.prefix(16))
    }
}

/// RFC 4648 §5 base64url without padding.
public enum Base64URL {
    public static func encode(_ data: Data) -> String {
        var text = data.base64EncodedString()
        text = text.replacing("+", with: "-").replacing("/", with: "_")
        while text.hasSuffix("=") { text.removeLast() }
        return text
    }

    public static func decode(_ text: String) -> Data? {
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            return nil
        }
        var base64 = text.replacing("-", with: "+").replacing("_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}
