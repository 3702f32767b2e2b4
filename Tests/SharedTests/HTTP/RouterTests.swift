import Foundation
import Runtime
import Testing

@testable import Shared

struct NewCourse: Codable, Validatable {
    var title: String
    var exam: String

    func validate() -> [FieldError] {
        var check = Validator()
        check.length(title, "title", min: 3, max: 120)
        check.require(["CLF-C02", "SAA-C03"].contains(exam), "exam", "must be an exam of the catalog")
        return check.errors
    }
}

struct Boom: Error, CustomStringConvertible {
    var description: String { "ConditionalCheckFailedException: secret internal table name Users-prod" }
}

/// A router shaped like CourseFn's, for the HTTP layer's tests.
func sampleRouter() -> Router {
    var router = Router()
    router.get("/api/v1/health", access: .public) { _, _ in try .json(["status": "ok"]) }
    router.get("/api/v1/courses", access: .public) { request, _ in
        let level: Int? = try request.queryParameter("level", as: Int.self)
        return try .json([
            "level": level.map(String.init) ?? "any", "tags": (request.query["tag"] ?? []).joined(separator: "|"),
        ])
    }
    router.get("/api/v1/courses/{id}") { request, _ in
        let id: String = try request.pathParameter("id")
        return try .json(["id": id, "caller": request.principal?.userID ?? ""])
    }
    router.post("/api/v1/courses", access: .admin, bodyLimit: 64) { request, _ in
        let course = try request.decode(NewCourse.self)
        return try .json(course, status: 201)
    }
    router.get("/api/v1/boom", access: .public) { _, _ in throw Boom() }
    router.post("/api/v1/echo-bytes", access: .public) { request, _ in
        APIResponse(status: 200, headers: ["content-type": "application/octet-stream"], body: request.body)
    }
    return router
}

@Suite("Router and API Gateway payloads")
struct RouterTests {
    let app = FunctionApp(router: sampleRouter())

    func invoke(_ fixture: String) async throws -> APIGatewayV2Response {
        let output = try await app.handle(try Fixture.data(fixture), context: testContext())
        return try JSONDecoder().decode(APIGatewayV2Response.self, from: output)
    }

    func problem(_ response: APIGatewayV2Response) throws -> ProblemDetails {
        #expect(response.headers?["content-type"] == "application/problem+json")
        return try JSONDecoder().decode(ProblemDetails.self, from: Data((response.body ?? "").utf8))
    }

    @Test("payload 2.0: path parameter, principal from the JWT claims, x-request-id echoed")
    func v2Route() async throws {
        let response = try await invoke("events/apigw-http/get-course-learner.json")
        #expect(response.statusCode == 200)
        #expect(response.headers?["x-request-id"] == "req-get-course-learner")
        let body = try JSONDecoder().decode([String: String].self, from: Data(response.body!.utf8))
        #expect(body == ["id": "saa-d1-secure-architectures", "caller": "3f1c2a9e-0b7d-4c55-9f0e-6a1d2b3c4d5e"])
    }

    @Test("payload 1.0 from a REST API with Cognito claims is answered in the 1.0 shape")
    func v1Route() async throws {
        let output = try await app.handle(
            try Fixture.data("events/apigw-rest/get-course-learner.json"), context: testContext())
        let response = try JSONDecoder().decode(APIGatewayV1Response.self, from: output)
        #expect(response.statusCode == 200)
        #expect(response.headers?["x-request-id"] == "req-v1-get-course")
        #expect(response.body?.contains("3f1c2a9e-0b7d-4c55-9f0e-6a1d2b3c4d5e") == true)
    }

    @Test("sam's own generated events decode (health, both payload versions)")
    func generatedEvents() async throws {
        let v2 = try await invoke("events/apigw-http/get-health.json")
        #expect(v2.statusCode == 200)
        #expect(v2.body == #"{"status":"ok"}"#)
        let v1Output = try await app.handle(
            try Fixture.data("events/apigw-rest/get-health.json"), context: testContext())
        #expect(try JSONDecoder().decode(APIGatewayV1Response.self, from: v1Output).statusCode == 200)
    }

    @Test("401 without a principal on a protected route")
    func unauthorized() async throws {
        let response = try await invoke("events/apigw-http/get-course-anonymous.json")
        #expect(response.statusCode == 401)
        let problem = try problem(response)
        #expect(problem.status == 401)
        #expect(problem.type.hasSuffix("/unauthorized"))
        #expect(problem.requestId == "req-get-course-anonymous")
        #expect(problem.instance == "/api/v1/courses/saa-d1-secure-architectures")
    }

    @Test("403 for a learner on an admin route, 201 for an admin")
    func adminOnly() async throws {
        let forbidden = try await invoke("events/apigw-http/post-course-learner.json")
        #expect(forbidden.statusCode == 403)
        #expect(try problem(forbidden).detail.contains("administrators"))
        let created = try await invoke("events/apigw-http/post-course-admin.json")
        #expect(created.statusCode == 201)
    }

    @Test("404 problem+json for an unknown path")
    func notFound() async throws {
        let response = try await invoke("events/apigw-http/get-unknown-path.json")
        #expect(response.statusCode == 404)
        #expect(try problem(response).detail == "No route matches GET /api/v1/nowhere.")
    }

