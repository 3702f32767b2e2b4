import Foundation
import Testing

@testable import Shared

@Suite("Event dispatch")
struct FunctionEventTests {
    @Test("each fixture is classified as what it is")
    func classify() throws {
        if case .httpV2 = try FunctionEvent.classify(try Fixture.data("events/apigw-http/get-health.json")) {
        } else {
            Issue.record("HTTP API event not recognised")
        }
        if case .httpV1 = try FunctionEvent.classify(try Fixture.data("events/apigw-rest/get-health.json")) {
        } else {
            Issue.record("REST API event not recognised")
        }
        guard
            case .domainEvent(let event) = try FunctionEvent.classify(
                try Fixture.data("events/eventbridge/assessment-submitted.json"))
        else {
            Issue.record("EventBridge event not recognised")
            return
        }
        #expect(event.detailType == "AssessmentSubmitted")
        struct Detail: Decodable {
            var eventId: String
            var score: Double
        }
        #expect(try event.decodeDetail(Detail.self).score == 0.82)
        guard
            case .schedule(let input) = try FunctionEvent.classify(
                try Fixture.data("events/schedule/daily-streak.json"))
        else {
            Issue.record("schedule input not recognised")
            return
        }
        #expect(input.job == "daily-streak")
        #expect(input.executionId == "c0ffee00-1234-4abc-9def-000000000001")
    }

    @Test(
        "garbage is refused with a reason",
        arguments: ["", "[]", "42", #"{"hello":"world"}"#, #"{"version":"2.0","routeKey":"x"}"#])
    func unrecognised(payload: String) {
        #expect(throws: UnrecognizedEvent.self) { try FunctionEvent.classify(Data(payload.utf8)) }
    }

    @Test("domain events go to their consumer and schedules to their job; an unknown job fails the invocation")
    func dispatch() async throws {
        let seen = CapturedLog()
        var app = FunctionApp()
        app.on("AssessmentSubmitted") { event, _ in seen.lines.withLock { $0.append("event \(event.id)") } }
        app.schedule("daily-streak") { input, _ in seen.lines.withLock { $0.append("job \(input.job)") } }
        _ = try await app.handle(
            try Fixture.data("events/eventbridge/assessment-submitted.json"), context: testContext())
        _ = try await app.handle(try Fixture.data("events/schedule/daily-streak.json"), context: testContext())
        #expect(seen.lines.withLock { $0 } == ["event 6a7e8feb-b491-4cf7-a9f1-bf3703467718", "job daily-streak"])
        await #expect(throws: UnrecognizedEvent.self) {
            _ = try await app.handle(Data(#"{"job":"weekly-league"}"#.utf8), context: testContext())
        }
    }

    @Test("problem documents carry extension members at the top level")
    func problemExtensions() throws {
        let error = APIError.forbidden("Master saa-iam-basics first.", extensions: ["lessonId": "saa-iam-basics"])
        let problem = ProblemDetails(error: error, instance: "/api/v1/lessons/x", requestID: "r")
        let json = String(decoding: try JSONCoding.encoder.encode(problem), as: UTF8.self)
        #expect(json.contains(#""lessonId":"saa-iam-basics""#))
        #expect(try JSONDecoder().decode(ProblemDetails.self, from: Data(json.utf8)) == problem)
    }

    @Test(
        "percent-decoding refuses malformed escapes",
        arguments: [("a%20b", "a b"), ("%E2%9C%93", "✓"), ("100%", nil), ("%zz", nil), ("%FF", nil)])
    func percentDecoding(input: String, expected: String?) {
        #expect(input.percentDecoded() == expected)
    }
}
