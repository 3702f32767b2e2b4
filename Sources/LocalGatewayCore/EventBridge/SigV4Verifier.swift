import Foundation
import Runtime
import Shared

/// Checks the SigV4 signature of a request made to the gateway, the way AWS does: it rebuilds the request from the
/// method, path, query, body and the headers named in `SignedHeaders`, signs it again with the secret of the access
/// key, and compares signatures. Only access keys it knows are accepted.
public struct SigV4Verifier: Sendable {
    /// Access key id → secret.
    public var secrets: [String: String]
    /// The signing name requests must be scoped to (`events`).
    public var service: String

    public init(secrets: [String: String], service: String) {
        self.secrets = secrets
        self.service = service
    }

    /// Why a signature was refused: an AWS error code and message.
    public struct Failure: Error, Sendable, Equatable {
        public var code: String
        public var message: String
    }

    /// Verifies `request`.
    ///
    /// - Throws: ``Failure`` with `MissingAuthenticationTokenException`, `IncompleteSignatureException`,
    ///   `UnrecognizedClientException` or `InvalidSignatureException`.
    public func verify(_ request: GatewayRequest) throws(Failure) {
        guard let authorization = request.header("authorization") else {
            throw Failure(code: "MissingAuthenticationTokenException", message: "Missing Authentication Token")
        }
        guard let parsed = Self.parse(authorization), let amzDate = request.header("x-amz-date"),
            let date = Self.date(amzDate)
        else {
            throw Failure(
                code: "IncompleteSignatureException", message: "The request signature is malformed or incomplete.")
        }
        guard parsed.scope.count == 4, parsed.scope[2] == service, parsed.scope[3] == "aws4_request" else {
            throw Failure(
                code: "InvalidSignatureException", message: "Credential should be scoped to the service '\(service)'.")
        }
        guard let secret = secrets[parsed.accessKeyId] else {
            throw Failure(
                code: "UnrecognizedClientException", message: "The security token included in the request is invalid.")
        }
        var headers = HTTPHeaders()
        for name in parsed.signedHeaders {
            guard let value = request.header(name) else {
                throw Failure(code: "InvalidSignatureException", message: "Signed header \(name) is missing.")
            }
            headers.add(name, value)
        }
        let host = request.header("host") ?? "localhost"
        let url = "http://\(host)\(request.rawPath)" + (request.rawQuery.isEmpty ? "" : "?" + request.rawQuery)
        var copy = HTTPRequest(method: request.method, url: url, headers: headers, body: request.body)
        let signer = SigV4Signer(region: parsed.scope[1], service: service)
        signer.sign(
            &copy,
            credentials: AWSCredentials(
                accessKeyId: parsed.accessKeyId, secretAccessKey: secret,
                sessionToken: request.header("x-amz-security-token")),
            date: date)
        guard let expected = copy.headers["authorization"].flatMap(Self.parse), expected.signature == parsed.signature
        else {
            throw Failure(
                code: "InvalidSignatureException",
                message:
                    "The request signature we calculated does not match the signature you provided. Check your AWS "
                    + "Secret Access Key and signing method.")
        }
    }

    struct Authorization: Equatable {
        var accessKeyId: String
        /// date / region / service / aws4_request
        var scope: [String]
        var signedHeaders: [String]
        var signature: String
    }

    /// `AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/events/aws4_request, SignedHeaders=a;b, Signature=…`.
    static func parse(_ header: String) -> Authorization? {
        guard header.hasPrefix(SigV4Signer.algorithm + " ") else { return nil }
        var fields: [String: String] = [:]
        for part in header.dropFirst(SigV4Signer.algorithm.count + 1).split(separator: ",") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
        }
        guard let credential = fields["Credential"], let signed = fields["SignedHeaders"],
            let signature = fields["Signature"]
        else { return nil }
        let parts = credential.split(separator: "/").map(String.init)
        guard parts.count == 5 else { return nil }
        return Authorization(
            accessKeyId: parts[0], scope: Array(parts[1...]),
            signedHeaders: signed.split(separator: ";").map(String.init), signature: signature)
    }

    /// `20250101T120000Z` as a date.
    static func date(_ text: String) -> Date? {
        let digits = Array(text.utf8)
        guard digits.count == 16, digits[8] == UInt8(ascii: "T"), digits[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? { Int(String(decoding: digits[range], as: UTF8.self)) }
        var components = DateComponents()
        components.year = number(0..<4)
        components.month = number(4..<6)
        components.day = number(6..<8)
        components.hour = number(9..<11)
        components.minute = number(11..<13)
        components.second = number(13..<15)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)
    }
}