    @Test("405 with Allow for a known path and a wrong method")
    func methodNotAllowed() async throws {
        let response = try await invoke("events/apigw-http/delete-courses-collection.json")
        #expect(response.statusCode == 405)
        #expect(response.headers?["Allow"] == "GET, POST, HEAD")
        #expect(try problem(response).status == 405)
    }

    @Test("400 naming the problem for malformed JSON")
    func malformedJSON() async throws {
        let response = try await invoke("events/apigw-http/post-course-malformed.json")
        #expect(response.statusCode == 400)
        #expect(try problem(response).detail == "The request body is not valid JSON.")
    }

    func adminRequest(body: String, path: String = "/api/v1/courses", method: String = "POST") -> APIRequest {
        APIRequest(
            method: method, path: path, headers: ["Content-Type": "application/json"], body: Data(body.utf8),
            requestID: "r-1", principal: Principal(userID: "admin-1", groups: ["admin"]))
    }

    @Test(
        "400 for a missing field or a wrong type, naming the field",
        arguments: [
            (#"{"exam":"CLF-C02"}"#, "The required field 'title' is missing."),
            (#"{"title":5,"exam":"CLF-C02"}"#, "The field 'title' has the wrong type."),
            ("[]", "The field the body has the wrong type."),
        ])
    func badFields(body: String, detail: String) async throws {
        let response = await sampleRouter().respond(to: adminRequest(body: body), context: testContext())
        #expect(response.status == 400)
        #expect(try decodeProblem(response).detail == detail)
    }

    @Test("422 lists every failing field")
    func validation() async throws {
        let response = await sampleRouter().respond(
            to: adminRequest(body: #"{"title":"x","exam":"AZ-900"}"#), context: testContext())
        #expect(response.status == 422)
        let problem = try decodeProblem(response)
        #expect(problem.errors?.map(\.field) == ["title", "exam"])
        #expect(problem.detail == "Validation failed for: title, exam.")
    }

    @Test("413 past the route's body limit, before the handler runs")
    func tooLarge() async throws {
        let body = #"{"title":"\#(String(repeating: "a", count: 100))","exam":"CLF-C02"}"#
        let response = await sampleRouter().respond(to: adminRequest(body: body), context: testContext())
        #expect(response.status == 413)
        #expect(try decodeProblem(response).detail.contains("at most 64"))
    }

    @Test("500 with a generic detail; the real error only in the log")
    func unexpectedError() async throws {
        let log = CapturedLog()
        let request = APIRequest(method: "GET", path: "/api/v1/boom", requestID: "r-500")
        let response = await sampleRouter().respond(to: request, context: testContext(log: log))
        #expect(response.status == 500)
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(!text.contains("Users-prod"))
        #expect(!text.contains("ConditionalCheckFailed"))
        #expect(try decodeProblem(response).requestId == "r-500")
        #expect(log.text.contains("Users-prod"))
        #expect(response.headers["x-request-id"] == "r-500")
    }

    @Test("typed query parameters: every value kept, a bad number is a 400")
    func query() async throws {
        let ok = APIRequest(
            method: "GET", path: "/api/v1/courses", query: APIRequest.parseQuery("level=2&tag=s3&tag=iam%20roles"),
            requestID: "r")
        let okResponse = await sampleRouter().respond(to: ok, context: testContext())
        #expect(String(decoding: okResponse.body, as: UTF8.self) == #"{"level":"2","tags":"s3|iam roles"}"#)
        let bad = APIRequest(method: "GET", path: "/api/v1/courses", query: ["level": ["two"]], requestID: "r")
        let badResponse = await sampleRouter().respond(to: bad, context: testContext())
        #expect(badResponse.status == 400)
        #expect(try decodeProblem(badResponse).detail == "Query parameter 'level' has an invalid value 'two'.")
    }

    @Test("a base64 request body is decoded and a binary response is base64-encoded")
    func binaryBodies() async throws {
        var event =
            try JSONSerialization.jsonObject(with: try Fixture.data("events/apigw-http/get-health.json"))
            as! [String: Any]
        event["rawPath"] = "/api/v1/echo-bytes"
        var context = event["requestContext"] as! [String: Any]
        var http = context["http"] as! [String: Any]
        http["method"] = "POST"
        context["http"] = http
        event["requestContext"] = context
        event["body"] = Data([0, 1, 2, 255]).base64EncodedString()
        event["isBase64Encoded"] = true
        let output = try await app.handle(try JSONSerialization.data(withJSONObject: event), context: testContext())
        let response = try JSONDecoder().decode(APIGatewayV2Response.self, from: output)
        #expect(response.isBase64Encoded == true)
        #expect(Data(base64Encoded: response.body ?? "") == Data([0, 1, 2, 255]))
    }

    @Test("cookies and multi-value headers reach the request")
    func cookiesAndHeaders() throws {
        let event = try JSONDecoder().decode(
            APIGatewayV2Request.self, from: try Fixture.data("events/apigw-http/get-health.json"))
        let request = try APIRequest(event)
        #expect(request.cookies == ["cookie1", "cookie2"])
        #expect(request.header("header2") == "value1,value2")
        #expect(request.query["parameter1"] == ["value1", "value2"])
        #expect(request.body == Data(#"{"test":"body"}"#.utf8))
    }
}
