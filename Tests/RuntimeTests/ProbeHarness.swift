import Foundation
import LocalGatewayCore
import Synchronization

/// Runs the `RuntimeProbe` executable under our Runtime API server and collects what it prints.
final class ProbeHarness: Sendable {
    let instance: FunctionInstance
    private let lines = LineBuffer()

    init(environment: [String: String] = [:], behavior: RuntimeAPISlot.Behavior = .init()) async throws {
        let collected = lines
        instance = try await FunctionInstance(
            name: "RuntimeProbe", executable: try BuiltProducts.executable("RuntimeProbe"),
            environment: environment, behavior: behavior
        ) { line, _ in
            collected.value.withLock { $0.append(line) }
        }
    }

    var output: [String] { lines.value.withLock { $0 } }

    func invoke(
        _ json: String, timeout: Duration = .seconds(10), request: InvocationRequest? = nil
    ) async
        -> InvocationOutcome
    {
        var invocation = request ?? InvocationRequest(event: Data(json.utf8))
        invocation.event = Data(json.utf8)
        return await instance.invoke(invocation, timeout: timeout)
    }

    /// Waits until the process has exited, up to `limit`; returns whether it did.
    func waitForExit(limit: Duration = .seconds(5)) async -> Bool {
        let clock = ContinuousClock()
        let end = clock.now + limit
        while clock.now < end {
            if instance.process.hasExited { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return instance.process.hasExited
    }

    deinit {
        instance.shutdown()
    }
}

final class LineBuffer: Sendable {
    let value = Mutex<[String]>([])
}

/// Finds executables built by `swift build` beside the test bundle.
enum BuiltProducts {
    static func executable(_ name: String) throws -> URL {
        var candidates: [URL] = []
        if let dir = ProcessInfo.processInfo.environment["CLOUDMENTOR_BUILD_DIR"] {
            candidates.append(URL(fileURLWithPath: dir).appendingPathComponent(name))
        }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(testBinary.deletingLastPathComponent().appendingPathComponent(name))
        candidates.append(URL(fileURLWithPath: ".build/debug").appendingPathComponent(name))
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        throw LocalGatewayError("\(name) is not built; run `swift build` first (looked in \(candidates.map(\.path)))")
    }
}

/// The JSON objects among a process's output lines.
func jsonObjects(_ lines: [String]) -> [[String: Any]] {
    lines.compactMap { line in
        guard line.hasPrefix("{") else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }
}

func decodeJSON(_ data: Data) -> [String: Any] {
    ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:]
}
