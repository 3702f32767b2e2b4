import Foundation
import LocalGatewayCore
import Runtime
import Shared
import TestSupport

/// LocalGateway serving `template.yaml` with the real AuthFn and CourseFn executables against moto, the catalog
/// loaded from `content/`: started once for the journey suite.
enum JourneyGateway {
    private static let starter = JourneyGatewayStarter()

    static func stack() async throws -> GatewayStack { try await starter.stack() }
}

private actor JourneyGatewayStarter {
    private var task: Task<GatewayStack, any Error>?

    func stack() async throws -> GatewayStack {
        if let task { return try await task.value }
        let started = Task {
            let stack = try await GatewayStack(
                template: "template.yaml", region: "ap-southeast-2", only: ["AuthFunction", "CourseFunction"])
            let catalog = try ContentLoader(root: GatewayFiles.root.appendingPathComponent("content")).load()
            _ = try await CatalogSeeder(client: stack.dynamoDB, table: stack.resources.refs["CatalogTable"] ?? "")
                .seed(catalog)
            return stack
        }
        task = started
        return try await started.value
    }
}

/// The responses of one test, checked against `openapi.yaml` in one run of
/// `Tests/Fixtures/contract/openapi_validate.py` (pinned in `requirements/contract.txt`).
final class JourneyContract: @unchecked Sendable {
    private var lines: [Data] = []
    private let lock = NSLock()

    /// Keeps `response` to `method route` (the template path, such as `/api/v1/courses/{id}`) for ``problems()``.
    func record(_ method: String, _ route: String, _ response: HTTPResponse) throws {
        var headers: [String: String] = [:]
        for name in ["content-type", "x-request-id", "apigw-requestid", "location", "retry-after"] {
            if let value = response.headers[name] { headers[name] = value }
        }
        let body: Any =
            response.body.isEmpty
            ? NSNull()
            : ((try? JSONSerialization.jsonObject(with: response.body, options: [.fragmentsAllowed])) ?? NSNull())
        let line = try JSONSerialization.data(withJSONObject: [
            "method": method, "route": route, "status": response.status, "headers": headers, "body": body,
        ])
        lock.withLock { lines.append(line) }
    }

    /// Every complaint of the contract about the recorded responses, prefixed with the request.
    func problems() throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", GatewayFiles.root.appendingPathComponent("Tests/Fixtures/contract/openapi_validate.py").path,
            GatewayFiles.root.appendingPathComponent("openapi.yaml").path,
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let recorded = lock.withLock { lines }
        input.fileHandleForWriting.write(Data(recorded.map { $0 + Data("\n".utf8) }.joined()))
        try input.fileHandleForWriting.close()
        let answers = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var problems: [String] = []
        let replies = answers.split(separator: 0x0A)
        if replies.count != recorded.count {
            problems.append("the validator answered \(replies.count) of \(recorded.count)")
        }
        for (request, reply) in zip(recorded, replies) {
            let answer = try JSONSerialization.jsonObject(with: Data(reply)) as? [String: Any]
            let errors = answer?["errors"] as? [String] ?? []
            if !errors.isEmpty { problems.append("\(String(decoding: request.prefix(120), as: UTF8.self)): \(errors)") }
        }
        return problems
    }
}
