import ArgumentParser
import Foundation
import LocalGatewayCore

/// `LocalGateway invoke <Function> <event.json> [--repeat N]`: the no-Docker `sam local invoke -e`.
struct InvokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoke",
        abstract: "Runs a function's built executable against our Runtime API and feeds it an event.",
        discussion: """
            Prints each response on stdout, one per line, and the function's own logs on stderr. Exits 1 with the \
            function's error type on stderr when an invocation fails.
            """)

    @Argument(help: "The function: a product name such as CourseFn, or a path to an executable.")
    var function: String

    @Argument(help: "A file holding the event JSON, or - for standard input.")
    var event: String

    @Option(name: .customLong("repeat"), help: "How many times to send the event.")
    var repeatCount = 1

    @Option(help: "Seconds before an invocation times out.")
    var timeout: Double = 30

    @Option(help: "The build folder holding the executables.")
    var buildPath = ".build/debug"

    @Option(name: .customLong("env"), help: "KEY=VALUE added to the function's environment (repeatable).")
    var environment: [String] = []

    func run() async throws {
        let executable = try locate()
        let eventData: Data
        if event == "-" {
            eventData = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let data = FileManager.default.contents(atPath: event) else {
                throw ValidationError("cannot read the event file \(event)")
            }
            eventData = data
        }
        var env: [String: String] = [:]
        for pair in environment {
            guard let equals = pair.firstIndex(of: "=") else { throw ValidationError("--env wants KEY=VALUE: \(pair)") }
            env[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        let name = executable.lastPathComponent
        let instance = try await FunctionInstance(name: name, executable: executable, environment: env) { line, _ in
            FileHandle.standardError.write(Data("[\(name)] \(line)\n".utf8))
        }
        defer { instance.shutdown() }
        for _ in 0..<max(1, repeatCount) {
            let outcome = await instance.invoke(InvocationRequest(event: eventData), timeout: .seconds(timeout))
            FileHandle.standardOutput.write(outcome.payload + Data("\n".utf8))
            if let errorType = outcome.errorType {
                FileHandle.standardError.write(Data("invocation failed: \(errorType)\n".utf8))
                throw ExitCode(1)
            }
        }
    }

    private func locate() throws -> URL {
        let candidates = function.contains("/") ? [function] : ["\(buildPath)/\(function)"]
        for path in candidates where FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        throw ValidationError(
            "no executable at \(candidates.joined(separator: ", ")); build it with `swift build --product \(function)`")
    }
}
