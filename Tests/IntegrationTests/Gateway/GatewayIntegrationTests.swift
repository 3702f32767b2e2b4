import Foundation
import LocalGatewayCore
import Runtime
import Shared
import TestSupport
import Testing

/// The real stack: moto_server provisioned from Tests/Fixtures/templates/gateway.yaml, LocalGateway in-process, and
/// the GatewayProbe executable behind it. Serialized: the crash test reads which process served what.
@Suite(
    "LocalGateway against moto and real processes", .serialized,
    .enabled(if: MotoServer.isInstalled, "moto_server is not installed (pip install 'moto[server]')"))
struct GatewayIntegrationTests {
    static func json(_ data: Data) -> [String: Any] {
        ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:]
    }

    /// The event the probe echoed back.
    static func echoed(_ response: HTTPResponse) -> [String: Any] { json(response.body) }

    @Test("a public route: the payload 2.0 event, the environment from the template, the mapped response")
    func publicRoute() async throws {
        let stack = try await GatewayStack.probeStack()
        let response = try await stack.send(
            "GET", "/probe/public/echo?x=1&x=2", headers: ["X-Test": "yes", "Cookie": "session=abc; theme=dark"])
        #expect(response.status == 200)
        #expect(response.headers["x-probe"] == "yes")
        #expect(response.headers["set-cookie"] == "probe=1; Path=/")
        #expect(response.headers["apigw-requestid"] != nil)
        let event = Self.echoed(response)
        #expect(event["routeKey"] as? String == "GET /probe/public/echo")
        #expect(event["queryStringParameters"] as? [String: String] == ["x": "1,2"])
        #expect(event["cookies"] as? [String] == ["session=abc", "theme=dark"])
        #expect((event["headers"] as? [String: String])?["x-test"] == "yes")
        #expect((event["requestContext"] as? [String: Any])?["authorizer"] == nil)

        let environment = Self.json(try await stack.send("GET", "/probe/env").body)
        #expect(environment["PROBE_TAG"] as? String == "probe-eu-west-2")
        #expect(environment["PROBE_TABLE"] as? String == stack.resources.refs["ProbeTable"])
        #expect(environment["EVENT_BUS_NAME"] as? String == "\(stack.naming.stackName)-events")
        #expect((environment["POOL_ARN"] as? String)?.hasSuffix("userpool/\(stack.userPoolId)") == true)
        #expect(environment["AWS_ENDPOINT_URL"] as? String == stack.moto.endpoint)
        #expect(environment["AWS_ENDPOINT_URL_EVENTBRIDGE"] as? String == stack.backend.url)
        #expect(environment["AWS_LAMBDA_FUNCTION_NAME"] as? String == "FrontFunction")
    }

    @Test("a protected route with Cognito's id and access tokens: claims reach the function")
    func protectedRoute() async throws {
        let stack = try await GatewayStack.probeStack()
        let tokens = try await stack.tokens()
        let response = try await stack.send(
            "GET", "/probe/private/echo", headers: ["Authorization": "Bearer \(tokens.idToken ?? "")"])
        #expect(response.status == 200)
        let context = Self.echoed(response)["requestContext"] as? [String: Any]
        let claims =
            ((context?["authorizer"] as? [String: Any])?["jwt"] as? [String: Any])?["claims"] as? [String: String]
        #expect(claims?["email"] == DemoUsers.administrator.email)
        #expect(claims?["cognito:groups"] == "[admin]")
        #expect(claims?["token_use"] == "id")
        #expect(claims?["iss"] == stack.issuer)
        let access = try await stack.send(
            "GET", "/probe/private/echo", headers: ["Authorization": tokens.accessToken ?? ""])
        #expect(access.status == 200)
    }

    @Test(
        "a protected route refuses: no token, an expired token, another key's token, the wrong audience",
        arguments: ["none", "expired", "otherKey", "audience", "issuer"])
    func refused(kind: String) async throws {
        let stack = try await GatewayStack.probeStack()
        let now = Int(Date().timeIntervalSince1970)
        var claims: [String: JSONLooseValue] = [
            "sub": .string("u1"), "iss": .string(stack.issuer), "aud": .string(stack.clientId),
            "token_use": .string("id"), "iat": .number(Double(now - 60)), "exp": .number(Double(now + 600)),
        ]
        var token: String?
        switch kind {
        case "expired":
            claims["iat"] = .number(Double(now - 7200))
            claims["exp"] = .number(Double(now - 3600))
            token = try await MotoSigningKey.sign(claims)
        case "audience":
            claims["aud"] = .string("another-client")
            token = try await MotoSigningKey.sign(claims)
        case "issuer":
            claims["iss"] = .string(
                "https://cognito-idp.\(stack.naming.region).amazonaws.com/\(stack.naming.region)_other")
            token = try await MotoSigningKey.sign(claims)
        case "otherKey":
            token = try await MotoSigningKey.sign(claims, otherKey: true)
        default:
            token = nil
        }
        var headers = HTTPHeaders()
        if let token { headers.add("Authorization", "Bearer \(token)") }
        let response = try await stack.send("GET", "/probe/private/echo", headers: headers)
        #expect(response.status == 401)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"message":"Unauthorized"}"#)
        #expect(response.headers["www-authenticate"]?.contains("invalid_token") == true)
    }

    @Test("a path with parameters (an ANY route), and a bare JSON body")
    func pathParameters() async throws {
        let stack = try await GatewayStack.probeStack()
        let response = try await stack.send(
            "POST", "/probe/items/abc%20d/parts/7", headers: ["Content-Type": "application/json"],
            body: Data(#"{"n":1}"#.utf8))
        #expect(response.status == 200)
        let event = Self.echoed(response)
        #expect(event["routeKey"] as? String == "ANY /probe/items/{id}/parts/{part}")
        #expect(event["pathParameters"] as? [String: String] == ["id": "abc d", "part": "7"])
        #expect(event["body"] as? String == #"{"n":1}"#)
        #expect(event["isBase64Encoded"] as? Bool == false)
        let bare = try await stack.send("GET", "/probe/bare")
        #expect(bare.status == 200)
        #expect(bare.headers["content-type"] == "application/json")
        #expect(String(decoding: bare.body, as: UTF8.self) == #"{"bare":true}"#)
    }

    @Test("no route: 404 Not Found, for an unknown path and a known path with another method")
    func notFound() async throws {
        let stack = try await GatewayStack.probeStack()
        for (method, path) in [("GET", "/probe/nowhere"), ("DELETE", "/probe/public/echo"), ("GET", "/")] {
            let response = try await stack.send(method, path)
            #expect(response.status == 404)
            #expect(String(decoding: response.body, as: UTF8.self) == #"{"message":"Not Found"}"#)
        }
    }

    @Test("a function that crashes mid-request: 502, and the next request is served by a new process")
    func crash() async throws {
        let stack = try await GatewayStack.probeStack()
        let before = try #require(Self.json(try await stack.send("GET", "/probe/pid").body)["pid"] as? Int)
        let crashed = try await stack.send("GET", "/probe/crash")
        #expect(crashed.status == 502)
        #expect(String(decoding: crashed.body, as: UTF8.self) == #"{"message":"Internal Server Error"}"#)
        let after = try #require(Self.json(try await stack.send("GET", "/probe/pid").body)["pid"] as? Int)
        #expect(after != before)
        #expect(kill(pid_t(before), 0) != 0, "the crashed process is gone")
    }

    @Test("a timeout, a function error and a malformed response are 502; the function keeps serving")
    func failures() async throws {
        let stack = try await GatewayStack.probeStack()
        let started = ContinuousClock.now
        let slept = try await stack.send("GET", "/probe/sleep")
        #expect(slept.status == 502)
        #expect(ContinuousClock.now - started < .seconds(30), "the template's Timeout is 1 s; the function sleeps 60 s")
        for path in ["/probe/error", "/probe/malformed"] {
            let response = try await stack.send("GET", path)
            #expect(response.status == 502)
            #expect(String(decoding: response.body, as: UTF8.self) == #"{"message":"Internal Server Error"}"#)
        }
        #expect(try await stack.send("GET", "/probe/cheap").status == 200)
    }

    @Test("an event published by one function reaches another through the template's rule")
    func eventDelivered() async throws {
        let stack = try await GatewayStack.probeStack()
        let marker = UUID().uuidString
        let response = try await stack.send("POST", "/probe/publish?marker=\(marker)")
        #expect(response.status == 200)
        #expect((Self.json(response.body)["eventIds"] as? [String])?.count == 1)
        let item = try await stack.probeItem("event#\(marker)")
        #expect(item?["detailType"] == .s("ProbeEvent"))
        #expect(item?["source"] == .s("cloudmentor.probe"))
    }

    @Test("an event whose target keeps failing is retried, then dead-lettered")
    func eventDeadLettered() async throws {
        let stack = try await GatewayStack.probeStack()
        let marker = UUID().uuidString
        #expect(try await stack.send("POST", "/probe/publish?marker=\(marker)&fail=1&type=ProbeFailure").status == 200)
        await stack.backend.invoker.waitUntilIdle()
        let letters = await stack.backend.invoker.deadLetters.filter { $0.source == "rule/ProbeEvents" }
        #expect(letters.last?.function == "BackFunction")
        #expect(letters.last?.attempts == 2, "MaximumRetryAttempts: 1 in the template")
        let listed =
            Self.json(try await stack.send("GET", "/_local/dead-letters").body)["deadLetters"] as? [[String: Any]]
        #expect(listed?.isEmpty == false)
        #expect(try await stack.probeItem("event#\(marker)", limit: .milliseconds(100)) == nil)
    }

    @Test("a schedule fired on request runs its function with the template's Input")
    func scheduleFired() async throws {
        let stack = try await GatewayStack.probeStack()
        let response = try await stack.send("POST", "/_local/schedules/Nightly")
        #expect(response.status == 200)
        let outcome = Self.json(response.body)
        #expect(outcome["status"] as? String == "Succeeded")
        #expect(outcome["function"] as? String == "BackFunction")
        let item = try #require(try await stack.probeItem("schedule#nightly"))
        #expect(item["executionId"] == .s(outcome["executionId"] as? String ?? ""))
        #expect(item["attempt"] == .s("1"))
        if case .s(let time)? = item["scheduledTime"] { #expect(time.hasSuffix("Z")) } else { Issue.record("no time") }
        #expect(try await stack.send("POST", "/_local/schedules/Nope").status == 404)
        let list = Self.json(try await stack.send("GET", "/_local/schedules").body)["schedules"] as? [[String: String]]
        #expect(list?.map { $0["name"] } == ["Nightly"])
    }

    @Test("PutEvents signed with the wrong secret is refused by the gateway")
    func badSignature() async throws {
        let stack = try await GatewayStack.probeStack()
        let client = AWSClient(
            transport: stack.transport,
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "testing", secretAccessKey: "wrong")))
        let events = EventBridgeClient(client: client, region: stack.naming.region, endpoint: stack.backend.url)
        await #expect {
            _ = try await events.putEventsCall([EventBridgeEntry(source: "s", detailType: "d", detail: "{}")])
        } throws: { error in
            (error as? AWSError)?.code.rawValue == "InvalidSignatureException"
        }
    }

    @Test("a burst of 200 concurrent requests completes with no error")
    func burst() async throws {
        let stack = try await GatewayStack.probeStack()
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<200 { group.addTask { try await stack.send("GET", "/probe/cheap").status } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.count == 200)
        #expect(statuses.allSatisfy { $0 == 200 })
    }
}

/// template.yaml itself, with the real AuthFn binary.
@Suite(
    "LocalGateway serving template.yaml", .serialized,
    .enabled(if: MotoServer.isInstalled, "moto_server is not installed (pip install 'moto[server]')"))
struct TemplateGatewayTests {
    @Test("the public health route answers through AuthFn; a protected route wants a token")
    func health() async throws {
        let stack = try await GatewayStack.realStack()
        let health = try await stack.send("GET", "/api/v1/health")
        #expect(health.status == 200)
        #expect(String(decoding: health.body, as: UTF8.self).contains(#""status":"ok""#))
        #expect(try await stack.send("GET", "/api/v1/users/me").status == 401)
        let token = try await stack.tokens(DemoUsers.learner).idToken ?? ""
        let me = try await stack.send("GET", "/api/v1/users/me", headers: ["Authorization": "Bearer \(token)"])
        #expect(me.status != 401)
        #expect(try await stack.send("GET", "/api/v1/no-such-route").status == 404)
    }
}
