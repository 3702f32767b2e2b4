import Foundation
import Runtime
import TestSupport
import Testing

@testable import Shared

/// Cognito, SES, SNS and EventBridge against moto_server, each in its own region.
@Suite("AWS services against moto", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct AWSServicesIntegrationTests {
    @Test func cognitoSignUpSignInRefreshSignOut() async throws {
        let moto = try await MotoServer.shared()
        let cognito = CognitoClient(client: AWSTestHarness.client(), region: "ap-south-1", endpoint: moto.endpoint)
        let pool = try await cognito.createUserPool(name: AWSTestHarness.uniqueName("pool"))
        let app = try await cognito.createUserPoolClient(userPoolId: pool.id, name: "web")
        let email = "ana@example.com"

        let signUp = try await cognito.signUp(
            clientId: app.clientId, username: email, password: "Passw0rd!long", attributes: ["email": email])
        #expect(signUp.userConfirmed == false)
        await #expect(throws: AWSError.self) {
            try await cognito.signUp(clientId: app.clientId, username: email, password: "Passw0rd!long")
        }
        try await cognito.adminConfirmSignUp(userPoolId: pool.id, username: email)
        #expect(try await cognito.adminGetUser(userPoolId: pool.id, username: email).userStatus == "CONFIRMED")

        do {
            _ = try await cognito.signIn(clientId: app.clientId, username: email, password: "wrong-password")
            Issue.record("a wrong password must be refused")
        } catch let error as AWSError {
            #expect(error.code == .notAuthorized)
        }
        let signIn = try await cognito.signIn(clientId: app.clientId, username: email, password: "Passw0rd!long")
        let tokens = try #require(signIn.authenticationResult)
        let access = try #require(tokens.accessToken)
        let refreshToken = try #require(tokens.refreshToken)
        #expect(tokens.idToken?.split(separator: ".").count == 3, "the id token is a JWT")
        #expect(tokens.tokenType == "Bearer")

        let user = try await cognito.getUser(accessToken: access)
        #expect(user.userAttributes?.contains(CognitoAttribute(name: "email", value: email)) == true)

        let refreshed = try await cognito.refresh(clientId: app.clientId, refreshToken: refreshToken)
        #expect(refreshed.authenticationResult?.accessToken != nil)

        try await cognito.globalSignOut(accessToken: access)
        await #expect(throws: AWSError.self) { try await cognito.getUser(accessToken: access) }

        try await cognito.createGroup(userPoolId: pool.id, name: "admin")
        try await cognito.adminAddUserToGroup(userPoolId: pool.id, username: email, group: "admin")
        try await cognito.forgotPassword(clientId: app.clientId, username: email)
    }

    @Test func cognitoClientSecretHash() {
        let cognito = CognitoClient(
            client: AWSTestHarness.client(), region: "us-east-1", endpoint: "http://127.0.0.1:1", clientSecret: "secret"
        )
        // Base64(HMAC-SHA256("secret", "user" + "client")), computed with Python's hmac module.
        #expect(
            cognito.secretHash(username: "user", clientId: "client") == "wvW87lzZoI+qQCVGmWVBJLlucdJ65huAVP1z+0MgA6E=")
    }

    @Test func sesSendIsReadBackFromMoto() async throws {
        let moto = try await MotoServer.shared()
        let ses = SESClient(client: AWSTestHarness.client(), region: "ap-northeast-1", endpoint: moto.endpoint)
        let sender = "noreply-\(UUID().uuidString.prefix(6))@cloudmentor.example"
        do {
            try await ses.sendEmail(from: sender, to: ["ana@example.com"], subject: "Hi", text: "x")
            Issue.record("an unverified sender must be rejected")
        } catch let error as AWSError {
            #expect(error.code == .messageRejected)
        }
        try await ses.createEmailIdentity(sender)
        let id = try await ses.sendEmail(
            from: sender, to: ["ana@example.com"], subject: "Your weekly summary", text: "3 lessons mastered")
        #expect(id != nil)
        let messages =
            try await moto.data()["ses"].flatMap { ($0 as? [String: Any])?["Message"] as? [[String: Any]] } ?? []
        let sent = try #require(messages.first { $0["source"] as? String == sender })
        #expect(sent["subject"] as? String == "Your weekly summary")
        #expect(sent["body"] as? String == "3 lessons mastered")
        #expect((sent["destinations"] as? [String: Any])?["ToAddresses"] as? [String] == ["ana@example.com"])
    }

    @Test func snsPublish() async throws {
        let moto = try await MotoServer.shared()
        let sns = SNSClient(client: AWSTestHarness.client(), region: "ap-southeast-1", endpoint: moto.endpoint)
        let topic = try await sns.createTopic(name: AWSTestHarness.uniqueName("push"))
        let id = try await sns.publish(
            topicArn: topic, message: "You earned a badge & a streak <3", subject: "Badge",
            attributes: ["kind": "badge"])
        #expect(!id.isEmpty)
        let topics = try await moto.data()["sns"].flatMap { ($0 as? [String: Any])?["Topic"] as? [[String: Any]] } ?? []
        let ours = try #require(topics.first { $0["arn"] as? String == topic })
        let sent = ours["sent_notifications"] as? [[Any]] ?? []
        #expect(sent.count == 1)
        #expect(sent.first?[1] as? String == "You earned a badge & a streak <3")
        await #expect(throws: AWSError.self) {
            try await sns.publish(topicArn: topic + "-missing", message: "x")
        }
    }

    @Test func eventBridgeEventsAreRoutedToSQS() async throws {
        let moto = try await MotoServer.shared()
        let region = "ca-central-1"
        let aws = AWSTestHarness.client()
        let events = EventBridgeClient(client: aws, region: region, endpoint: moto.endpoint)
        let sqs = AWSService(
            serviceId: "SQS", signingName: "sqs", endpointPrefix: "sqs", region: region, endpoint: moto.endpoint)
        let queueName = AWSTestHarness.uniqueName("events")
        let queue: [String: String] = try await aws.json(
            target: "AmazonSQS.CreateQueue", input: ["QueueName": queueName], to: sqs)
        let queueURL = try #require(queue["QueueUrl"])
        let queueArn = "arn:aws:sqs:\(region):123456789012:\(queueName)"
        let rule = AWSTestHarness.uniqueName("mastered")
        try await events.putRule(
            name: rule, eventPattern: #"{"source":["cloudmentor.progress"],"detail-type":["LessonMastered"]}"#)
        try await events.putTargets(rule: rule, targets: [EventBridgeTarget(id: "queue", arn: queueArn)])

        let entries = (0..<12).map { index in
            EventBridgeEntry(
                source: index == 11 ? "cloudmentor.other" : "cloudmentor.progress", detailType: "LessonMastered",
                detail: #"{"eventId":"e\#(index)","lessonId":"l\#(index)"}"#)
        }
        let bad = EventBridgeEntry(source: "cloudmentor.progress", detailType: "LessonMastered", detail: "{not json")
        let results = try await events.putEvents(entries + [bad])
        #expect(results.count == 13)
        #expect(results.prefix(12).allSatisfy { $0.eventId != nil && $0.errorCode == nil })
        #expect(results[12].errorCode == "MalformedDetail", "per-entry failures are surfaced")

        struct Received: Decodable {
            struct Message: Decodable {
                var body: String
                enum CodingKeys: String, CodingKey { case body = "Body" }
            }
            var messages: [Message]?
            enum CodingKeys: String, CodingKey { case messages = "Messages" }
        }
        var bodies: [String] = []
        for _ in 0..<10 where bodies.count < 11 {
            let received: Received = try await aws.json(
                target: "AmazonSQS.ReceiveMessage",
                input: ReceiveInput(queueUrl: queueURL, maxNumberOfMessages: 10), to: sqs)
            bodies += (received.messages ?? []).map(\.body)
        }
        #expect(bodies.count == 11, "eleven events match the rule; the twelfth has another source")
        let first = try #require(
            bodies.first.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
        #expect(first["detail-type"] as? String == "LessonMastered")
        #expect(first["source"] as? String == "cloudmentor.progress")
        #expect((first["detail"] as? [String: Any])?["eventId"] != nil)
    }

    struct ReceiveInput: Encodable {
        var queueUrl: String
        var maxNumberOfMessages: Int
        enum CodingKeys: String, CodingKey {
            case queueUrl = "QueueUrl"
            case maxNumberOfMessages = "MaxNumberOfMessages"
        }
    }
}
