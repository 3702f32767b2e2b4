import Foundation
import Shared

/// The EventBridge API the gateway serves to the functions (`AWS_ENDPOINT_URL_EVENTBRIDGE`): `PutEvents` over AWS
/// JSON 1.1 (`X-Amz-Target: AWSEvents.PutEvents`), signed with SigV4. Other operations answer
/// `UnknownOperationException`.
public struct EventBridgeAPI: Sendable {
    public let bus: LocalEventBus
    /// `nil` accepts any request, signed or not.
    public let verifier: SigV4Verifier?

    public init(bus: LocalEventBus, verifier: SigV4Verifier?) {
        self.bus = bus
        self.verifier = verifier
    }

    /// Whether `request` is for this API (an `AWSEvents.*` target).
    public static func accepts(_ request: GatewayRequest) -> Bool {
        request.method == "POST" && (request.header("x-amz-target")?.hasPrefix("AWSEvents.") ?? false)
    }

    /// Handles one call.
    public func handle(_ request: GatewayRequest) async -> GatewayResponse {
        if let verifier {
            do {
                try verifier.verify(request)
            } catch {
                return Self.error(400, error.code, error.message)
            }
        }
        guard request.header("x-amz-target") == "AWSEvents.PutEvents" else {
            return Self.error(400, "UnknownOperationException", "The operation is not supported locally.")
        }
        struct Input: Decodable {
            struct Entry: Decodable {
                var source: String?
                var detailType: String?
                var detail: String?
                var eventBusName: String?
                var resources: [String]?
                enum CodingKeys: String, CodingKey {
                    case source = "Source"
                    case detailType = "DetailType"
                    case detail = "Detail"
                    case eventBusName = "EventBusName"
                    case resources = "Resources"
                }
            }

            var entries: [Entry]
            enum CodingKeys: String, CodingKey { case entries = "Entries" }
        }
        guard let input = try? JSONDecoder().decode(Input.self, from: request.body) else {
            return Self.error(400, "SerializationException", "The request body is not a PutEvents input.")
        }
        guard (1...EventBridgeClient.maxEntriesPerCall).contains(input.entries.count) else {
            return Self.error(
                400, "ValidationException",
                "1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have "
                    + "length between 1 and 10")
        }
        var results: [EventBridgeResultEntry] = []
        for entry in input.entries {
            results.append(
                await bus.put(
                    EventBridgeEntry(
                        source: entry.source ?? "", detailType: entry.detailType ?? "", detail: entry.detail ?? "",
                        eventBusName: entry.eventBusName, resources: entry.resources)))
        }
        struct Output: Encodable {
            var failedEntryCount: Int
            var entries: [EventBridgeResultEntry]
            enum CodingKeys: String, CodingKey {
                case failedEntryCount = "FailedEntryCount"
                case entries = "Entries"
            }
        }
        let output = Output(failedEntryCount: results.filter { $0.errorCode != nil }.count, entries: results)
        return GatewayResponse(
            status: 200, headers: [("content-type", "application/x-amz-json-1.1")],
            body: (try? JSONEncoder().encode(output)) ?? Data())
    }

    static func error(_ status: Int, _ code: String, _ message: String) -> GatewayResponse {
        let body = (try? JSONEncoder().encode(["__type": code, "message": message])) ?? Data()
        return GatewayResponse(
            status: status, headers: [("content-type", "application/x-amz-json-1.1"), ("x-amzn-errortype", code)],
            body: body)
    }
}
