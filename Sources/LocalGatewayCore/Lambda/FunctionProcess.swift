import Foundation
import Synchronization

/// One running function executable, its output forwarded line by line.
public final class FunctionProcess: Sendable {
    /// Receives each line the process writes, with whether it came from stderr.
    public typealias LineSink = @Sendable (_ line: String, _ isError: Bool) -> Void

    private let process: Process
    private let exitStatus = ExitStatus()
    public var processIdentifier: Int32 { process.processIdentifier }

    /// Starts `executable` with exactly `environment`.
    ///
    /// - Parameter onExit: called once, on a background thread, with the exit status (or the signal number).
    public init(
        executable: URL, environment: [String: String], output: @escaping LineSink,
        onExit: @escaping @Sendable (Int32) -> Void
    ) throws {
        let process = Process()
        process.executableURL = executable
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        Self.forward(stdout, isError: false, to: output)
        Self.forward(stderr, isError: true, to: output)
        let status = exitStatus
        process.terminationHandler = { finished in
            let code = finished.terminationStatus
            status.value.withLock { $0 = code }
            onExit(code)
        }
        try process.run()
        self.process = process
    }

    public var hasExited: Bool { exitStatus.value.withLock { $0 != nil } }

    /// Kills the process at once (SIGKILL), as Lambda does on a timeout.
    public func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Asks the process to stop (SIGTERM).
    public func terminate() {
        if process.isRunning { process.terminate() }
    }

    private static func forward(_ pipe: Pipe, isError: Bool, to sink: @escaping LineSink) {
        let pending = Mutex(Data())
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            if chunk.isEmpty {
                handle.readabilityHandler = nil
                let rest = pending.withLock { buffer in
                    defer { buffer.removeAll() }
                    return buffer
                }
                if !rest.isEmpty { sink(String(decoding: rest, as: UTF8.self), isError) }
                return
            }
            let lines: [String] = pending.withLock { buffer in
                buffer.append(chunk)
                var lines: [String] = []
                while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    lines.append(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                    buffer.removeSubrange(buffer.startIndex...newline)
                }
                return lines
            }
            for line in lines { sink(line, isError) }
        }
    }
}

private final class ExitStatus: Sendable {
    let value = Mutex<Int32?>(nil)
}

/// A function process together with its own Runtime API server.
public final class FunctionInstance: Sendable {
    public let name: String
    public let slot: RuntimeAPISlot
    public let server: RuntimeAPIServer
    public let process: FunctionProcess

    /// Starts the server, then the process pointed at it.
    ///
    /// - Parameters:
    ///   - environment: the function's own variables (from the template); the Lambda variables are added.
    ///   - accountId: the account in the function's ARN.
    public init(
        name: String, executable: URL, environment: [String: String], memoryMB: Int = 512,
        timeoutSeconds: Double = 30, accountId: String = "000000000000", behavior: RuntimeAPISlot.Behavior = .init(),
        output: @escaping FunctionProcess.LineSink
    ) async throws {
        self.name = name
        let region = environment["AWS_REGION"] ?? "us-east-1"
        let slot = RuntimeAPISlot(
            functionARN: "arn:aws:lambda:\(region):\(accountId):function:\(name)", behavior: behavior)
        let server = try await RuntimeAPIServer(slot: slot)
        var env = ProcessInfo.processInfo.environment.filter { key, _ in
            ["PATH", "HOME", "LANG", "TMPDIR", "LD_LIBRARY_PATH"].contains(key)
        }
        env.merge(environment) { $1 }
        env["AWS_LAMBDA_RUNTIME_API"] = server.endpoint
        env["AWS_LAMBDA_FUNCTION_NAME"] = name
        env["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST"
        env["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = String(memoryMB)
        env["AWS_LAMBDA_LOG_GROUP_NAME"] = "/aws/lambda/\(name)"
        env["AWS_LAMBDA_LOG_STREAM_NAME"] = "local/[$LATEST]\(UUID().uuidString.lowercased().prefix(8))"
        env["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand"
        env["AWS_REGION"] = region
        env["AWS_DEFAULT_REGION"] = env["AWS_DEFAULT_REGION"] ?? region
        env["TZ"] = "UTC"
        do {
            process = try FunctionProcess(executable: executable, environment: env, output: output) { status in
                Task { await slot.processExited(status: status) }
            }
        } catch {
            server.stop()
            throw LocalGatewayError("cannot start \(executable.path): \(error)")
        }
        self.slot = slot
        self.server = server
    }

    /// Invokes the function once. A timeout kills the process, as Lambda does.
    public func invoke(_ request: InvocationRequest, timeout: Duration) async -> InvocationOutcome {
        let outcome = await slot.invoke(request, timeout: timeout)
        if case .timedOut = outcome { process.kill() }
        return outcome
    }

    /// Stops the process and the server.
    public func shutdown() {
        process.kill()
        server.stop()
    }
}
