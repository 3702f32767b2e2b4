import Runtime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Signs HTTP requests with AWS Signature Version 4 for one region and service, in the `Authorization` header or in
/// a presigned URL. Signing keys are cached per secret and day, so a signature costs two SHA-256 passes (payload and
/// canonical request) and one HMAC with a precomputed key.
public struct SigV4Signer: Sendable {
    /// The algorithm name that starts the string to sign and the `Authorization` header.
    public static let algorithm = "AWS4-HMAC-SHA256"
    /// The payload hash signed when ``SigV4Options/unsignedPayload`` is set.
    public static let unsignedPayloadHash = "UNSIGNED-PAYLOAD"

    public let region: String
    /// The signing name, for example `dynamodb`, `ses`, `cognito-idp`, `bedrock`.
    public let service: String
    public var options: SigV4Options
    private let keyCache: SigV4SigningKeyCache

    public init(region: String, service: String, options: SigV4Options = SigV4Options()) {
        self.region = region
        self.service = service
        self.options = options
        self.keyCache = SigV4SigningKeyCache(region: region, service: service)
    }

    /// What a signature was computed from; tests compare each piece with the published vectors.
    struct Signature {
        var canonicalRequest: [UInt8]
        var stringToSign: [UInt8]
        var signedHeaders: String
        var signature: String
        var scope: String
    }

    /// Signs `request` in place: sets `X-Amz-Date`, `Host` when missing, `X-Amz-Security-Token` for temporary
    /// credentials, `x-amz-content-sha256` when ``SigV4Options/signPayloadHeader`` is on, and `Authorization`.
    /// Headers set after this call are not covered by the signature.
    public func sign(_ request: inout HTTPRequest, credentials: AWSCredentials, date: Date) {
        _ = signWithDetails(&request, credentials: credentials, date: date)
    }

    @discardableResult
    func signWithDetails(_ request: inout HTTPRequest, credentials: AWSCredentials, date: Date) -> Signature {
        let timestamp = keyCache.timestamp(date)
        let parts = SigV4URLParts(request.url)
        let payloadHash = payloadHash(request.body)
        // One pass over the headers instead of HTTPHeaders.set, which lowercases every name on every call.
        var fields = request.headers.fields
        var hasHost = false
        fields.removeAll { field in
            if SigV4CanonicalRequest.equalsIgnoringCase(field.name, "host") { hasHost = true }
            return SigV4CanonicalRequest.equalsIgnoringCase(field.name, "x-amz-date")
                || SigV4CanonicalRequest.equalsIgnoringCase(field.name, "authorization")
                || (options.signPayloadHeader
                    && SigV4CanonicalRequest.equalsIgnoringCase(field.name, "x-amz-content-sha256"))
                || (credentials.sessionToken != nil
                    && SigV4CanonicalRequest.equalsIgnoringCase(field.name, "x-amz-security-token"))
        }
        if !hasHost { fields.append((name: "Host", value: parts.host)) }
        fields.append((name: "X-Amz-Date", value: timestamp.amzDate))
        if options.signPayloadHeader { fields.append((name: "x-amz-content-sha256", value: payloadHash)) }
        if let token = credentials.sessionToken, !options.omitSessionTokenFromSignature {
            fields.append((name: "X-Amz-Security-Token", value: token))
        }
        request.headers = HTTPHeaders(fields)
        let canonical = SigV4CanonicalRequest(
            method: request.method, url: parts, headers: request.headers, payloadHash: payloadHash,
            normalizePath: options.normalizePath)
        let result = signature(of: canonical, credentials: credentials, timestamp: timestamp)
        var authorization = Self.algorithm
        authorization.reserveCapacity(256)
        for piece in [
            " Credential=", credentials.accessKeyId, "/", result.scope, ", SignedHeaders=", canonical.signedHeaders,
            ", Signature=", result.signature,
        ] {
            authorization.append(piece)
        }
        fields.append((name: "Authorization", value: authorization))
        if let token = credentials.sessionToken, options.omitSessionTokenFromSignature {
            fields.append((name: "X-Amz-Security-Token", value: token))
        }
        request.headers = HTTPHeaders(fields)
        return result
    }

