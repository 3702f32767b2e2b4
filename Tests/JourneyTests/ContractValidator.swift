import Foundation
import Shared

/// Checks responses against `openapi.yaml` with `Tests/Fixtures/contract/openapi_validate.py` (pinned in
/// `requirements/contract.txt`), one Python process for the whole test run, one JSON line per response.
actor ContractValidator {
    static let shared = ContractValidator()

    private var process: Process?
    private var input: FileHandle?
    private var output: FileHandle?
    private var buffer = Data()

    /// The contract's complaints about `response` to `method route` (empty when it conforms).
    func problems(method: String, route: String, response: APIResponse) throws -> [String] {
        try start()
        var headers: [String: String] = [:]
        for (name, value) in response.headers { headers[name.lowercased()] = value }
        let body: Any =
            response.body.isEmpty
            ? NSNull()
            : ((try? JSONSerialization.jsonObject(with: response.body, options: [.fragmentsAllowed])) ?? NSNull())
        let line = try JSONSerialization.data(withJSONObject: [
            "method": method, "route": route, "status": response.status, "headers": headers, "body": body,
        ])
        input?.write(line + Data("\n".utf8))
        let reply = try readLine()
        let answer = try JSONSerialization.jsonObject(with: reply) as? [String: Any]
        return answer?["errors"] as? [String] ?? ["the validator answered \(String(decoding: reply, as: UTF8.self))"]
    }

    private func start() throws {
        guard process == nil else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", JourneyPaths.validator.path, JourneyPaths.openAPI.path]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        self.process = process
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading
    }

    private func readLine() throws -> Data {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[buffer.index(after: newline)...])
                return Data(line)
            }
            // `availableData` returns as soon as any bytes arrive; `read(upToCount:)` would wait for all of them.
            guard let chunk = output?.availableData, !chunk.isEmpty else {
                throw ContractValidatorError(description: "the contract validator stopped (is PyYAML installed?)")
            }
            buffer.append(chunk)
        }
    }
}

struct ContractValidatorError: Error, CustomStringConvertible {
    var description: String
}
