import Foundation
import Testing

@testable import Shared

/// The small request helpers every handler leans on: the caller, cookies, JSON bodies and page tokens, each in the
/// one configuration the project uses.
@Suite("Request helpers")
struct RequestHelpersTests {
    @Test func theCallerIsTheVerifiedPrincipalOrA401() throws {
        let principal = Principal(userID: "u-1", groups: ["admin"])
        let signedIn = APIRequest(method: "GET", path: "/x", requestID: "r", principal: principal)
        #expect(try signedIn.requirePrincipal() == principal)

        let anonymous = APIRequest(method: "GET", path: "/x", requestID: "r")
        let error = try #require(throws: APIError.self) { try anonymous.requirePrincipal() }
        #expect(error.status == 401)
    }

    struct Appointment: Decodable, Equatable {
        var at: Date
    }

    @Test func bodiesDecodeWithTheProjectsJSONConfiguration() throws {
        let request = APIRequest(
            method: "POST", path: "/x", body: Data(#"{"at":"2026-03-01T09:30:00Z"}"#.utf8), requestID: "r")
        let decoded = try request.decode(Appointment.self)
        #expect(decoded.at == Date(timeIntervalSince1970: 1_772_357_400), "dates are ISO 8601, as JSONCoding says")
    }

    @Test(arguments: ["a=1; b=2", "a=1;\tb=2 ", " a=1 ;b=2;;"])
    func restCookiesAreSplitAndTrimmed(header: String) throws {
        let json: [String: Any] = [
            "httpMethod": "GET", "path": "/x", "headers": ["Cookie": header], "requestContext": ["requestId": "r"],
        ]
        let event = try JSONDecoder().decode(
            APIGatewayV1Request.self, from: try JSONSerialization.data(withJSONObject: json))
        #expect(try APIRequest(event).cookies == ["a=1", "b=2"])
    }

    @Test func pageTokensAreTheSameWhateverOrderTheKeyWasBuiltIn() throws {
        let cursor = PageCursor(signer: PageTokenSigner(secret: "s"))
        var first: DynamoDBItem = [:]
        first["user_id"] = .s("u-1")
        first["lesson_id"] = .s("ENROLLMENT#c-1")
        var second: DynamoDBItem = [:]
        second["lesson_id"] = .s("ENROLLMENT#c-1")
        second["user_id"] = .s("u-1")
        let token = try #require(cursor.token(for: first))
        #expect(cursor.token(for: second) == token)
        let payload = try #require(PageTokenSigner(secret: "s").open(token))
        #expect(
            String(decoding: payload, as: UTF8.self) == #"{"lesson_id":{"S":"ENROLLMENT#c-1"},"user_id":{"S":"u-1"}}"#)
        let request = APIRequest(method: "GET", path: "/x", query: ["nextToken": [token]], requestID: "r")
        #expect(try cursor.page(of: request).startKey == first)
    }
}
