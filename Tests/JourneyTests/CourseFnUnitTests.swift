import Foundation
import Logging
import Runtime
import Synchronization
import Testing

@testable import CourseFn

/// CourseFn's configuration and its bounded fan-out, without AWS.
@Suite("CourseFn configuration and fan-out")
struct CourseFnUnitTests {
    static let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    static let base = [
        "CATALOG_TABLE": "catalog", "AWS_REGION": "eu-west-3", "USERS_TABLE": "users",
        "USER_PROGRESS_TABLE": "progress", "IDEMPOTENCY_TABLE": "idempotency",
    ]

    @Test func inAWSAMissingPageTokenSecretStopsTheStart() throws {
        let inAWS = Self.base.merging(["AWS_LAMBDA_FUNCTION_NAME": "CourseFn-abc"]) { $1 }
        let error = try #require(throws: ConfigurationError.self) {
            _ = try CourseConfig.fromEnvironment(logger: Self.logger) { inAWS[$0] }
        }
        #expect(error.variable == "PAGE_TOKEN_SECRET")
    }

    @Test(arguments: [
        ["AWS_LAMBDA_FUNCTION_NAME": "CourseFn", "AWS_ENDPOINT_URL": "http://127.0.0.1:5000"], [:],
    ])
    func locallyAMissingSecretFallsBackToTheDeploymentsNames(extra: [String: String]) throws {
        let local = Self.base.merging(extra) { $1 }
        let config = try CourseConfig.fromEnvironment(logger: Self.logger) { local[$0] }
        #expect(config.pageTokenSecret == "\(extra["AWS_LAMBDA_FUNCTION_NAME"] ?? "CourseFn")|catalog")
    }

    @Test func theTemplatesSecretIsUsedWhenSet() throws {
        let inAWS = Self.base.merging([
            "AWS_LAMBDA_FUNCTION_NAME": "CourseFn-abc", "PAGE_TOKEN_SECRET": "arn:aws:cloudformation:stack/x",
        ]) { $1 }
        let config = try CourseConfig.fromEnvironment(logger: Self.logger) { inAWS[$0] }
        #expect(config.pageTokenSecret == "arn:aws:cloudformation:stack/x")
    }

    /// How many transforms run at once, and the most that ever did.
    final class Gauge: Sendable {
        private let state = Mutex((now: 0, most: 0))
        func enter() {
            state.withLock {
                $0.now += 1
                $0.most = max($0.most, $0.now)
            }
        }
        func leave() { state.withLock { $0.now -= 1 } }
        var most: Int { state.withLock { $0.most } }
    }

    @Test(arguments: [(0, 8), (1, 8), (5, 1), (20, 8), (100, 8), (7, 3)])
    func concurrentMapKeepsOrderAndTheLimit(count: Int, limit: Int) async throws {
        let gauge = Gauge()
        let results = try await Array(0..<count).concurrentMap(limit: limit) { value in
            gauge.enter()
            try await Task.sleep(for: .milliseconds(5))
            gauge.leave()
            return value * 2
        }
        #expect(results == (0..<count).map { $0 * 2 })
        #expect(gauge.most <= limit)
        #expect(count < limit || gauge.most == limit, "the limit is used, not just respected")
    }

    struct Refusal: Error, Equatable {}

    @Test func concurrentMapStopsAtTheFirstError() async throws {
        await #expect(throws: Refusal()) {
            _ = try await Array(0..<30).concurrentMap(limit: 4) { value in
                if value == 9 { throw Refusal() }
                return value
            }
        }
    }
}
