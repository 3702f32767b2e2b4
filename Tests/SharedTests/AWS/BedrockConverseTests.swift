import Foundation
import Runtime
import TestSupport
import Testing

@testable import Shared

/// Bedrock Converse against a loopback stand-in that answers with a response of the documented shape; the request
/// we send is compared with what botocore sends for the same input, credentials and clock.
@Suite(
    "Bedrock Converse against a loopback server",
    .enabled(if: MotoServer.isInstalled, "moto_server (and boto3) is not installed"))
struct BedrockConverseTests {
    static let response = #"""
        {"output":{"message":{"role":"assistant","content":[{"text":"A NAT gateway "},{"text":"lets private subnets reach the internet."}]}},
         "stopReason":"end_turn","usage":{"inputTokens":21,"outputTokens":12,"totalTokens":33},"metrics":{"latencyMs":412}}
        """#
    static let credentials = AWSCredentials(
        accessKeyId: "ASIAEXAMPLEBEDROCK01", secretAccessKey: "bedrock/secret+key", sessionToken: "session-token-value")
    static let timestamp = "20260102T030405Z"
    static let date = Date(timeIntervalSince1970: 1_767_323_045)
    static let modelId = "anthropic.claude-3-haiku-20240307-v1:0"

    @Test func requestMatchesBotocore() async throws {
        let server = try FaultProxy(upstream: nil) { _ in
            FaultProxyResponse(
                status: 200, headers: [("Content-Type", "application/json")], body: Data(Self.response.utf8))
        }
        defer { server.stop() }
        let client = AWSClient(
            transport: AWSTestHarness.transport, credentials: StaticCredentialProvider(Self.credentials),
            clock: FixedAWSClock(Self.date))
        let bedrock = BedrockRuntimeClient(client: client, region: "us-east-1", endpoint: server.endpoint)
        let (text, output) = try await bedrock.converse(
            modelId: Self.modelId, system: "Answer in one sentence.", prompt: "What does a NAT gateway do?",
            maxTokens: 200,
            temperature: 0.2)
        #expect(text == "A NAT gateway lets private subnets reach the internet.")
        #expect(output.stopReason == "end_turn")
        #expect(output.usage?.totalTokens == 33)

        let sent = try #require(server.requests.first)
        let reference = try PythonReference.run(
            "botocore_reference.py",
            input: [
                "mode": "converse", "endpoint": server.endpoint, "region": "us-east-1", "model_id": Self.modelId,
                "timestamp": Self.timestamp, "access_key": Self.credentials.accessKeyId,
                "secret_key": Self.credentials.secretAccessKey, "token": Self.credentials.sessionToken!,
                "converse": [
                    "messages": [["role": "user", "content": [["text": "What does a NAT gateway do?"]]]],
                    "system": [["text": "Answer in one sentence."]],
                    "inferenceConfig": ["maxTokens": 200, "temperature": 0.2],
                ],
            ])
        let botoURL = try #require(reference["url"] as? String)
        let botoHeaders = try #require(reference["headers"] as? [String: String])
        let botoBody = try #require(reference["body"] as? String)
        #expect(server.endpoint + sent.target == botoURL, "the model id is percent-encoded as botocore does")
        #expect(
            try JSONSerialization.jsonObject(with: sent.body) as? NSDictionary
                == JSONSerialization.jsonObject(with: Data(botoBody.utf8)) as? NSDictionary)
        #expect(sent.header("X-Amz-Date") == botoHeaders["X-Amz-Date"])
        #expect(sent.header("X-Amz-Security-Token") == botoHeaders["X-Amz-Security-Token"])
        let ours = try #require(sent.header("Authorization"))
        let theirs = try #require(botoHeaders["Authorization"])
        #expect(ours.components(separatedBy: ", Signature=")[0] == theirs.components(separatedBy: ", Signature=")[0])

        // botocore's signer over exactly our request gives our signature…
        let signedByBotocore = try PythonReference.run(
            "botocore_reference.py",
            input: [
                "mode": "sign", "method": "POST", "url": server.endpoint + sent.target,
                "headers": ["Content-Type": sent.header("Content-Type") ?? ""],
                "body": String(decoding: sent.body, as: UTF8.self), "region": "us-east-1", "service": "bedrock",
                "timestamp": Self.timestamp, "access_key": Self.credentials.accessKeyId,
                "secret_key": Self.credentials.secretAccessKey, "token": Self.credentials.sessionToken!,
            ])
        #expect(signedByBotocore["authorization"] as? String == ours)

        // …and our signer over exactly botocore's request gives botocore's signature.
        var botoRequest = HTTPRequest(
            method: "POST", url: botoURL, headers: ["Content-Type": botoHeaders["Content-Type"] ?? ""],
            body: Data(botoBody.utf8))
        SigV4Signer(region: "us-east-1", service: "bedrock").sign(
            &botoRequest, credentials: Self.credentials, date: Self.date)
        #expect(botoRequest.headers["Authorization"] == theirs)
    }

    @Test func errorsAreParsedFromRestJSON() async throws {
        let server = try FaultProxy(upstream: nil) { _ in
            FaultProxyResponse(
                status: 403,
                headers: [
                    ("Content-Type", "application/json"),
                    ("x-amzn-ErrorType", "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.bedrock/"),
                ],
                body: Data(#"{"message":"You don't have access to the model with the specified model ID."}"#.utf8))
        }
        defer { server.stop() }
        let bedrock = BedrockRuntimeClient(
            client: AWSTestHarness.client(), region: "us-east-1", endpoint: server.endpoint)
        do {
            _ = try await bedrock.converse(modelId: Self.modelId, prompt: "hi")
            Issue.record("expected AccessDeniedException")
        } catch let error as AWSError {
            #expect(error.code == .accessDenied)
            #expect(error.status == 403)
            #expect(error.message.hasPrefix("You don't have access"))
            #expect(server.requests.count == 1, "access errors are not retried")
        }
    }
}
