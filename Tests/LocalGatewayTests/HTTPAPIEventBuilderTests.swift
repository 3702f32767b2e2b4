import Foundation
import Shared
import Testing

@testable import LocalGatewayCore

@Suite("Payload 2.0 events")
struct HTTPAPIEventBuilderTests {
    static let route = RouteSpec(
        eventName: "E", function: "F", method: "GET", path: "/api/v1/courses/{id}", authorizer: "CognitoJwt")
    static let now = Date(timeIntervalSince1970: 1_583_348_638.39)

    func event(
        _ request: GatewayRequest, authorization: HTTPAPIEventBuilder.Authorization? = nil
    ) throws -> [String: Any] {
        let match = try #require(RouteTable(routes: [Self.route]).match(method: request.method, path: request.rawPath))
        let data = HTTPAPIEventBuilder(apiId: "api", accountId: "123456789012").event(
            for: request, match: match, authorization: authorization, requestId: "req-1", now: Self.now)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static let request = GatewayRequest(
        method: "GET", rawPath: "/api/v1/courses/c%201", rawQuery: "level=a&tag=x&tag=y%20z&flag",
        headers: [
            ("Host", "127.0.0.1:8080"), ("User-Agent", "curl/8"), ("X-Multi", "1"), ("x-multi", "2"),
            ("Cookie", "a=1; b=2"), ("cookie", "c=3"),
        ], sourceIP: "127.0.0.9")

    @Test("the event has API Gateway's fields and shapes")
    func shape() throws {
        let event = try event(Self.request)
        #expect(event["version"] as? String == "2.0")
        #expect(event["routeKey"] as? String == "GET /api/v1/courses/{id}")
        #expect(event["rawPath"] as? String == "/api/v1/courses/c%201")
        #expect(event["rawQueryString"] as? String == "level=a&tag=x&tag=y%20z&flag")
        #expect(event["cookies"] as? [String] == ["a=1", "b=2", "c=3"])
        #expect(event["queryStringParameters"] as? [String: String] == ["level": "a", "tag": "x,y z", "flag": ""])
        #expect(event["pathParameters"] as? [String: String] == ["id": "c 1"])
        #expect(event["isBase64Encoded"] as? Bool == false)
        #expect(event["body"] == nil)
        let headers = try #require(event["headers"] as? [String: String])
        #expect(headers["x-multi"] == "1,2")
        #expect(headers["cookie"] == nil)
        #expect(headers["x-forwarded-for"] == "127.0.0.9")
        #expect(headers["x-forwarded-port"] == "8080")
        #expect(headers["x-forwarded-proto"] == "http")
        let context = try #require(event["requestContext"] as? [String: Any])
        #expect(context["requestId"] as? String == "req-1")
        #expect(context["stage"] as? String == "$default")
        #expect(context["time"] as? String == "04/Mar/2020:19:03:58 +0000")
        #expect(context["timeEpoch"] as? Int == 1_583_348_638_390)
        #expect(context["domainName"] as? String == "127.0.0.1")
        #expect(context["authorizer"] == nil)
        let http = try #require(context["http"] as? [String: String])
        #expect(
            http == [
                "method": "GET", "path": "/api/v1/courses/c%201", "protocol": "HTTP/1.1", "sourceIp": "127.0.0.9",
                "userAgent": "curl/8",
            ])
    }

    @Test("the authorizer's claims ride in requestContext.authorizer.jwt")
    func claims() throws {
        let event = try event(
            Self.request, authorization: .init(claims: ["sub": "u1", "cognito:groups": "[admin]"], scopes: ["s"]))
        let jwt = (event["requestContext"] as? [String: Any])?["authorizer"] as? [String: Any]
        let inner = jwt?["jwt"] as? [String: Any]
        #expect(inner?["claims"] as? [String: String] == ["sub": "u1", "cognito:groups": "[admin]"])
        #expect(inner?["scopes"] as? [String] == ["s"])
    }

    @Test(
        "text bodies pass as they are, binary ones base64",
        arguments: [
            ("application/json", Data(#"{"a":1}"#.utf8), false), ("text/plain; charset=utf-8", Data("hé".utf8), false),
            ("application/problem+json", Data("{}".utf8), false), (nil, Data("plain".utf8), false),
            ("application/octet-stream", Data([0, 255, 1]), true), ("image/png", Data("png".utf8), true),
            ("application/x-www-form-urlencoded", Data("a=1".utf8), true),
            ("application/json", Data([0xff, 0xfe]), true),
        ] as [(String?, Data, Bool)])
    func bodies(contentType: String?, body: Data, base64: Bool) throws {
        var request = Self.request
        request.body = body
        if let contentType { request.headers.append(("Content-Type", contentType)) }
        let event = try event(request)
        #expect(event["isBase64Encoded"] as? Bool == base64)
        let text = try #require(event["body"] as? String)
        #expect((base64 ? Data(base64Encoded: text) : Data(text.utf8)) == body)
    }

    @Test("our functions read the event: FunctionEvent and APIRequest see the route, query and principal")
    func readableByFunctions() throws {
        let match = try #require(RouteTable(routes: [Self.route]).match(method: "GET", path: "/api/v1/courses/c1"))
        let data = HTTPAPIEventBuilder().event(
            for: GatewayRequest(method: "GET", rawPath: "/api/v1/courses/c1", rawQuery: "a=1&a=2"), match: match,
            authorization: .init(claims: ["sub": "u1", "email": "e@x", "cognito:groups": "[admin]"]), requestId: "r",
            now: Self.now)
        guard case .httpV2(let gatewayEvent) = try FunctionEvent.classify(data) else {
            Issue.record("not classified as an HTTP API event")
            return
        }
        let request = try APIRequest(gatewayEvent)
        #expect(request.principal?.userID == "u1")
        #expect(request.principal?.isAdmin == true)
        #expect(request.query["a"] == ["1", "2"])
        #expect(request.pathParameters["id"] == "c1")
    }
}
