import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the Runtime API tells a function about one invocation, plus the per-invocation logger and metrics.
public struct LambdaContext: Sendable {
    /// `Lambda-Runtime-Aws-Request-Id`.
    public let requestID: String
    /// `Lambda-Runtime-Deadline-Ms`: when Lambda stops the invocation, in milliseconds since the Unix epoch.
    public let deadlineMs: Int64
    /// `Lambda-Runtime-Invoked-Function-Arn`.
    public let invokedFunctionARN: String
    /// `Lambda-Runtime-Trace-Id`, also exported as `_X_AMZN_TRACE_ID` for the invocation.
    public let traceID: String?
    /// `Lambda-Runtime-Client-Context`: JSON from mobile SDK callers.
    public let clientContext: String?
    /// `Lambda-Runtime-Cognito-Identity`: JSON for Cognito identity-pool callers.
    public let cognitoIdentity: String?
    /// `Lambda-Runtime-Aws-Tenant-Id`, for tenant-isolated functions.
    public let tenantID: String?
    /// True for the first invocation a process serves.
    public let isColdStart: Bool
    /// A logger whose every line carries the request and trace ids.
    public var logger: Logger
    /// The invocation's metrics, flushed as one EMF blob when the invocation ends.
    public let metrics: MetricsRecorder
    /// The static description of the function, from the environment.
    public let function: FunctionEnvironment
    let clock: any RuntimeClock

    public init(
        requestID: String, deadlineMs: Int64, invokedFunctionARN: String, traceID: String? = nil,
        clientContext: String? = nil, cognitoIdentity: String? = nil, tenantID: String? = nil,
        isColdStart: Bool = false, logger: Logger, metrics: MetricsRecorder = MetricsRecorder(),
        function: FunctionEnvironment = FunctionEnvironment(), clock: any RuntimeClock = SystemClock()
    ) {
        self.requestID = requestID
        self.deadlineMs = deadlineMs
        self.invokedFunctionARN = invokedFunctionARN
        self.traceID = traceID
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
        self.tenantID = tenantID
        self.isColdStart = isColdStart
        self.logger = logger
        self.metrics = metrics
        self.function = function
        self.clock = clock
    }

    /// Time left before the deadline; zero or negative once it has passed.
    public var remainingTime: Duration {
        .milliseconds(deadlineMs - clock.nowMilliseconds())
    }
}

/// Wall-clock time in milliseconds since the Unix epoch; injected so that deadline arithmetic is testable.
public protocol RuntimeClock: Sendable {
    func nowMilliseconds() -> Int64
}

/// The system's real-time clock.
public struct SystemClock: RuntimeClock {
    public init() {}

    public func nowMilliseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
    }
}
