import Foundation

/// Finds the evaluators' test data relative to this file, so tests run from any checkout.
enum EvaluatorFixtures {
    /// `Tests/`.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The repository root (holds `content/`).
    static let repositoryRoot = testsDirectory.deletingLastPathComponent()

    /// The text of `Tests/Fixtures/<relativePath>`.
    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: testsDirectory.appendingPathComponent("Fixtures/\(relativePath)"), encoding: .utf8)
    }

    /// Every file name in `Tests/Fixtures/<directory>`, sorted.
    static func names(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(
            atPath: testsDirectory.appendingPathComponent("Fixtures/\(directory)").path
        ).sorted()
    }
}
