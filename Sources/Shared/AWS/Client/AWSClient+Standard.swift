import Runtime

extension AWSClient {
    /// The client a function builds once at start-up: the libcurl transport and the standard credential chain
    /// (environment, shared files and profiles, container credentials), cached and refreshed before expiry.
    ///
    /// - Throws: ``TransportError`` when libcurl cannot be initialised.
    public static func standard(environment: AWSEnvironment = .process) throws -> AWSClient {
        let transport = try CurlTransport()
        return AWSClient(
            transport: transport,
            credentials: CredentialProviderChain.standard(environment: environment, transport: transport))
    }
}
