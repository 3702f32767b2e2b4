#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns DynamoDB start keys into the opaque `nextToken` of the API and back.
///
/// The token is sealed by ``PageTokenSigner`` (an edited token answers 400 before it reaches here); the key inside is
/// still checked by the repository against the query it is sent to, so that a token of one listing cannot start
/// another.
public struct PageCursor: Sendable {
    public let signer: PageTokenSigner

    public init(signer: PageTokenSigner) {
        self.signer = signer
    }

    /// The `nextToken` for `key`, or `nil` for the last page.
    public func token(for key: DynamoDBItem?) -> String? {
        guard let key, !key.isEmpty, let data = try? JSONCoding.encoder.encode(key) else { return nil }
        return signer.seal(data)
    }

    /// The page size and start key of `request` (`limit` and `nextToken`).
    ///
    /// - Throws: ``APIError`` 400 when `limit` is out of range or the token was not issued by this API.
    public func page(of request: APIRequest) throws(APIError) -> (limit: Int, startKey: DynamoDBItem?) {
        let page = try PageRequest(request, signer: signer)
        guard let data = page.startKey else { return (page.limit, nil) }
        guard let key = try? JSONCoding.decoder.decode(DynamoDBItem.self, from: data), !key.isEmpty else {
            throw APIError.badRequest("Query parameter 'nextToken' is not a token this API issued.")
        }
        return (page.limit, key)
    }
}
