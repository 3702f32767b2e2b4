import Foundation
import Testing

@testable import LocalGatewayCore

@Suite("HTTP API answers")
struct HTTPAPIGatewayTests {
    static let routes = [
        RouteSpec(eventName: "A", function: "Open", method: "GET", path: "/open", authorizer: nil),
        RouteSpec(eventName: "B", function: "Closed", method: "GET", path: "/closed", authorizer: "Jwt"),
        RouteSpec(eventName: "C", function: "Ghost", method: "GET", path: "/ghost", authorizer: "Missing"),
    ]

    static func gateway(
        timeout: Duration = .seconds(5), _ invoke: @escaping HTTPAPIGateway.Invoke
    ) throws -> HTTPAPIGateway {
        let authorizer = JWTAuthorizer(
            spec: JWTAuthorizerSpec(name: "Jwt", issuer: .string("https://issuer"), audience: []),
            issuer: "https://issuer", audiences: ["c"], store: JWKSStore(jwks: Data(#"{"keys":[]}"#.utf8)))
        let cors = CORSPolicy(
            .map([
                "AllowOrigins": .list([.string("http://localhost:3000")]), "AllowMethods": .list([.string("GET")]),
                "AllowHeaders": .list([.string("authorization")]), "ExposeHeaders": .list([.string("x-request-id")]),
                "MaxAge": .number("600"),
            ]))
        return HTTPAPIGateway(
            routes: routes, authorizers: ["Jwt": authorizer], cors: cors, integrationTimeout: timeout, invoke: invoke)
    }

    static func get(_ path: String, headers: [(name: String, value: String)] = []) -> GatewayRequest {
        GatewayRequest(method: "GET", rawPath: path, headers: headers)
    }

    @Test(
        "function outcomes become API Gateway's answers",
        arguments: [
            (InvocationOutcome.success(Data(#"{"statusCode":418,"body":"tea"}"#.utf8)), 418, "tea"),
            (.success(Data(#"{"a":1}"#.utf8)), 200, #"{"a":1}"#),
            (.success(Data("garbage".utf8)), 502, #"{"message":"Internal Server Error"}"#),
            (.functionError(type: "Unhandled", body: Data()), 502, #"{"message":"Internal Server Error"}"#),
            (.crashed(status: 9), 502, #"{"message":"Internal Server Error"}"#),
            (.timedOut(seconds: 1), 502, #"{"message":"Internal Server Error"}"#),
            (.initFailed(type: "Runtime.ExitError", body: Data()), 502, #"{"message":"Internal Server Error"}"#),
        ])
    func outcomes(outcome: InvocationOutcome, status: Int, body: String) async throws {
        let response = try await Self.gateway { _, _ in outcome }.handle(Self.get("/open"))
        #expect(response.status == status)
        #expect(String(decoding: response.body, as: UTF8.self) == body)
        #expect(response.header("apigw-requestid")?.count == 16)
    }

    @Test("no route is 404 Not Found, and the function is not called")
    func notFound() async throws {
        let calls = Recorder()
        let gateway = try Self.gateway { function, _ in
            calls.append(function)
            return .success(Data("{}".utf8))
        }
        for request in [Self.get("/nowhere"), GatewayRequest(method: "POST", rawPath: "/open")] {
            let response = await gateway.handle(request)
            #expect(response.status == 404)
            #expect(String(decoding: response.body, as: UTF8.self) == #"{"message":"Not Found"}"#)
        }
        #expect(calls.values.isEmpty)
    }

    @Test("a protected route without a valid token is 401 Unauthorized; the function is not called")
    func unauthorized() async throws {
        let calls = Recorder()
        let gateway = try Self.gateway { function, _ in
            calls.append(function)
            return .success(Data("{}".utf8))
        }
        for headers in [[], [("Authorization", "Bearer x.y.z")]] as [[(name: String, value: String)]] {
            let response = await gateway.handle(Self.get("/closed", headers: headers))
            #expect(response.status == 401)
            #expect(String(decoding: response.body, as: UTF8.self) == #"{"message":"Unauthorized"}"#)
            #expect(response.header("www-authenticate")?.hasPrefix("Bearer") == true)
        }
        #expect(await gateway.handle(Self.get("/ghost")).status == 500)
        #expect(calls.values.isEmpty)
    }

    @Test("past the integration timeout the answer is 503 Service Unavailable")
    func integrationTimeout() async throws {
        let gateway = try Self.gateway(timeout: .milliseconds(50)) { _, _ in
            try? await Task.sleep(for: .seconds(20))
            return .success(Data("{}".utf8))
        }
        let response = await gateway.handle(Self.get("/open"))
        #expect(response.status == 503)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"message":"Service Unavailable"}"#)
    }

    @Test("CORS: preflight answered by the gateway, allowed origins echoed, others not")
    func cors() async throws {
        let gateway = try Self.gateway { _, _ in .success(Data("{}".utf8)) }
        let preflight = await gateway.handle(
            GatewayRequest(
                method: "OPTIONS", rawPath: "/closed",
                headers: [("Origin", "http://localhost:3000"), ("Access-Control-Request-Method", "GET")]))
        #expect(preflight.status == 204)
        #expect(preflight.header("access-control-allow-origin") == "http://localhost:3000")
        #expect(preflight.header("access-control-allow-headers") == "authorization")
        #expect(preflight.header("access-control-max-age") == "600")
        let allowed = await gateway.handle(Self.get("/open", headers: [("Origin", "http://localhost:3000")]))
        #expect(allowed.header("access-control-allow-origin") == "http://localhost:3000")
        #expect(allowed.header("access-control-expose-headers") == "x-request-id")
        let other = await gateway.handle(Self.get("/open", headers: [("Origin", "http://evil.example")]))
        #expect(other.header("access-control-allow-origin") == nil)
    }
}
