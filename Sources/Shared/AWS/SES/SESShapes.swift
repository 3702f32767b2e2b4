// SES v2 API shapes (the fields this project uses), with the service's PascalCase JSON names.

/// Text with its character set.
public struct SESContent: Codable, Sendable, Equatable {
    public var data: String
    public var charset: String?

    public init(data: String, charset: String? = nil) {
        self.data = data
        self.charset = charset
    }

    enum CodingKeys: String, CodingKey {
        case data = "Data"
        case charset = "Charset"
    }
}

/// A message body: plain text, HTML or both.
public struct SESBody: Codable, Sendable, Equatable {
    public var text: SESContent?
    public var html: SESContent?

    public init(text: SESContent? = nil, html: SESContent? = nil) {
        self.text = text
        self.html = html
    }

    enum CodingKeys: String, CodingKey {
        case text = "Text"
        case html = "Html"
    }
}

/// A subject and a body.
public struct SESSimpleMessage: Codable, Sendable, Equatable {
    public var subject: SESContent
    public var body: SESBody

    public init(subject: SESContent, body: SESBody) {
        self.subject = subject
        self.body = body
    }

    enum CodingKeys: String, CodingKey {
        case subject = "Subject"
        case body = "Body"
    }
}

/// What is sent.
public struct SESEmailContent: Codable, Sendable, Equatable {
    public var simple: SESSimpleMessage

    public init(simple: SESSimpleMessage) {
        self.simple = simple
    }

    enum CodingKeys: String, CodingKey {
        case simple = "Simple"
    }
}

/// Recipients.
public struct SESDestination: Codable, Sendable, Equatable {
    public var toAddresses: [String]?
    public var ccAddresses: [String]?
    public var bccAddresses: [String]?

    public init(toAddresses: [String]? = nil, ccAddresses: [String]? = nil, bccAddresses: [String]? = nil) {
        self.toAddresses = toAddresses
        self.ccAddresses = ccAddresses
        self.bccAddresses = bccAddresses
    }

    enum CodingKeys: String, CodingKey {
        case toAddresses = "ToAddresses"
        case ccAddresses = "CcAddresses"
        case bccAddresses = "BccAddresses"
    }
}

/// SES v2 SendEmail request.
public struct SESSendEmailInput: Encodable, Sendable, Equatable {
    public var fromEmailAddress: String
    public var destination: SESDestination
    public var content: SESEmailContent
    public var replyToAddresses: [String]?
    public var configurationSetName: String?

    public init(
        fromEmailAddress: String, destination: SESDestination, content: SESEmailContent,
        replyToAddresses: [String]? = nil, configurationSetName: String? = nil
    ) {
        self.fromEmailAddress = fromEmailAddress
        self.destination = destination
        self.content = content
        self.replyToAddresses = replyToAddresses
        self.configurationSetName = configurationSetName
    }

    enum CodingKeys: String, CodingKey {
        case fromEmailAddress = "FromEmailAddress"
        case destination = "Destination"
        case content = "Content"
        case replyToAddresses = "ReplyToAddresses"
        case configurationSetName = "ConfigurationSetName"
    }
}

/// SES v2 SendEmail response.
public struct SESSendEmailOutput: Decodable, Sendable, Equatable {
    public var messageId: String?

    public init(messageId: String? = nil) {
        self.messageId = messageId
    }

    enum CodingKeys: String, CodingKey {
        case messageId = "MessageId"
    }
}

/// SES v2 CreateEmailIdentity request.
public struct SESCreateEmailIdentityInput: Encodable, Sendable, Equatable {
    public var emailIdentity: String

    public init(emailIdentity: String) {
        self.emailIdentity = emailIdentity
    }

    enum CodingKeys: String, CodingKey {
        case emailIdentity = "EmailIdentity"
    }
}

/// SES v2 CreateEmailIdentity response.
public struct SESCreateEmailIdentityOutput: Decodable, Sendable, Equatable {
    public var identityType: String?
    public var verifiedForSendingStatus: Bool?

    public init(identityType: String? = nil, verifiedForSendingStatus: Bool? = nil) {
        self.identityType = identityType
        self.verifiedForSendingStatus = verifiedForSendingStatus
    }

    enum CodingKeys: String, CodingKey {
        case identityType = "IdentityType"
        case verifiedForSendingStatus = "VerifiedForSendingStatus"
    }
}
