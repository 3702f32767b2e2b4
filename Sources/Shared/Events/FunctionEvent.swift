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
    /// An HTTP API event, nearly every invocation, is read straight from the bytes (``APIGatewayV2Request``'s
    /// reader). Anything that reader does not take is decoded once with `JSONDecoder`: the shape is read from the
    /// top-level keys and the matching type decoded from the same decoder.
    ///
    /// - Throws: ``UnrecognizedEvent`` when the bytes are no JSON object of a known shape.
    public static func classify(_ data: Data) throws -> FunctionEvent {
        if let request = data.withUnsafeBytes(APIGatewayV2Request.read(json:)) { return .httpV2(request) }
        do {
            return try JSONDecoder().decode(Classified.self, from: data).event
        } catch let error as UnrecognizedEvent {
            throw error
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw UnrecognizedEvent(reason: "the event is not a JSON object")
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw UnrecognizedEvent(reason: "the event is not a JSON object")
        } catch {
            throw UnrecognizedEvent(reason: "the event looks like a known type but does not decode: \(error)")
        }
    }

    private struct Classified: Decodable {
        let event: FunctionEvent

        enum Keys: String, CodingKey {
            case version, routeKey, httpMethod, source, job
            case detailType = "detail-type"
        }

        init(from decoder: any Decoder) throws {
            let keys = try decoder.container(keyedBy: Keys.self)
            if keys.contains(.routeKey), try keys.decodeIfPresent(String.self, forKey: .version) == "2.0" {
                event = .httpV2(try APIGatewayV2Request(from: decoder))
            } else if keys.contains(.httpMethod) {
                event = .httpV1(try APIGatewayV1Request(from: decoder))
            } else if keys.contains(.detailType), keys.contains(.source) {
                event = .domainEvent(try EventBridgeEvent(from: decoder))
            } else if keys.contains(.job) {
                event = .schedule(try ScheduleInput(from: decoder))
            } else {
                throw UnrecognizedEvent(reason: "no known event shape (HTTP API, REST API, EventBridge, schedule)")
            }
        }
    }
}

/// An invocation payload that is none of the shapes a function serves.
public struct UnrecognizedEvent: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { "unrecognized event: \(reason)" }
}
