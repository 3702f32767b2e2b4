/// A source of AWS credentials: the environment, a profile in the shared files, the container endpoint, a chain of
/// those, or a fixed pair in tests.
public protocol CredentialProvider: Sendable {
    /// Current credentials.
    /// - Throws: ``CredentialProviderError/notConfigured(_:)`` when this source has nothing to offer (a chain then
    ///   asks the next one), or another ``CredentialProviderError`` when it is configured but fails.
    func credentials() async throws -> AWSCredentials
}

/// Why no credentials could be had.
public enum CredentialProviderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The source is not set up here (no variables, no profile, no container endpoint).
    case notConfigured(String)
    /// The source is set up but broken: an incomplete profile, an unreadable token file, a failing endpoint.
    case failed(String)
    /// No source in the chain had credentials; lists what each said.
    case noneFound([String])

    public var description: String {
        switch self {
        case .notConfigured(let reason): return "credentials not configured: \(reason)"
        case .failed(let reason): return "credentials failed: \(reason)"
        case .noneFound(let reasons): return "no AWS credentials found (" + reasons.joined(separator: "; ") + ")"
        }
    }
}

/// The same credentials every time (tests, or keys handed over by the caller).
public struct StaticCredentialProvider: CredentialProvider {
    public let value: AWSCredentials
    public init(_ value: AWSCredentials) { self.value = value }
    public func credentials() async throws -> AWSCredentials { value }
}
