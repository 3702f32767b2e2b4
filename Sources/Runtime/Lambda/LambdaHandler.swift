#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A function's handler at the byte level: the event's bytes in, the response's bytes out.
///
/// A thrown error is reported to the Runtime API's `/error` endpoint and the runtime goes on to the next event.
/// Errors that conform to ``LambdaReportableError`` choose their own `errorType`.
public protocol LambdaHandler: Sendable {
    func handle(_ event: Data, context: LambdaContext) async throws -> Data
}

/// A handler that works on Codable values; ``CodableHandlerAdapter`` turns it into a ``LambdaHandler``.
public protocol CodableLambdaHandler: Sendable {
    associatedtype Event: Decodable & Sendable
    associatedtype Output: Encodable & Sendable

    func handle(_ event: Event, context: LambdaContext) async throws -> Output
}

/// Decodes the event with a JSON decoder and encodes the output with a JSON encoder around a
/// ``CodableLambdaHandler``. An event that does not decode is reported as `Runtime.InvalidEvent`.
public struct CodableHandlerAdapter<Handler: CodableLambdaHandler>: LambdaHandler {
    public let handler: Handler

    public init(_ handler: Handler) {
        self.handler = handler
    }

    public func handle(_ event: Data, context: LambdaContext) async throws -> Data {
        let decoded: Handler.Event
        do {
            decoded = try JSONDecoder().decode(Handler.Event.self, from: event)
        } catch {
            throw RuntimeError(.invalidEvent, "the event does not decode as \(Handler.Event.self): \(error)")
        }
        return try JSONEncoder().encode(try await handler.handle(decoded, context: context))
    }
}

/// A ``LambdaHandler`` from a closure.
public struct ClosureHandler: LambdaHandler {
    private let body: @Sendable (Data, LambdaContext) async throws -> Data

    public init(_ body: @escaping @Sendable (Data, LambdaContext) async throws -> Data) {
        self.body = body
    }

    public func handle(_ event: Data, context: LambdaContext) async throws -> Data {
        try await body(event, context)
    }
}

/// An error that names the `errorType` reported to Lambda (`Category.Reason` recommended).
public protocol LambdaReportableError: Error {
    var errorType: String { get }
}
