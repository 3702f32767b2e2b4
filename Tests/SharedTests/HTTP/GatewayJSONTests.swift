import Foundation
import Testing

@testable import Shared

/// The payload 2.0 event is read, and the envelopes written, without `JSONDecoder`/`JSONEncoder`; these tests hold
/// that direct path to the `Codable` conformances it stands in for.
@Suite("API Gateway JSON read and written directly")
struct GatewayJSONTests {
    static let fixtureNames = [
        "get-health", "get-course-anonymous", "get-course-learner", "get-unknown-path", "post-course-admin",
        "post-course-learner", "post-course-malformed", "delete-courses-collection",
    ]

    /// What the reader made of `text`, as canonical JSON, or `nil` when it left the text to `JSONDecoder`.
    static func direct(_ text: Data) throws -> Data? {
        guard let request = text.withUnsafeBytes(APIGatewayV2Request.read(json:)) else { return nil }
        return try JSONCoding.encoder.encode(request)
    }

    static func decoded(_ text: Data) throws -> Data {
        try JSONCoding.encoder.encode(try JSONDecoder().decode(APIGatewayV2Request.self, from: text))
    }

    @Test("every committed HTTP API fixture reads as JSONDecoder decodes it", arguments: fixtureNames)
    func fixtures(name: String) throws {
        let text = try Fixture.data("events/apigw-http/\(name).json")
        let direct = try #require(try Self.direct(text))
        #expect(String(decoding: direct, as: UTF8.self) == String(decoding: try Self.decoded(text), as: UTF8.self))
    }

    @Test(
        "escapes, nulls, whitespace and claim types read as JSONDecoder decodes them",
        arguments: [
            // escapes in names and values: \u0073 is "s", a surrogate pair, an escaped slash, control characters
            #"{"ver\u0073ion":"2.0","routeKey":"GET /a\/b","rawPath":"/caf\u00e9/\ud83d\ude00","headers":{"x-note":"tab\there \"quoted\" \\ back"},"requestContext":{"http":{"method":"GET","path":"/x"},"requestId":"r\n1"}}"#,
            // optional members as null, unknown members of every kind skipped
            #"{"version":"2.0","routeKey":"$default","rawPath":"/","rawQueryString":null,"cookies":null,"headers":null,"body":null,"isBase64Encoded":null,"extra":{"a":[1,2.5e3,-0.5,true,false,null,{"b":"c"}]},"requestContext":{"http":{"method":"POST","path":"/","protocol":null},"requestId":"r","timeEpoch":null,"authorizer":null,"authentication":{"x":1}}}"#,
            // pretty-printed, with claims of every type JSONDecoder turns into text
            """
            {
              "version" : "2.0", "routeKey" : "GET /me", "rawPath" : "/me",
              "requestContext" : {
                "http" : { "method" : "GET", "path" : "/me", "sourceIp" : "203.0.113.9" },
                "requestId" : "r2", "timeEpoch" : -1583348638390,
                "authorizer" : { "jwt" : { "claims" : {
                  "sub" : "u-1", "email_verified" : true, "auth_time" : 1700000000,
                  "cognito:groups" : ["admins", "learners"], "nested" : [["a", 1], false]
                }, "scopes" : [] } }
              },
              "isBase64Encoded" : false
            }
            """,
        ])
    func variants(text: String) throws {
        let data = Data(text.utf8)
        let direct = try #require(try Self.direct(data))
        #expect(String(decoding: direct, as: UTF8.self) == String(decoding: try Self.decoded(data), as: UTF8.self))
    }

    @Test(
        "what the reader is not sure of is left to JSONDecoder, which still classifies it",
        arguments: [
            // a fractional claim: JSONDecoder renders it, the reader does not guess how
            #"{"version":"2.0","routeKey":"$default","rawPath":"/","requestContext":{"http":{"method":"GET","path":"/"},"requestId":"r","authorizer":{"jwt":{"claims":{"score":1.5}}}}}"#,
            // a timeEpoch with a fraction
            #"{"version":"2.0","routeKey":"$default","rawPath":"/","requestContext":{"http":{"method":"GET","path":"/"},"requestId":"r","timeEpoch":1.0}}"#,
        ])
    func fallback(text: String) throws {
        let data = Data(text.utf8)
        #expect(try Self.direct(data) == nil)
        guard case .httpV2(let request) = try FunctionEvent.classify(data) else {
            Issue.record("not classified as an HTTP API event")
            return
        }
        #expect(try JSONCoding.encoder.encode(request) == Self.decoded(data))
    }

