#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What invoked a function: one function serves HTTP routes, consumes domain events and runs scheduled jobs, and
/// tells them apart by the event's shape.
public enum FunctionEvent: Sendable {
    case httpV2(APIGatewayV2Request)
    case httpV1(APIGatewayV1Request)
    case domainEvent(EventBridgeEvent)
    case schedule(ScheduleInput)

    /// Classifies raw event bytes.
    ///
    /// - Throws: ``UnrecognizedEvent`` when the bytes are no JSON object of a known shape.
    public static func classify(_ data: Data) throws -> FunctionEvent {
        struct Probe: Decodable {
            var version: String?
            var routeKey: String?
            var httpMethod: String?
            var source: String?
            var detailType: String?
            var job: String?

            enum CodingKeys: String, CodingKey {
                case version, routeKey, httpMethod, source, job
                case detailType = "detail-type"
            }
        }
        let decoder = JSONDecoder()
        let probe: Probe
        do {
            probe = try decoder.decode(Probe.self, from: data)
        } catch {
            throw UnrecognizedEvent(reason: "the event is not a JSON object")
        }
        do {
            if probe.routeKey != nil, probe.version == "2.0" {
                return .httpV2(try decoder.decode(APIGatewayV2Request.self, from: data))
            }
            if probe.httpMethod != nil {
                return .httpV1(try decoder.decode(APIGatewayV1Request.self, from: data))
            }
            if probe.detailType != nil, probe.source != nil {
                return .domainEvent(try decoder.decode(EventBridgeEvent.self, from: data))
            }
            if probe.job != nil {
                return .schedule(try decoder.decode(ScheduleInput.self, from: data))
            }
        } catch {
            throw UnrecognizedEvent(reason: "the event looks like a known type but does not decode: \(error)")
        }
        throw UnrecognizedEvent(reason: "no known event shape (HTTP API, REST API, EventBridge, schedule)")
    }
}

/// An invocation payload that is none of the shapes a function serves.
public struct UnrecognizedEvent: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { "unrecognized event: \(reason)" }
}
