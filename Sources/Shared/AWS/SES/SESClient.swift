/// SES v2 (REST-JSON): sending email, and verifying sender identities for local provisioning.
///
/// Methods throw ``AWSError``: `MessageRejected` (sender not verified, in the sandbox: recipient not verified),
/// `AccountSendingPausedException`, `TooManyRequestsException` (retried), …
public struct SESClient: Sendable {
    public let client: AWSClient
    public let service: AWSService

    public init(
        client: AWSClient, region: String, environment: AWSEnvironment = AWSEnvironment([:]), endpoint: String? = nil
    ) {
        self.client = client
        self.service = AWSService(
            serviceId: "SESv2", signingName: "ses", endpointPrefix: "email", region: region, environment: environment,
            endpoint: endpoint)
    }

    /// Sends one message; returns SES's message id.
    @discardableResult
    public func sendEmail(_ input: SESSendEmailInput) async throws -> String? {
        let output: SESSendEmailOutput = try await client.restJSON(
            method: "POST", path: "/v2/email/outbound-emails", input: input, to: service)
        return output.messageId
    }

    /// Sends a UTF-8 message with a text body and an optional HTML body.
    @discardableResult
    public func sendEmail(
        from: String, to: [String], subject: String, text: String, html: String? = nil
    ) async throws
        -> String?
    {
        try await sendEmail(
            SESSendEmailInput(
                fromEmailAddress: from, destination: SESDestination(toAddresses: to),
                content: SESEmailContent(
                    simple: SESSimpleMessage(
                        subject: SESContent(data: subject, charset: "UTF-8"),
                        body: SESBody(
                            text: SESContent(data: text, charset: "UTF-8"),
                            html: html.map { SESContent(data: $0, charset: "UTF-8") })))))
    }

    /// Starts verification of an email address or domain as a sender (`CreateEmailIdentity`).
    @discardableResult
    public func createEmailIdentity(_ identity: String) async throws -> SESCreateEmailIdentityOutput {
        try await client.restJSON(
            method: "POST", path: "/v2/email/identities", input: SESCreateEmailIdentityInput(emailIdentity: identity),
            to: service)
    }
}
