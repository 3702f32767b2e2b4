import Runtime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Sends signed requests to AWS over an ``HTTPTransport``, retrying in AWS standard mode, and turns failures into
/// ``AWSError``. One per process is enough: it holds no per-service state, and every service client shares its
/// transport (and so its connection pool) and retry quota.
public struct AWSClient: Sendable {
    public let transport: any HTTPTransport
    public let credentials: any CredentialProvider
    public let clock: any AWSClock
    /// The limit for one attempt, from sending to the last response byte.
    public var timeout: Duration
    public let retryQuota: AWSRetryQuota
    private let random: @Sendable () -> Double
    private let sleep: @Sendable (Duration) async throws -> Void

    /// - Parameters:
    ///   - random: numbers in `0..<1` for backoff jitter.
    ///   - sleep: waits between attempts; tests record the delays instead of waiting.
    public init(
        transport: any HTTPTransport, credentials: any CredentialProvider, clock: any AWSClock = SystemAWSClock(),
        timeout: Duration = .seconds(20), retryQuota: AWSRetryQuota = AWSRetryQuota(),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.transport = transport
        self.credentials = credentials
        self.clock = clock
        self.timeout = timeout
        self.retryQuota = retryQuota
        self.random = random
        self.sleep = sleep
    }

    /// Signs and sends `request` to `service`, retrying throttling, transient and connection failures as the
    /// service's ``AWSRetryPolicy`` allows, and returns the first 2xx response.
    ///
    /// - Throws: ``AWSError`` with the last failure's code once a failure is not retryable, the attempts are used up
    ///   or the retry quota is empty (`attempts` tells how many were made); a credential provider's error as is.
    public func send(_ request: HTTPRequest, to service: AWSService) async throws -> HTTPResponse {
        let policy = service.retryPolicy
        let deadline = InvocationScope.deadlineMs.map { $0 - Self.deadlineMarginMs }
        var attempt = 0
        var spent: Int?
        var lastFailure: AWSError?
        while true {
            attempt += 1
            var attemptTimeout = timeout
            if let deadline {
                let remaining = deadline - milliseconds(clock.now())
                guard remaining > 0 else { throw lastFailure ?? Self.deadlineReached(attempt: attempt) }
                attemptTimeout = min(timeout, .milliseconds(remaining))
            }
            var signed = request
            if let traceID = InvocationScope.traceID { signed.headers.set("X-Amzn-Trace-Id", traceID) }
            let credentials = try await credentials.credentials()
            service.signer.sign(&signed, credentials: credentials, date: clock.now())
            var failure: AWSError
            var retryAfter: Duration?
            do {
                let response = try await transport.send(signed, timeout: attemptTimeout)
                if (200..<300).contains(response.status) {
                    if service.verifiesCRC32, let mismatch = Self.crc32Mismatch(response) {
                        failure = mismatch
                    } else {
                        retryQuota.release(spent ?? retryQuota.successIncrement)
                        return response
                    }
                } else {
                    failure = AWSErrorParser.parse(response)
                    retryAfter = Self.retryAfter(response.headers)
                }
            } catch let error as TransportError {
                failure = Self.failure(error)
            }
            failure.attempts = attempt
            lastFailure = failure
            guard attempt < policy.maxAttempts, let kind = policy.classify(failure) else { throw failure }
            let delay = policy.delay(retry: attempt, kind: kind, random: random(), retryAfter: retryAfter)
            // A retry that cannot finish before Lambda stops the invocation only burns the quota.
            if let deadline, milliseconds(clock.now()) + Self.milliseconds(delay) >= deadline { throw failure }
            guard let cost = retryQuota.acquire(for: kind) else { throw failure }
            spent = (spent ?? 0) + cost
            try await sleep(delay)
        }
    }

    /// Time kept back from the invocation's deadline so the handler can still answer after a failed call.
    static let deadlineMarginMs: Int64 = 500

    /// A transport failure as an AWS error: timeouts, refused and reset connections and garbled responses are
    /// worth another attempt; a malformed URL or a TLS failure is not, and keeps a code no policy retries.
    static func failure(_ error: TransportError) -> AWSError {
        let code: AWSError.Code
        switch error.code {
        case .timedOut: code = .timedOut
        case .connectionRefused, .connectionReset, .malformedResponse: code = .connectionFailed
        case .invalidURL, .other: code = .transportFailed
        }
        return AWSError(code: code, status: 0, message: error.message, underlying: error)
    }

    static func deadlineReached(attempt: Int) -> AWSError {
        var error = AWSError(
            code: .timedOut, status: 0, message: "the invocation's deadline leaves no time for this request")
        error.attempts = attempt - 1
        return error
    }

    private func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    /// A ``AWSError/Code/crc32Mismatch`` error when the body does not match `x-amz-crc32`; `nil` when it matches or
    /// the header is absent.
    static func crc32Mismatch(_ response: HTTPResponse) -> AWSError? {
        guard let header = response.headers["x-amz-crc32"], let expected = UInt32(header) else { return nil }
        let actual = CRC32.checksum(response.body)
        guard actual != expected else { return nil }
        return AWSError(
            code: .crc32Mismatch, status: response.status,
            message: "response body CRC32 \(actual) does not match x-amz-crc32 \(expected)",
            requestId: AWSErrorParser.requestId(response.headers))
    }

    func jitter() -> Double { random() }

    func pause(_ duration: Duration) async throws { try await sleep(duration) }

    /// `x-amz-retry-after` (milliseconds) or `Retry-After` (seconds).
    static func retryAfter(_ headers: HTTPHeaders) -> Duration? {
        if let milliseconds = headers["x-amz-retry-after"].flatMap({ Int($0) }) { return .milliseconds(milliseconds) }
        if let seconds = headers["retry-after"].flatMap({ Int($0) }) { return .seconds(seconds) }
        return nil
    }
}
