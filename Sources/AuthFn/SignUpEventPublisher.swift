import Shared

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where `UserSignedUp` goes: the EventBridge bus in production and locally (LocalGateway or moto).
protocol SignUpEventPublisher: Sendable {
    /// - Throws: when the event was not accepted.
    func publish(_ event: UserSignedUp) async throws
}

/// Publishes `UserSignedUp` to the bus with `source: cloudmentor.auth`.
struct EventBridgeSignUpPublisher: SignUpEventPublisher {
    static let source = "cloudmentor.auth"

    var client: EventBridgeClient
    var busName: String

    /// - Throws: ``AWSError`` when PutEvents fails, or ``AWSError/Code/partialFailure`` when the entry is refused.
    func publish(_ event: UserSignedUp) async throws {
        let detail = String(decoding: try JSONCoding.encoder.encode(event), as: UTF8.self)
        let results = try await client.putEvents([
            EventBridgeEntry(
                source: Self.source, detailType: UserSignedUp.detailType, detail: detail, eventBusName: busName)
        ])
        if let failed = results.first(where: { $0.errorCode != nil }) {
            throw AWSError(
                code: .partialFailure, status: 200,
                message: "UserSignedUp refused: \(failed.errorCode ?? "") \(failed.errorMessage ?? "")")
        }
    }
}
