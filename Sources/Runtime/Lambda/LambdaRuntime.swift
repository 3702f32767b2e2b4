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

/// What a function's setup closure receives: a logger and the function's static description.
public struct InitContext: Sendable {
    public let logger: Logger
    public let function: FunctionEnvironment
}

/// The custom runtime's run loop (reference: the Lambda Runtime API contract).
///
/// ```swift
/// LambdaRuntime.run(name: "CourseFn") { context in
///     let config = try CourseConfig.fromEnvironment()      // a missing variable → /init/error, exit
///     return try CourseHandler(config: config, logger: context.logger)
/// }
/// ```
public enum LambdaRuntime {
    /// Sets up logging, runs `setup` once, then serves events for ever.
    ///
    /// - A `setup` error is posted to `/runtime/init/error` and the process exits with status 1.
    /// - A handler error is posted to `/invocation/{id}/error` with `Lambda-Runtime-Function-Error-Type`, and the loop
    ///   goes on to the next event.
    /// - A response over 6,291,556 bytes is reported as a `Function.ResponseSizeTooLarge` error instead of being sent.
    /// - When the Runtime API itself fails (connection refused, a 5xx), the reason is logged and the process exits
    ///   with status 1 at once, as the contract asks.
    public static func run(
        name: String, setup: @escaping @Sendable (InitContext) async throws -> any LambdaHandler
    ) -> Never {
        let function = FunctionEnvironment.current(defaultName: name)
        let format: LambdaLogHandler.Format =
            Environment.value("AWS_LAMBDA_LOG_FORMAT")?.uppercased() == "JSON" ? .json : .text
        let level = LambdaLogHandler.level(lambdaName: Environment.value("AWS_LAMBDA_LOG_LEVEL")) ?? .info
        LoggingSystem.bootstrap { label in LambdaLogHandler(label: label, format: format, level: level) }
        let logger = Logger(label: function.functionName)

        guard let endpoint = Environment.value("AWS_LAMBDA_RUNTIME_API") else {
            logger.critical("AWS_LAMBDA_RUNTIME_API is not set: this executable runs under Lambda or LocalGateway")
            exit(1)
        }
        let client: RuntimeAPIClient
        do {
            client = try RuntimeAPIClient(endpoint: endpoint)
        } catch {
            logger.critical("cannot create the Runtime API client", metadata: ["error": "\(error)"])
            exit(1)
        }
        let loop = RunLoop(client: client, function: function, logger: logger)
        loop.start(setup: setup)
    }
}

/// The loop's state: the client, the executor its handlers run on, and whether the next event is the first.
final class RunLoop: @unchecked Sendable {
    private let client: RuntimeAPIClient
    private let function: FunctionEnvironment
    private let logger: Logger
    private let executor = InvocationExecutor()
    private let clock = SystemClock()
    private let namespace = Environment.value("POWERTOOLS_METRICS_NAMESPACE") ?? "CloudMentor"

    init(client: RuntimeAPIClient, function: FunctionEnvironment, logger: Logger) {
        self.client = client
        self.function = function
        self.logger = logger
    }

    func start(setup: @escaping @Sendable (InitContext) async throws -> any LambdaHandler) -> Never {
        let initContext = InitContext(logger: logger, function: function)
        let handler: any LambdaHandler
        switch executor.run({ try await setup(initContext) }) {
        case .success(let made):
            handler = made
        case .failure(let error):
            let report = ErrorReport(
                errorMessage: "\(error)",
                errorType: (error as? any LambdaReportableError)?.errorType
                    ?? RuntimeError.Code.initializationFailed.rawValue)
            logger.critical(
                "initialisation failed", metadata: ["error": "\(error)", "errorType": "\(report.errorType)"])
            _ = try? client.reportInitError(report)
            exit(1)
        }

        var coldStart = true
        while true {
            do {
                try serveOne(handler: handler, coldStart: coldStart)
            } catch {
                logger.critical("the Runtime API failed; exiting", metadata: ["error": "\(error)"])
                exit(1)
            }
            coldStart = false
        }
    }

    /// Waits for one event, runs the handler, and posts its outcome. Throws only when the Runtime API fails.
    private func serveOne(handler: any LambdaHandler, coldStart: Bool) throws(RuntimeError) {
        let invocation = try client.next()
        let started = clock.nowMilliseconds()
        if let traceID = invocation.traceID {
            setenv("_X_AMZN_TRACE_ID", traceID, 1)
        } else {
            unsetenv("_X_AMZN_TRACE_ID")
        }
        var logger = self.logger
        logger[metadataKey: "requestId"] = .string(invocation.requestID)
        logger[metadataKey: "traceId"] = .string(invocation.traceID ?? "")
        logger[metadataKey: "cold_start"] = .stringConvertible(coldStart)
        let metrics = MetricsRecorder(namespace: namespace, dimensions: [("function", function.functionName)])
        if coldStart { metrics.record("ColdStart", 1) }
        let context = LambdaContext(
            requestID: invocation.requestID, deadlineMs: invocation.deadlineMs,
            invokedFunctionARN: invocation.invokedFunctionARN, traceID: invocation.traceID,
            clientContext: invocation.clientContext, cognitoIdentity: invocation.cognitoIdentity,
            tenantID: invocation.tenantID, isColdStart: coldStart, logger: logger, metrics: metrics,
            function: function, clock: clock)

        let event = invocation.event
        let outcome = executor.run {
            try await InvocationScope.$traceID.withValue(invocation.traceID) {
                try await InvocationScope.$deadlineMs.withValue(invocation.deadlineMs) {
                    try await handler.handle(event, context: context)
                }
            }
        }
        switch outcome {
        case .success(let body) where body.count > RuntimeAPIClient.maxResponseBytes:
            let report = ErrorReport(
                errorMessage: "Response payload size (\(body.count) bytes) exceeded maximum allowed payload size "
                    + "(\(RuntimeAPIClient.maxResponseBytes) bytes).",
                errorType: RuntimeError.Code.responseSizeTooLarge.rawValue)
            logger.error("response too large", metadata: ["bytes": "\(body.count)"])
            metrics.record("Errors", 1)
            try client.reportError(requestID: invocation.requestID, report)
        case .success(let body):
            let status = try client.respond(requestID: invocation.requestID, body: body)
            if status != 202 { logger.error("the Runtime API refused the response", metadata: ["status": "\(status)"]) }
        case .failure(let error):
            let errorType = (error as? any LambdaReportableError)?.errorType ?? RuntimeError.Code.unhandled.rawValue
            logger.error("handler failed", metadata: ["error": "\(error)", "errorType": "\(errorType)"])
            metrics.record("Errors", 1)
            try client.reportError(
                requestID: invocation.requestID,
                ErrorReport(errorMessage: "\(error)", errorType: errorType, stackTrace: []))
        }
        let finished = clock.nowMilliseconds()
        metrics.record("Duration", Double(finished - started), unit: .milliseconds)
        if let blob = metrics.render(timestampMs: finished) {
            LogSink.standardOutput.write(blob + "\n")
        }
    }
}
