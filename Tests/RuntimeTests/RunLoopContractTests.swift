import Foundation
import LocalGatewayCore
import Testing

/// The Runtime API contract, exercised by a real function process against our Runtime API server.
@Suite("Runtime API contract")
struct RunLoopContractTests {
    @Test("an event is echoed, and the same process serves the next one")
    func echoTwice() async throws {
        let probe = try await ProbeHarness()
        let first = await probe.invoke(#"{"action":"echo","n":1}"#)
        let second = await probe.invoke(#"{"action":"echo","n":2}"#)
        #expect(first == .success(Data(#"{"action":"echo","n":1}"#.utf8)))
        #expect(second == .success(Data(#"{"action":"echo","n":2}"#.utf8)))
        #expect(!probe.instance.process.hasExited)
    }

    @Test("a handler error goes to /error with its type header and body, and the next event is still served")
    func handlerError() async throws {
        let probe = try await ProbeHarness()
        let failed = await probe.invoke(#"{"action":"throw"}"#)
        guard case .functionError(let type, let body) = failed else {
            Issue.record("expected a function error, got \(failed)")
            return
        }
        #expect(type == "Probe.Failure")
        let report = decodeJSON(body)
        #expect(report["errorType"] as? String == "Probe.Failure")
        #expect(report["errorMessage"] as? String == "the probe was asked to fail")
        #expect(report["stackTrace"] is [Any])
        let posted = await probe.instance.slot.postedErrors
        #expect(posted.map(\.type) == ["Probe.Failure"])
        #expect(await probe.invoke(#"{"action":"echo"}"#) == .success(Data(#"{"action":"echo"}"#.utf8)))
    }

    @Test("a response over 6,291,556 bytes is reported as Function.ResponseSizeTooLarge instead of sent")
    func oversizedResponse() async throws {
        let probe = try await ProbeHarness()
        let outcome = await probe.invoke(#"{"action":"big","bytes":6291557}"#)
        #expect(outcome.errorType == "Function.ResponseSizeTooLarge")
        let atLimit = await probe.invoke(#"{"action":"big","bytes":6291556}"#)
        guard case .success(let body) = atLimit else {
            Issue.record("a response of exactly the limit must be sent, got \(atLimit.errorType ?? "?")")
            return
        }
        #expect(body.count == 6_291_556)
    }

    @Test("a setup failure is posted to /init/error and the process exits")
    func initFailure() async throws {
        let probe = try await ProbeHarness(environment: ["PROBE_FAIL_INIT": "1"])
        let outcome = await probe.invoke(#"{"action":"echo"}"#)
        guard case .initFailed(let type, let body) = outcome else {
            Issue.record("expected an init failure, got \(outcome)")
            return
        }
        #expect(type == "Runtime.InitError")
        #expect((decodeJSON(body)["errorMessage"] as? String)?.contains("PROBE_REQUIRED_SETTING") == true)
        #expect(await probe.waitForExit())
    }

    @Test("a Runtime API 500 makes the process log the reason and exit at once")
    func runtimeAPIFailure() async throws {
        let probe = try await ProbeHarness(behavior: .init(nextStatus: 500))
        #expect(await probe.waitForExit(limit: .seconds(10)))
        #expect(probe.output.contains { $0.contains("the Runtime API failed") && $0.contains("500") })
    }

    @Test("an unreachable Runtime API makes the process exit at once")
    func connectionRefused() async throws {
        // A port that was just free: nothing listens there.
        let process = Process()
        process.executableURL = try BuiltProducts.executable("RuntimeProbe")
        process.environment = ["AWS_LAMBDA_RUNTIME_API": "127.0.0.1:1"]
        let pipe = Pipe()
        process.standardOutput = pipe
        let started = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(ContinuousClock.now - started < .seconds(10))
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(output.contains("the Runtime API failed"))
    }

    @Test("the trace id, deadline and identity headers reach the context and _X_AMZN_TRACE_ID")
    func contextHeaders() async throws {
        let probe = try await ProbeHarness()
        let trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"
        let request = InvocationRequest(
            event: Data(), clientContext: #"{"client":{"app":"cm"}}"#, cognitoIdentity: #"{"identityId":"id-1"}"#,
            tenantID: "tenant-7", traceID: trace)
        let outcome = await probe.invoke(#"{"action":"context"}"#, timeout: .seconds(20), request: request)
        guard case .success(let body) = outcome else {
            Issue.record("expected success, got \(outcome)")
            return
        }
        let context = decodeJSON(body)
        #expect(context["traceID"] as? String == trace)
        #expect(context["traceEnv"] as? String == trace)
        #expect(context["clientContext"] as? String == #"{"client":{"app":"cm"}}"#)
        #expect(context["cognitoIdentity"] as? String == #"{"identityId":"id-1"}"#)
        #expect(context["tenantID"] as? String == "tenant-7")
        #expect((context["invokedFunctionARN"] as? String)?.hasSuffix(":function:RuntimeProbe") == true)
        let remaining = context["remainingMs"] as? Int ?? 0
        #expect(remaining > 15_000 && remaining <= 20_000)
        #expect(context["coldStart"] as? Bool == true)
    }

    @Test("JSON log lines carry requestId and traceId; only the first invocation's carry cold_start true")
    func jsonLogs() async throws {
        let probe = try await ProbeHarness(environment: ["AWS_LAMBDA_LOG_FORMAT": "JSON"])
        _ = await probe.invoke(#"{"action":"echo"}"#)
        _ = await probe.invoke(#"{"action":"echo"}"#)
        try await Task.sleep(for: .milliseconds(100))
        let logs = jsonObjects(probe.output).filter { $0["message"] as? String == "probe invoked" }
        #expect(logs.count == 2)
        #expect(logs.map { $0["cold_start"] as? Bool } == [true, false])
        for line in logs {
            #expect((line["requestId"] as? String)?.count == 36)
            #expect((line["traceId"] as? String)?.hasPrefix("Root=1-") == true)
            #expect(line["level"] as? String == "INFO")
            #expect((line["timestamp"] as? String)?.hasSuffix("Z") == true)
        }
        let metrics = jsonObjects(probe.output).filter { $0["_aws"] != nil }
        #expect(metrics.count == 2)
        #expect(metrics.first?["ColdStart"] as? Int == 1)
        #expect(metrics.last?["ColdStart"] == nil)
    }

    @Test("AWS_LAMBDA_LOG_LEVEL=ERROR silences info lines")
    func logLevel() async throws {
        let probe = try await ProbeHarness(environment: [
            "AWS_LAMBDA_LOG_FORMAT": "JSON", "AWS_LAMBDA_LOG_LEVEL": "ERROR",
        ])
        _ = await probe.invoke(#"{"action":"throw"}"#)
        try await Task.sleep(for: .milliseconds(100))
        let levels = jsonObjects(probe.output).compactMap { $0["level"] as? String }
        #expect(levels == ["ERROR"])
    }

    @Test("a process that crashes mid-invocation is reported as Runtime.ExitError")
    func crash() async throws {
        let probe = try await ProbeHarness()
        let outcome = await probe.invoke(#"{"action":"crash"}"#)
        #expect(outcome == .crashed(status: 3))
        #expect(outcome.errorType == "Runtime.ExitError")
    }

    @Test("an invocation past its timeout is reported and the process is killed")
    func timeout() async throws {
        let probe = try await ProbeHarness()
        let outcome = await probe.invoke(#"{"action":"sleep","ms":5000}"#, timeout: .milliseconds(300))
        #expect(outcome.errorType == "Sandbox.Timedout")
        #expect(await probe.waitForExit())
    }
}
