import Runtime
import Synchronization

/// A transport that sends every request for real but loses the answer to the first call of one operation, as a
/// connection reset just after the server acted would: the client then sends the request again.
final class AnswerLosingTransport: HTTPTransport {
    let base: any HTTPTransport
    /// The operation whose first answer is lost: the end of its `X-Amz-Target` (`SignUp`).
    let operation: String
    private let lost = Mutex(false)

    init(_ base: any HTTPTransport, losing operation: String) {
        self.base = base
        self.operation = operation
    }

    func send(_ request: HTTPRequest, timeout: Duration?) async throws -> HTTPResponse {
        let response = try await base.send(request, timeout: timeout)
        guard request.headers["x-amz-target"]?.hasSuffix("." + operation) == true else { return response }
        let first = lost.withLock { lost in
            defer { lost = true }
            return !lost
        }
        if first { throw TransportError(.connectionReset, "the answer was lost after the server acted") }
        return response
    }
}
