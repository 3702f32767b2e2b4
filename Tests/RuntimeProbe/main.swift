import Runtime

#if canImport(Glibc)
import Glibc
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// A function for the runtime's contract tests. Its behaviour is chosen by the event:
//   {"action":"echo", ...}      → the event back
//   {"action":"throw"}          → a handler error (errorType "Probe.Failure")
//   {"action":"big","bytes":N}  → a response of N bytes
//   {"action":"context"}        → the context fields and _X_AMZN_TRACE_ID as JSON
//   {"action":"crash"}          → the process exits mid-invocation
//   {"action":"sleep","ms":N}   → sleeps, then echoes
// PROBE_FAIL_INIT=1 makes setup fail (a missing-configuration error).

struct ProbeFailure: LambdaReportableError, CustomStringConvertible {
    var errorType: String { "Probe.Failure" }
    var description: String { "the probe was asked to fail" }
}

struct Command: Decodable {
    var action: String
    var bytes: Int?
    var ms: Int?
}

struct ContextEcho: Encodable {
    var requestID: String
    var deadlineMs: Int64
    var remainingMs: Int64
    var invokedFunctionARN: String
    var traceID: String?
    var traceEnv: String?
    var clientContext: String?
    var cognitoIdentity: String?
    var tenantID: String?
    var coldStart: Bool
}

LambdaRuntime.run(name: "RuntimeProbe") { context in
    if Environment.value("PROBE_FAIL_INIT") != nil {
        _ = try Environment.required("PROBE_REQUIRED_SETTING")
    }
    context.logger.info("probe ready")
    return ClosureHandler { event, context in
        let command = (try? JSONDecoder().decode(Command.self, from: event)) ?? Command(action: "echo")
        context.logger.info("probe invoked", metadata: ["action": "\(command.action)"])
        switch command.action {
        case "throw":
            throw ProbeFailure()
        case "big":
            return Data(repeating: UInt8(ascii: "x"), count: command.bytes ?? 0)
        case "context":
            let echo = ContextEcho(
                requestID: context.requestID, deadlineMs: context.deadlineMs,
                remainingMs: Int64(context.remainingTime.components.seconds * 1000),
                invokedFunctionARN: context.invokedFunctionARN, traceID: context.traceID,
                traceEnv: Environment.value("_X_AMZN_TRACE_ID"), clientContext: context.clientContext,
                cognitoIdentity: context.cognitoIdentity, tenantID: context.tenantID, coldStart: context.isColdStart)
            return try JSONEncoder().encode(echo)
        case "crash":
            exit(3)
        case "sleep":
            try await Task.sleep(for: .milliseconds(command.ms ?? 0))
            return event
        default:
            return event
        }
    }
}
