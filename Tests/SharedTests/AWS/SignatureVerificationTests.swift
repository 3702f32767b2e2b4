import Foundation
import Runtime
import TestSupport
import Testing

@testable import Shared

/// Signatures checked by moto_server's IAM authentication (`INITIAL_NO_AUTH_ACTION_COUNT`): the first five actions
/// create a user with a key, a policy, and a role; after that every request must be signed by a known identity.
@Suite(
    "SigV4 against moto with signature verification",
    .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct SignatureVerificationTests {
    static let region = "us-east-1"

    @Test func signaturesAreVerified() async throws {
        let moto = try await MotoServer.start(initialNoAuthActionCount: 5)
        defer { moto.stop() }
        let admin = IAMClient(client: AWSTestHarness.client(), endpoint: moto.endpoint)
        try await admin.createUser(name: "tester")
        let keys = try await admin.createAccessKey(user: "tester")
        try await admin.putUserPolicy(
            user: "tester", policyName: "all", document: IAMClient.allowPolicy(["dynamodb:*", "sts:AssumeRole"]))
        let roleArn = try await admin.createRole(
            name: "worker",
            trustPolicy:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}"#
        )
        try await admin.putRolePolicy(
            role: "worker", policyName: "ddb", document: IAMClient.allowPolicy(["dynamodb:*"]))

        // Correctly signed requests succeed.
        let dynamo = DynamoDBClient(
            client: AWSTestHarness.client(credentials: keys), region: Self.region, endpoint: moto.endpoint)
        _ = try await dynamo.createTable(
            CreateTableInput(
                tableName: "signed", keySchema: [.init(attributeName: "id", keyType: "HASH")],
                attributeDefinitions: [.init(attributeName: "id", attributeType: "S")], billingMode: "PAY_PER_REQUEST"))
        try await dynamo.put(["id": "1", "v": "ok"] as [String: String], into: "signed")

        // A wrong secret is rejected.
        var wrong = keys
        wrong.secretAccessKey = "not-the-secret"
        let forged = DynamoDBClient(
            client: AWSTestHarness.client(credentials: wrong), region: Self.region, endpoint: moto.endpoint)
        await expectRejected(code: .signatureDoesNotMatch) {
            try await forged.put(["id": "2"] as [String: String], into: "signed")
        }

        // A body or a signed header changed after signing is rejected; an unsigned header is not checked.
        let signer = SigV4Signer(region: Self.region, service: "dynamodb")
        var request = HTTPRequest(
            method: "POST", url: moto.endpoint + "/",
            headers: ["Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "DynamoDB_20120810.PutItem"],
            body: Data(#"{"TableName":"signed","Item":{"id":{"S":"3"}}}"#.utf8))
        signer.sign(&request, credentials: keys, date: Date())
        let accepted = try await AWSTestHarness.transport.send(request, timeout: .seconds(10))
        #expect(accepted.status == 200)
        var tamperedBody = request
        tamperedBody.body = Data(#"{"TableName":"signed","Item":{"id":{"S":"4"}}}"#.utf8)
        try await expectStatus(tamperedBody, 403, code: .signatureDoesNotMatch)
        var tamperedHeader = request
        tamperedHeader.headers.set("X-Amz-Target", "DynamoDB_20120810.DeleteItem")
        try await expectStatus(tamperedHeader, 403, code: .signatureDoesNotMatch)

        // AssumeRole session credentials work with their token and fail with a wrong one.
        let sts = STSClient(
            client: AWSTestHarness.client(credentials: keys), region: Self.region, endpoint: moto.endpoint)
        let session = try await sts.assumeRole(roleArn: roleArn, sessionName: "test")
        #expect(session.sessionToken != nil)
        #expect(session.accessKeyId != keys.accessKeyId)
        let roleDynamo = DynamoDBClient(
            client: AWSTestHarness.client(credentials: session), region: Self.region, endpoint: moto.endpoint)
        #expect(
            try await roleDynamo.get([String: String].self, from: "signed", key: ["id": "1"]) == ["id": "1", "v": "ok"])
        var badToken = session
        badToken.sessionToken = "wrong-token"
        let badSession = DynamoDBClient(
            client: AWSTestHarness.client(credentials: badToken), region: Self.region, endpoint: moto.endpoint)
        await expectRejected(code: .invalidClientTokenId) {
            _ = try await badSession.get([String: String].self, from: "signed", key: ["id": "1"])
        }
    }

    func expectRejected(code: AWSError.Code, _ body: () async throws -> Void) async {
        do {
            try await body()
            Issue.record("expected \(code)")
        } catch let error as AWSError {
            #expect(error.code == code)
            #expect(error.status == 403)
            #expect(error.attempts == 1, "authentication failures are not retried")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    func expectStatus(_ request: HTTPRequest, _ status: Int, code: AWSError.Code) async throws {
        let response = try await AWSTestHarness.transport.send(request, timeout: .seconds(10))
        #expect(response.status == status)
        #expect(AWSErrorParser.parse(response).code == code)
    }
}