    /// A copy of `request` whose URL carries the signature (`X-Amz-Algorithm` … `X-Amz-Signature`), valid for
    /// `expires` seconds from `date`. Headers present on `request` are signed and must be sent unchanged.
    public func presign(_ request: HTTPRequest, credentials: AWSCredentials, date: Date, expires: Int) -> HTTPRequest {
        presignWithDetails(request, credentials: credentials, date: date, expires: expires).request
    }

    func presignWithDetails(
        _ request: HTTPRequest, credentials: AWSCredentials, date: Date, expires: Int
    ) -> (request: HTTPRequest, signature: Signature) {
        var signed = request
        let timestamp = SigV4Timestamp(date)
        let parts = SigV4URLParts(request.url)
        if signed.headers["host"] == nil { signed.headers.add("Host", parts.host) }
        let scope = scope(timestamp)
        let headerNames = SigV4CanonicalRequest.canonicalHeaders(signed.headers).map(\.name).joined(separator: ";")
        var extra: [(String, String)] = [
            ("X-Amz-Algorithm", Self.algorithm),
            ("X-Amz-Credential", credentials.accessKeyId + "/" + scope),
            ("X-Amz-Date", timestamp.amzDate),
            ("X-Amz-Expires", String(expires)),
            ("X-Amz-SignedHeaders", headerNames),
        ]
        if let token = credentials.sessionToken, !options.omitSessionTokenFromSignature {
            extra.append(("X-Amz-Security-Token", token))
        }
        let canonical = SigV4CanonicalRequest(
            method: request.method, url: parts, headers: signed.headers,
            payloadHash: options.unsignedPayload ? Self.unsignedPayloadHash : payloadHash(request.body),
            normalizePath: options.normalizePath, extraQuery: extra)
        let result = signature(of: canonical, credentials: credentials, timestamp: timestamp)
        var query = parts.query.isEmpty ? "" : String(decoding: parts.query, as: UTF8.self) + "&"
        for (name, value) in extra {
            query += name + "=" + SigV4Encoding.encode(value) + "&"
        }
        query += "X-Amz-Signature=" + result.signature
        if let token = credentials.sessionToken, options.omitSessionTokenFromSignature {
            query += "&X-Amz-Security-Token=" + SigV4Encoding.encode(token)
        }
        signed.url = parts.base + "?" + query
        return (signed, result)
    }

    private func payloadHash(_ body: Data) -> String {
        options.unsignedPayload ? Self.unsignedPayloadHash : SHA256.hash(body).hex
    }

    private func scope(_ timestamp: SigV4Timestamp) -> String {
        keyCache.scope(dateStamp: timestamp.dateStamp)
    }

    private func signature(
        of canonical: SigV4CanonicalRequest, credentials: AWSCredentials, timestamp: SigV4Timestamp
    ) -> Signature {
        let scope = scope(timestamp)
        var stringToSign = [UInt8]()
        stringToSign.reserveCapacity(160)
        stringToSign.append(contentsOf: Self.algorithm.utf8)
        stringToSign.append(UInt8(ascii: "\n"))
        stringToSign.append(contentsOf: timestamp.amzDate.utf8)
        stringToSign.append(UInt8(ascii: "\n"))
        stringToSign.append(contentsOf: scope.utf8)
        stringToSign.append(UInt8(ascii: "\n"))
        SHA256.hash(canonical.bytes).withUnsafeBytes { Hex.append($0, to: &stringToSign) }
        let key = keyCache.key(secret: credentials.secretAccessKey, dateStamp: timestamp.dateStamp)
        let signature = key.authenticate(stringToSign).hex
        return Signature(
            canonicalRequest: canonical.bytes, stringToSign: stringToSign, signedHeaders: canonical.signedHeaders,
            signature: signature, scope: scope)
    }
}
