import Foundation
import Runtime

/// A `moto_server` process on a free loopback port, for integration tests.
///
/// ```swift
/// let moto = try await MotoServer.shared()              // one per test process, auth off
/// let secured = try await MotoServer.start(initialNoAuthActionCount: 5)   // signature checks after 5 actions
/// ```
///
/// The process is started through a small shell that kills it when its standard input closes, so it stops with
/// ``stop()`` or, at the latest, when the test process exits (even on a crash). ``reset()`` wipes all state; suites
/// that share ``shared()`` isolate themselves by region and table names instead, because suites run in parallel.
public final class MotoServer: Sendable {
    public let port: Int
    /// `http://127.0.0.1:<port>`.
    public let endpoint: String
    private let process: Process
    private let stdin: Pipe
    private let transport: CurlTransport

    /// Whether `moto_server` is on the `PATH`; tests that need it are skipped (with a message) when it is not.
    public static var isInstalled: Bool { executablePath != nil }

    static var executablePath: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/moto_server"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private init(port: Int, process: Process, stdin: Pipe, transport: CurlTransport) {
        self.port = port
        self.endpoint = "http://127.0.0.1:\(port)"
        self.process = process
        self.stdin = stdin
        self.transport = transport
    }

    private static let sharedServer = SharedMoto()

    /// The test process's moto_server without signature checks, started on first use.
    /// - Throws: ``MotoServerError`` when moto_server is missing or does not answer.
    public static func shared() async throws -> MotoServer {
        try await sharedServer.server()
    }

    /// Starts a new moto_server and waits until it answers.
    ///
    /// - Parameters:
    ///   - initialNoAuthActionCount: when set, the first N actions run unauthenticated and every later one must be
    ///     correctly signed by a known IAM identity (`INITIAL_NO_AUTH_ACTION_COUNT`).
    ///   - startupTimeout: how long to wait for the first answer.
    /// - Throws: ``MotoServerError`` when moto_server is not installed or does not answer in time.
    public static func start(
        initialNoAuthActionCount: Int? = nil, startupTimeout: Duration = .seconds(60)
    ) async throws
        -> MotoServer
    {
        guard let executable = executablePath else { throw MotoServerError("moto_server is not installed") }
        let port = try LoopbackSocket.freePort()
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("moto-\(port).log").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The shell waits on its stdin (our pipe); when the pipe closes, it stops moto_server by its pid.
        process.arguments = [
            "-c",
            "\"$0\" -H 127.0.0.1 -p \(port) >\"$1\" 2>&1 </dev/null & pid=$!; cat >/dev/null; kill $pid; "
                + "for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 $pid 2>/dev/null || exit 0; sleep 0.2; done; kill -9 $pid",
            executable, log,
        ]
        var environment = ProcessInfo.processInfo.environment
        if let count = initialNoAuthActionCount { environment["INITIAL_NO_AUTH_ACTION_COUNT"] = String(count) }
        process.environment = environment
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = MotoServer(port: port, process: process, stdin: stdin, transport: try CurlTransport())
        let deadline = ContinuousClock.now + startupTimeout
        while ContinuousClock.now < deadline {
            if let response = try? await server.transport.send(
                HTTPRequest(method: "GET", url: server.endpoint + "/moto-api/data.json"), timeout: .seconds(5)),
                response.status == 200
            {
                return server
            }
            guard process.isRunning else {
                throw MotoServerError("moto_server exited at startup; see \(log)")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        server.stop()
        throw MotoServerError("moto_server did not answer on port \(port) within \(startupTimeout); see \(log)")
    }

    /// Wipes every service's state (`POST /moto-api/reset`).
    public func reset() async throws {
        try await call("POST", "/moto-api/reset")
    }

    /// Turns signature checks on after `count` more unauthenticated actions (`POST /moto-api/reset-auth`).
    public func resetAuth(initialNoAuthActionCount count: Int) async throws {
        try await call("POST", "/moto-api/reset-auth", body: Data(String(count).utf8), contentType: "text/plain")
    }

    /// moto's dump of every tracked model (`GET /moto-api/data.json`): service → model → instances.
    public func data() async throws -> [String: Any] {
        let body = try await call("GET", "/moto-api/data.json")
        return (try JSONSerialization.jsonObject(with: body) as? [String: Any]) ?? [:]
    }

    /// Stops the server (closing the shell's stdin makes it kill moto_server); safe to call more than once.
    public func stop() {
        try? stdin.fileHandleForWriting.close()
    }

    @discardableResult
    private func call(
        _ method: String, _ path: String, body: Data = Data(), contentType: String? = nil
    ) async throws -> Data {
        var request = HTTPRequest(method: method, url: endpoint + path, body: body)
        if let contentType { request.headers.set("Content-Type", contentType) }
        let response = try await transport.send(request, timeout: .seconds(30))
        guard response.status == 200 else {
            throw MotoServerError("\(method) \(path) answered \(response.status)")
        }
        return response.body
    }
}

/// The shared server, started once.
private actor SharedMoto {
    private var starting: Task<MotoServer, any Error>?

    func server() async throws -> MotoServer {
        if let starting { return try await starting.value }
        let task = Task { try await MotoServer.start() }
        starting = task
        return try await task.value
    }
}

/// Why moto_server could not be used.
public struct MotoServerError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
