import Foundation
import Testing

@testable import Shared

@Suite("Pagination tokens")
struct PaginationTests {
    let signer = PageTokenSigner(secret: "test-secret")

    @Test("a sealed token opens to the same key")
    func roundTrip() throws {
        let key = Data(#"{"user_id":{"S":"u-1"},"lesson_id":{"S":"l-9"}}"#.utf8)
        let token = signer.seal(key)
        #expect(signer.open(token) == key)
        #expect(!token.contains("+") && !token.contains("/") && !token.contains("="))
        let request = APIRequest(
            method: "GET", path: "/x", query: ["nextToken": [token], "limit": ["5"]], requestID: "r")
        #expect(try PageRequest(request, signer: signer) == PageRequest(limit: 5, startKey: key))
    }

    @Test(
        "an edited, truncated or foreign token is refused",
        arguments: ["", "abc", "abc.def", "e30.AAAAAAAAAAAAAAAAAAAAAA", "e30"])
    func tampered(token: String) {
        #expect(signer.open(token) == nil)
    }

    @Test("a token sealed with another secret is refused, and the payload cannot be swapped")
    func otherSecret() {
        let token = PageTokenSigner(secret: "other").seal(Data("{}".utf8))
        #expect(signer.open(token) == nil)
        let mine = signer.seal(Data(#"{"a":1}"#.utf8))
        let swapped = Base64URL.encode(Data(#"{"a":2}"#.utf8)) + "." + mine.split(separator: ".")[1]
        #expect(signer.open(swapped) == nil)
    }

    @Test(
        "a tampered token or an out-of-range limit is a 400",
        arguments: [
            ["nextToken": ["bm90LWEtdG9rZW4"]], ["limit": ["0"]], ["limit": ["101"]], ["limit": ["ten"]],
        ])
    func badRequest(query: [String: [String]]) {
        let request = APIRequest(method: "GET", path: "/x", query: query, requestID: "r")
        #expect(throws: APIError.self) { try PageRequest(request, signer: signer) }
    }

    @Test("defaults: 20 items, first page")
    func defaults() throws {
        let request = APIRequest(method: "GET", path: "/x", requestID: "r")
        #expect(try PageRequest(request, signer: signer) == PageRequest(limit: 20, startKey: nil))
    }
}
