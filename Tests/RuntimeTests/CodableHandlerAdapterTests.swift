import Foundation
import Logging
import Testing

@testable import Runtime

/// The runtime's Codable convenience: JSON in, the handler's value out as JSON, and an event of the wrong shape
/// reported as `Runtime.InvalidEvent` before the handler runs.
@Suite("Codable handler adapter")
struct CodableHandlerAdapterTests {
    struct Order: Codable, Sendable, Equatable {
        var id: String
        var quantity: Int
    }

    struct Receipt: Codable, Sendable, Equatable {
        var id: String
        var total: Int
        var requestID: String
    }

    struct Failure: Error, Equatable {}

    /// Prices an order at 3 a unit; refuses quantity 0 with its own error.
    struct Pricing: CodableLambdaHandler {
        func handle(_ event: Order, context: LambdaContext) async throws -> Receipt {
            guard event.quantity > 0 else { throw Failure() }
            return Receipt(id: event.id, total: event.quantity * 3, requestID: context.requestID)
        }
    }

    static func context() -> LambdaContext {
        LambdaContext(
            requestID: "req-1", deadlineMs: 0, invokedFunctionARN: "arn:aws:lambda:eu-west-3:0:function:f",
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    @Test(arguments: [1, 2, 40])
    func decodesTheEventAndEncodesTheOutput(quantity: Int) async throws {
        let adapter = CodableHandlerAdapter(Pricing())
        let event = try JSONEncoder().encode(Order(id: "o-\(quantity)", quantity: quantity))
        let output = try await adapter.handle(event, context: Self.context())
        let receipt = try JSONDecoder().decode(Receipt.self, from: output)
        #expect(receipt == Receipt(id: "o-\(quantity)", total: quantity * 3, requestID: "req-1"))
    }

    @Test(arguments: ["", "not json", #"{"id":"o-1"}"#, #"{"id":1,"quantity":2}"#, "[1,2]"])
    func anEventOfAnotherShapeIsAnInvalidEvent(event: String) async throws {
        let adapter = CodableHandlerAdapter(Pricing())
        let error = try await #require(throws: RuntimeError.self) {
            _ = try await adapter.handle(Data(event.utf8), context: Self.context())
        }
        #expect(error.code == .invalidEvent)
        #expect(error.errorType == "Runtime.InvalidEvent")
    }

    @Test func theHandlersOwnErrorPassesThrough() async throws {
        let adapter = CodableHandlerAdapter(Pricing())
        let event = try JSONEncoder().encode(Order(id: "o-0", quantity: 0))
        await #expect(throws: Failure()) {
            _ = try await adapter.handle(event, context: Self.context())
        }
    }
}
