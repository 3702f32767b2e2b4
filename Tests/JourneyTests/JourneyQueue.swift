import Foundation
import Shared
import TestSupport

/// An SQS queue in moto that receives the `cloudmentor.auth` events of the default bus, so tests can read what
/// AuthFn published.
enum JourneyQueue {
    static func service(region: String, moto: MotoServer) -> AWSService {
        AWSService(serviceId: "SQS", signingName: "sqs", endpointPrefix: "sqs", region: region, endpoint: moto.endpoint)
    }

    /// Creates the queue and the rule; returns the queue URL.
    static func routeAuthEvents(aws: AWSClient, region: String, moto: MotoServer, suffix: String) async throws -> String
    {
        let sqs = service(region: region, moto: moto)
        let name = "auth-events-\(suffix)"
        let queue: [String: String] = try await aws.json(
            target: "AmazonSQS.CreateQueue", input: ["QueueName": name], to: sqs)
        let events = EventBridgeClient(client: aws, region: region, endpoint: moto.endpoint)
        let rule = "auth-\(suffix)"
        try await events.putRule(name: rule, eventPattern: #"{"source":["cloudmentor.auth"]}"#)
        try await events.putTargets(
            rule: rule, targets: [EventBridgeTarget(id: "queue", arn: "arn:aws:sqs:\(region):123456789012:\(name)")])
        return queue["QueueUrl"] ?? ""
    }

    /// The `detail` of every event received so far (each message once).
    static func receive(_ stack: JourneyStack) async throws -> [[String: Any]] {
        struct Input: Encodable {
            var queueUrl: String
            var maxNumberOfMessages = 10
            enum CodingKeys: String, CodingKey {
                case queueUrl = "QueueUrl"
                case maxNumberOfMessages = "MaxNumberOfMessages"
            }
        }
        struct Output: Decodable {
            struct Message: Decodable {
                var body: String
                enum CodingKeys: String, CodingKey { case body = "Body" }
            }
            var messages: [Message]?
            enum CodingKeys: String, CodingKey { case messages = "Messages" }
        }
        var details: [[String: Any]] = []
        for _ in 0..<5 {
            let output: Output = try await stack.aws.json(
                target: "AmazonSQS.ReceiveMessage", input: Input(queueUrl: stack.queueURL),
                to: service(region: stack.region, moto: stack.moto))
            let messages = output.messages ?? []
            if messages.isEmpty { break }
            for message in messages {
                let event = try JSONSerialization.jsonObject(with: Data(message.body.utf8)) as? [String: Any]
                if let detail = event?["detail"] as? [String: Any] { details.append(detail) }
            }
        }
        return details
    }
}
