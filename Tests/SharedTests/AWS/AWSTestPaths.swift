import Foundation

/// Locations of shared test data, found from this file's place in the repository (symlinks resolved, so a scratch
/// package that links the test folder still finds the repository).
enum AWSTestPaths {
    /// The repository root: three folders above `Tests/SharedTests/AWS`.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/testdata/sigv4` beside the repository.
    static let sigv4Vectors = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata/sigv4")

    /// `Tests/Fixtures/aws`.
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures/aws")

    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }
}
