import Foundation
import Runtime
import Testing

@testable import Shared

/// The published SigV4 test suites, byte for byte: aws-c-auth's `v4/` (header and presigned-query signing) and the
/// classic `aws4_testsuite`.
@Suite("SigV4 test vectors")
struct SigV4VectorTests {
    struct Context: Decodable {
        struct Credentials: Decodable {
            var accessKeyId: String
            var secretAccessKey: String
            var token: String?
        }

        var credentials: Credentials
        var region: String
        var service: String
        var timestamp: String
        var normalize: Bool
        var signBody: Bool
        var omitSessionToken: Bool?
        var expirationInSeconds: Int
    }

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }()

    static let awsCAuth = AWSTestPaths.sigv4Vectors.appendingPathComponent("aws-c-auth/v4")
    static let classic = AWSTestPaths.sigv4Vectors.appendingPathComponent("aws4_testsuite")

    static let awsCAuthCases: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: awsCAuth.path)) ?? []).sorted()

    /// Case folders of the classic suite (nested ones as `normalize-path/get-relative`).
    static let classicCases: [String] = {
        guard let walker = FileManager.default.enumerator(atPath: classic.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".req") }
            .map { ($0 as NSString).deletingLastPathComponent }.sorted()
    }()

    static func date(_ iso: String) -> Date {
        let digits = iso.split(whereSeparator: { !$0.isNumber }).map { Int($0)! }
        let seconds = CivilTime.epochSeconds(
            year: digits[0], month: digits[1], day: digits[2], hour: digits[3], minute: digits[4], second: digits[5])
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    static func load(_ folder: URL, _ name: String) throws -> String {
        try AWSTestPaths.text(folder.appendingPathComponent(name))
    }

    @Test func vectorsArePresent() {
        #expect(Self.awsCAuthCases.count == 38, "expected the 38 aws-c-auth cases under \(Self.awsCAuth.path)")
        #expect(Self.classicCases.count == 34)
    }

    @Test("aws-c-auth header signing", arguments: awsCAuthCases)
    func headerSigning(_ name: String) throws {
        let folder = Self.awsCAuth.appendingPathComponent(name)
        let context = try Self.decoder.decode(
            Context.self, from: Data(contentsOf: folder.appendingPathComponent("context.json")))
        let credentials = AWSCredentials(
            accessKeyId: context.credentials.accessKeyId, secretAccessKey: context.credentials.secretAccessKey,
            sessionToken: context.credentials.token)
        let signer = SigV4Signer(
            region: context.region, service: context.service,
            options: SigV4Options(
                normalizePath: context.normalize, signPayloadHeader: context.signBody,
                omitSessionTokenFromSignature: context.omitSessionToken ?? false))
        var request = try SigV4TestRequest(Self.load(folder, "request.txt")).httpRequest
        let result = signer.signWithDetails(&request, credentials: credentials, date: Self.date(context.timestamp))
        #expect(
            String(decoding: result.canonicalRequest, as: UTF8.self)
                == (try Self.load(folder, "header-canonical-request.txt")))
        #expect(
            String(decoding: result.stringToSign, as: UTF8.self) == (try Self.load(folder, "header-string-to-sign.txt"))
        )
        #expect(result.signature == (try Self.load(folder, "header-signature.txt")))
        let expected = try SigV4TestRequest(Self.load(folder, "header-signed-request.txt"))
        #expect(request.headers["Authorization"] == expected.headers["Authorization"])
        #expect(request.headers["X-Amz-Date"] == expected.headers["X-Amz-Date"])
        #expect(request.headers["X-Amz-Security-Token"] == expected.headers["X-Amz-Security-Token"])
    }

    @Test("aws-c-auth presigned query signing", arguments: awsCAuthCases)
    func querySigning(_ name: String) throws {
        let folder = Self.awsCAuth.appendingPathComponent(name)
        let context = try Self.decoder.decode(
            Context.self, from: Data(contentsOf: folder.appendingPathComponent("context.json")))
        let credentials = AWSCredentials(
            accessKeyId: context.credentials.accessKeyId, secretAccessKey: context.credentials.secretAccessKey,
            sessionToken: context.credentials.token)
        // Presigning never adds x-amz-content-sha256, so `signBody` does not apply.
        let signer = SigV4Signer(
            region: context.region, service: context.service,
            options: SigV4Options(
                normalizePath: context.normalize, omitSessionTokenFromSignature: context.omitSessionToken ?? false))
        let request = try SigV4TestRequest(Self.load(folder, "request.txt")).httpRequest
        let (signed, result) = signer.presignWithDetails(
            request, credentials: credentials, date: Self.date(context.timestamp),
            expires: context.expirationInSeconds)
        #expect(
            String(decoding: result.canonicalRequest, as: UTF8.self)
                == (try Self.load(folder, "query-canonical-request.txt")))
        #expect(
            String(decoding: result.stringToSign, as: UTF8.self) == (try Self.load(folder, "query-string-to-sign.txt")))
        #expect(result.signature == (try Self.load(folder, "query-signature.txt")))
        #expect(signed.url.hasSuffix("X-Amz-Signature=" + result.signature) || context.omitSessionToken == true)
    }

    @Test("classic aws4_testsuite", arguments: classicCases)
    func classicSuite(_ path: String) throws {
        let folder = Self.classic.appendingPathComponent(path)
        let name = (path as NSString).lastPathComponent
        var parsed = try SigV4TestRequest(Self.load(folder, name + ".req"))
        var token = parsed.headers["X-Amz-Security-Token"]
        parsed.headers.remove("X-Amz-Security-Token")
        if name == "get-vanilla-with-session-token" {
            token = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267"
        }
        let credentials = AWSCredentials(
            accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: token
        )
        let signer = SigV4Signer(region: "us-east-1", service: "service")
        var request = parsed.httpRequest
        let result = signer.signWithDetails(&request, credentials: credentials, date: Self.date("2015-08-30T12:36:00Z"))
        #expect(String(decoding: result.canonicalRequest, as: UTF8.self) == (try Self.load(folder, name + ".creq")))
        #expect(String(decoding: result.stringToSign, as: UTF8.self) == (try Self.load(folder, name + ".sts")))
        #expect(request.headers["Authorization"] == (try Self.load(folder, name + ".authz")))
    }
}
