import Foundation
import Shared
import Testing

@testable import LocalGatewayCore

@Suite("Local EventBridge")
struct EventBridgeTests {
    static func bus(invoker: AsyncInvoker) throws -> LocalEventBus {
        let pattern = try EventPattern(
            JSONDecoder().decode(
                JSONLooseValue.self,
                from: Data(#"{"source":[{"prefix":"cloudmentor."}],"detail-type":["LessonMastered"]}"#.utf8)))
        let rules = [
            LocalEventBus.Rule(
                spec: RuleSpec(name: "Mastery", function: "Gamification", eventBus: nil, pattern: .null), bus: "app",
                pattern: pattern, retries: 2),
            LocalEventBus.Rule(
                spec: RuleSpec(name: "Copy", function: "Notification", eventBus: nil, pattern: .null), bus: "app",
                pattern: pattern, retries: 0),
        ]
        return LocalEventBus(rules: rules, buses: ["app"], region: "us-east-1", accountId: "123", invoker: invoker)
    }

    static func putEvents(_ entries: String) -> GatewayRequest {
        GatewayRequest(
            method: "POST", rawPath: "/", headers: [("X-Amz-Target", "AWSEvents.PutEvents")],
            body: Data(#"{"Entries":\#(entries)}"#.utf8))
    }

    @Test("a matching event reaches every matching rule's function in EventBridge's envelope")
    func delivered() async throws {
        let calls = Recorder()
        let invoker = AsyncInvoker(retryDelay: .milliseconds(1)) { function, event in
            calls.append(function + " " + String(decoding: event, as: UTF8.self))
            return .success(Data())
        }
        let api = EventBridgeAPI(bus: try Self.bus(invoker: invoker), verifier: nil)
        let response = await api.handle(
            Self.putEvents(
                #"[{"Source":"cloudmentor.progress","DetailType":"LessonMastered","Detail":"{\"eventId\":\"e1\"}","EventBusName":"arn:aws:events:us-east-1:123:event-bus/app"},"#
                    + #"{"Source":"cloudmentor.progress","DetailType":"LessonCompleted","Detail":"{}","EventBusName":"app"}]"#
            ))
        await invoker.waitUntilIdle()
        #expect(response.status == 200)
        let output = try JSONDecoder().decode(EventBridgePutEventsOutput.self, from: response.body)
        #expect(output.failedEntryCount == 0)
        #expect(output.entries?.count == 2)
        #expect(calls.values.map { $0.split(separator: " ")[0] }.sorted() == ["Gamification", "Notification"])
        let event = try #require(calls.values.first.map { Data($0.split(separator: " ", maxSplits: 1)[1].utf8) })
        let decoded = try JSONDecoder().decode(EventBridgeEvent.self, from: event)
        #expect(decoded.id == output.entries?.first?.eventId)
        #expect(decoded.detailType == "LessonMastered")
        #expect(decoded.source == "cloudmentor.progress")
        #expect(decoded.region == "us-east-1")
        #expect(String(decoding: decoded.detail, as: UTF8.self).contains("e1"))
    }

    @Test(
        "bad entries fail one by one, with EventBridge's codes",
        arguments: [
            (#"{"DetailType":"X","Detail":"{}","EventBusName":"app"}"#, "InvalidArgument"),
            (#"{"Source":"s","Detail":"{}","EventBusName":"app"}"#, "InvalidArgument"),
            (#"{"Source":"s","DetailType":"X","Detail":"[1]","EventBusName":"app"}"#, "MalformedDetail"),
            (#"{"Source":"s","DetailType":"X","Detail":"{oops","EventBusName":"app"}"#, "MalformedDetail"),
            (#"{"Source":"s","DetailType":"X","Detail":"{}","EventBusName":"nope"}"#, "ResourceNotFoundException"),
        ])
    func badEntries(entry: String, code: String) async throws {
        let api = EventBridgeAPI(bus: try Self.bus(invoker: AsyncInvoker { _, _ in .success(Data()) }), verifier: nil)
        let response = await api.handle(
            Self.putEvents("[\(entry),{\"Source\":\"s\",\"DetailType\":\"X\",\"Detail\":\"{}\"}]"))
        let output = try JSONDecoder().decode(EventBridgePutEventsOutput.self, from: response.body)
        #expect(output.failedEntryCount == 1)
        #expect(output.entries?.first?.errorCode == code)
        #expect(output.entries?.last?.eventId != nil)
    }

    @Test(
        "whole calls are refused: too many entries, no entries, a body that is no input, another operation",
        arguments: [
            (
                "["
                    + Array(repeating: #"{"Source":"s","DetailType":"X","Detail":"{}"}"#, count: 11).joined(
                        separator: ",") + "]",
                "AWSEvents.PutEvents", "ValidationException"
            ),
            ("[]", "AWSEvents.PutEvents", "ValidationException"),
            ("7", "AWSEvents.PutEvents", "SerializationException"),
            ("[]", "AWSEvents.PutRule", "UnknownOperationException"),
        ])
    func refusedCalls(entries: String, target: String, code: String) async throws {
        let api = EventBridgeAPI(bus: try Self.bus(invoker: AsyncInvoker { _, _ in .success(Data()) }), verifier: nil)
        var request = Self.putEvents(entries)
        request.headers = [("X-Amz-Target", target)]
        let response = await api.handle(request)
        #expect(response.status == 400)
        #expect(response.header("x-amzn-errortype") == code)
    }

    @Test("an unsigned call is refused when signatures are checked")
    func unsigned() async throws {
        let api = EventBridgeAPI(
            bus: try Self.bus(invoker: AsyncInvoker { _, _ in .success(Data()) }),
            verifier: SigV4Verifier(secrets: ["testing": "testing"], service: "events"))
        let response = await api.handle(Self.putEvents("[]"))
        #expect(response.status == 400)
        #expect(response.header("x-amzn-errortype") == "MissingAuthenticationTokenException")
    }

    @Test("a failing target is retried, then dead-lettered to memory and the log file")
    func retriesAndDeadLetters() async throws {
        let calls = Recorder()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dead-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        let invoker = AsyncInvoker(retryDelay: .milliseconds(1), deadLetterPath: file.path) { function, _ in
            calls.append(function)
            return calls.values.count == 1 ? .crashed(status: 1) : .functionError(type: "Nope", body: Data())
        }
        await invoker.deliver(function: "Broken", source: "rule/R", id: "e1", retries: 2) { _ in Data("{}".utf8) }
        await invoker.waitUntilIdle()
        #expect(calls.values == ["Broken", "Broken", "Broken"])
        let letters = await invoker.deadLetters
        #expect(letters.map(\.attempts) == [3])
        #expect(letters.first?.errorType == "Nope")
        let line = try String(contentsOf: file, encoding: .utf8)
        #expect(line.contains(#""function":"Broken""#))
        #expect(line.contains(#""source":"rule/R""#))
    }

    @Test("a target that recovers is not dead-lettered, and the attempt number reaches the event")
    func recovers() async throws {
        let attempts = Recorder()
        let invoker = AsyncInvoker(retryDelay: .milliseconds(1)) { _, event in
            attempts.append(String(decoding: event, as: UTF8.self))
            return attempts.values.count < 3 ? .timedOut(seconds: 1) : .success(Data())
        }
        await invoker.deliver(function: "F", source: "schedule/S", id: "x", retries: 5) { Data("\($0)".utf8) }
        await invoker.waitUntilIdle()
        #expect(attempts.values == ["1", "2", "3"])
        #expect(await invoker.deadLetters.isEmpty)
        #expect(await invoker.deliveries.map(\.attempts) == [3])
    }
}