    @Test("other event shapes are not taken for payload 2.0 and still classify as what they are")
    func otherShapes() throws {
        for path in [
            "events/apigw-rest/get-health.json", "events/eventbridge/assessment-submitted.json",
            "events/schedule/daily-streak.json",
        ] {
            let data = try Fixture.data(path)
            #expect(try Self.direct(data) == nil, "\(path)")
            if case .httpV2 = try FunctionEvent.classify(data) { Issue.record("\(path) taken for an HTTP API event") }
        }
        let version1 = Data(#"{"version":"1.0","routeKey":"$default","rawPath":"/","requestContext":{}}"#.utf8)
        #expect(try Self.direct(version1) == nil)
    }

    @Test(
        "malformed or mistyped events are not read, and classify still refuses them",
        arguments: [
            #"{"version":"2.0","routeKey":"$default","rawPath":"/","requestContext":{"http":{"method":"GET","path":"/"},"requestId":"r"}"#,
            #"{"version":"2.0","routeKey":"$default","rawPath":"/","requestContext":{"http":{"method":"GET","path":"/"},"requestId":"r"}} x"#,
            #"{"version":"2.0","routeKey":"$default","rawPath":7,"requestContext":{"http":{"method":"GET","path":"/"},"requestId":"r"}}"#,
            #"{"version":"2.0","routeKey":"$default","rawPath":"/","requestContext":{"http":{"method":"GET"},"requestId":"r"}}"#,
            #"{"version":"2.0","routeKey":"$default","rawPath":"/","headers":{"a":1},"requestContext":{"http":{"method":"GET","path":"/"},"requestId":"r"}}"#,
        ])
    func malformed(text: String) throws {
        let data = Data(text.utf8)
        #expect(try Self.direct(data) == nil)
        #expect(throws: UnrecognizedEvent.self) { try FunctionEvent.classify(data) }
    }

    @Test("a skipped member is checked as strictly as a read one")
    func strictSkip() throws {
        let text =
            #"{"version":"2.0","routeKey":"$default","rawPath":"/","extra":[1,],"#
            + #""requestContext":{"http":{"method":"GET","path":"/"},"requestId":"r"}}"#
        #expect(try Self.direct(Data(text.utf8)) == nil)
        #expect(throws: JSONParseError.self) {
            try JSONReader.read(text) { reader throws(JSONParseError) in try reader.skipValue() }
        }
    }

    @Test("an event that is not UTF-8 is refused")
    func invalidUTF8() throws {
        var data = Data(#"{"version":"2.0","routeKey":"$default","rawPath":"/"#.utf8)
        data.append(contentsOf: [0xC3, 0x28])
        data.append(contentsOf: #"","requestContext":{"http":{"method":"GET","path":"/"},"requestId":"r"}}"#.utf8)
        #expect(try Self.direct(data) == nil)
        #expect(throws: UnrecognizedEvent.self) { try FunctionEvent.classify(data) }
    }

    @Test(
        "response envelopes are written as JSONEncoder writes them",
        arguments: [
            APIGatewayV2Response(statusCode: 204),
            APIGatewayV2Response(
                statusCode: 200, headers: ["content-type": "application/json", "x-request-id": "r/1"],
                body: #"{"path":"/a/b","note":"caf\u00e9 \"q\" \\ \n\t 😀"}"#, isBase64Encoded: false),
            APIGatewayV2Response(
                statusCode: 303, headers: ["Location": "/next"], cookies: ["a=1; Path=/", "b=2; HttpOnly"],
                body: "AAEC/w==", isBase64Encoded: true),
        ])
    func responses(response: APIGatewayV2Response) throws {
        let direct = response.jsonData()
        let encoded = try JSONCoding.encoder.encode(response)
        #expect(String(decoding: direct, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
        #expect(try JSONDecoder().decode(APIGatewayV2Response.self, from: direct) == response)
    }

    @Test("a control character in a body survives the round trip")
    func controlCharacters() throws {
        let response = APIGatewayV2Response(statusCode: 200, body: "bell \u{07} nul \u{00} end", isBase64Encoded: false)
        #expect(try JSONDecoder().decode(APIGatewayV2Response.self, from: response.jsonData()) == response)
    }

    @Test(
        "textual bodies go as text, others as base64, whatever the header's case",
        arguments: [
            ("content-type", "application/vnd.api+json; charset=utf-8", false),
            ("Content-Type", "Text/HTML", false), ("content-type", "application/xml", false),
            ("content-type", "application/x-www-form-urlencoded", false), ("content-type", "image/png", true),
            ("x-other", "json", false),
        ])
    func bodyEncoding(name: String, type: String, base64: Bool) {
        let response = APIResponse(status: 200, headers: [name: type], body: Data("a=1".utf8)).gatewayV2()
        #expect(response.isBase64Encoded == base64)
        #expect(response.body == (base64 ? "YT0x" : "a=1"))
    }

    @Test("REST API envelopes are written as JSONEncoder writes them")
    func restResponses() throws {
        let response = APIResponse(
            status: 201, headers: ["content-type": "application/json"], cookies: ["s=1", "t=2"],
            body: Data(#"{"id":"c-1"}"#.utf8)
        ).gatewayV1()
        #expect(response.jsonData() == (try JSONCoding.encoder.encode(response)))
    }

    @Test("problem documents are written as their Codable conformance reads them")
    func problems() throws {
        var error = APIError.unprocessable([
            FieldError(field: "goals.weeklyMinutes", message: "must be between 30 and 1200"),
            FieldError(field: "name", message: "is \"required\""),
        ])
        error.extensions = ["retryAfter": "5", "status": "shadowed", "allow": "GET", "zone": "eu"]
        let problem = ProblemDetails(error: error, instance: "/api/v1/me", requestID: "req-1")
        let text = problem.jsonData()
        var expected = problem
        expected.extensions = ["retryAfter": "5", "allow": "GET", "zone": "eu"]
        #expect(try JSONDecoder().decode(ProblemDetails.self, from: text) == expected)
        #expect(text == (try JSONCoding.encoder.encode(problem)))
    }
}
