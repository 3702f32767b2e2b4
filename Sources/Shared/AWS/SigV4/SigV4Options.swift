/// How a request is signed, beyond credentials, region and service.
public struct SigV4Options: Sendable, Equatable {
    /// Remove dot segments and repeated slashes from the path before signing. Every service but S3 wants this.
    public var normalizePath: Bool
    /// Add a signed `x-amz-content-sha256` header with the payload hash (S3 style). Off for DynamoDB: moto trusts
    /// that header instead of hashing the body, so leaving it out keeps a tampered body detectable.
    public var signPayloadHeader: Bool
    /// Sign the literal `UNSIGNED-PAYLOAD` instead of the body's hash (large or streamed bodies).
    public var unsignedPayload: Bool
    /// Add `X-Amz-Security-Token` after signing instead of signing it, for the few services that ask for that.
    public var omitSessionTokenFromSignature: Bool

    public init(
        normalizePath: Bool = true, signPayloadHeader: Bool = false, unsignedPayload: Bool = false,
        omitSessionTokenFromSignature: Bool = false
    ) {
        self.normalizePath = normalizePath
        self.signPayloadHeader = signPayloadHeader
        self.unsignedPayload = unsignedPayload
        self.omitSessionTokenFromSignature = omitSessionTokenFromSignature
    }
}
