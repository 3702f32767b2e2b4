import Runtime

/// Asks each provider in turn and returns the first credentials found; a provider that is not configured passes to
/// the next, one that is configured but fails stops the chain with its error (a broken setup should be noticed, not
/// silently replaced by another identity).
public struct CredentialProviderChain: CredentialProvider {
    public let providers: [any CredentialProvider]

    public init(_ providers: [any CredentialProvider]) {
        self.providers = providers
    }

    /// The default chain: environment, shared-file profile, container endpoint; cached and refreshed five
    /// minutes before expiry.
    public static func standard(
        environment: AWSEnvironment, transport: any HTTPTransport, clock: any AWSClock = SystemAWSClock()
    ) -> CachedCredentialProvider {
        CachedCredentialProvider(
            CredentialProviderChain([
                EnvironmentCredentialProvider(environment: environment),
                ProfileCredentialProvider(environment: environment),
                ContainerCredentialProvider(environment: environment, transport: transport),
            ]), clock: clock)
    }

    /// - Throws: the first configured provider's error, or `noneFound` listing why each source was skipped.
    public func credentials() async throws -> AWSCredentials {
        var reasons: [String] = []
        for provider in providers {
            do {
                return try await provider.credentials()
            } catch CredentialProviderError.notConfigured(let reason) {
                reasons.append(reason)
            }
        }
        throw CredentialProviderError.noneFound(reasons)
    }
}
