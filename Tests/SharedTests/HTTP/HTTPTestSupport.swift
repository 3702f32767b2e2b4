import Foundation
import Logging
import Runtime
import Synchronization

@testable import Shared

/// Fixture files, found relative to this source file so tests run from any checkout.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }
}

/// Log lines captured in memory.
final class CapturedLog: Sendable {
    let lines = Mutex<[String]>([])

    var text: String { lines.withLock { $0.joined(separator: "\n") } }

    var logger: Logger {
        let sink = LogSink { line in self.lines.withLock { $0.append(line) } }
        return Logger(label: "test") { label in LambdaLogHandler(label: label, format: .json, level: .debug, sink: sink)
        }
    }
}

func testContext(log: CapturedLog = CapturedLog()) -> LambdaContext {
    LambdaContext(
        requestID: "lambda-request-1", deadlineMs: Int64(Date().timeIntervalSince1970 * 1000) + 30_000,
        invokedFunctionARN: "arn:aws:lambda:us-east-1:000000000000:function:Test", logger: log.logger)
}

func decodeProblem(_ response: APIResponse) throws -> ProblemDetails {
    try JSONDecoder().decode(ProblemDetails.self, from: response.body)
}
