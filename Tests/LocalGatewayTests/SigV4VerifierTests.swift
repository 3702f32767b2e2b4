import Foundation
import Runtime
import Shared
import Testing

@testable import LocalGatewayCore

@Suite("SigV4 verification of PutEvents")
struct SigV4VerifierTests {
    let verifier = SigV4Verifier(secrets: ["testing": "secret"], service: "events")
    static let body = Data(#"{"Entries":[]}"#.utf8)

    /// A request signed by our own signer, as the functions' EventBridge client sends it.
    static func signed(
        accessKey: String = "testing", secret: String = "secret", service: String = "events",
        region: String = "us-east-1"
    ) -> GatewayRequest {
        var request = HTTPRequest(
            method: "POST", url: "http://127.0.0.1:8080/",
            headers: ["Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "AWSEvents.PutEvents"], body: body)
        SigV4Signer(region: region, service: service).sign(
            &request, credentials: AWSCredentials(accessKeyId: accessKey, secretAccessKey: secret),
            date: Date(timeIntervalSince1970: 1_700_000_000))
        return GatewayRequest(
            method: "POST", rawPath: "/", headers: request.headers.map { ($0.name, $0.value) }, body: request.body)
    }

    @Test("a request signed with a known key passes, in any region")
    func valid() throws {
        try verifier.verify(Self.signed())
        try verifier.verify(Self.signed(region: "eu-west-1"))
    }

    @Test(
        "tampering and unknown keys are refused with AWS's codes",
        arguments: [
            ("body", "InvalidSignatureException"), ("target", "InvalidSignatureException"),
            ("secret", "InvalidSignatureException"), ("key", "UnrecognizedClientException"),
            ("service", "InvalidSignatureException"), ("unsigned", "MissingAuthenticationTokenException"),
            ("garbled", "IncompleteSignatureException"), ("date", "IncompleteSignatureException"),
        ])
    func refused(change: String, code: String) {
        var request = Self.signed(
            accessKey: change == "key" ? "other" : "testing", secret: change == "secret" ? "wrong" : "secret",
            service: change == "service" ? "dynamodb" : "events")
        func replace(_ name: String, _ value: String?) {
            request.headers.removeAll { $0.name.lowercased() == name }
            if let value { request.headers.append((name, value)) }
        }
        switch change {
        case "body": request.body = Data(#"{"Entries":[{}]}"#.utf8)
        case "target": replace("x-amz-target", "AWSEvents.PutRule")
        case "unsigned": replace("authorization", nil)
        case "garbled": replace("authorization", "AWS4-HMAC-SHA256 nonsense")
        case "date": replace("x-amz-date", "yesterday")
        default: break
        }
        #expect {
            try verifier.verify(request)
        } throws: { error in
            (error as? SigV4Verifier.Failure)?.code == code
        }
    }

    @Test("an unsigned header added after signing does not matter")
    func unsignedHeader() throws {
        var request = Self.signed()
        request.headers.append(("X-Extra", "1"))
        try verifier.verify(request)
    }
}
