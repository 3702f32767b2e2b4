/// The one error every AWS call throws when AWS (or the way to it) says no: the service's error code, the HTTP
/// status, the message and the request id, plus what DynamoDB adds for failed conditions and cancelled
/// transactions. It prints in one line for logs; it is never shown to API clients (the HTTP layer maps it).
public struct AWSError: Error, Sendable, CustomStringConvertible {
    /// A service error code such as `ConditionalCheckFailedException`, or one of the client's own codes for failures
    /// without a service answer (``Code/connectionFailed``, ``Code/timedOut``, ``Code/crc32Mismatch``).
    public struct Code: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }
        public var description: String { rawValue }

        public static let conditionalCheckFailed: Code = "ConditionalCheckFailedException"
        public static let transactionCanceled: Code = "TransactionCanceledException"
        public static let validation: Code = "ValidationException"
        public static let resourceNotFound: Code = "ResourceNotFoundException"
        public static let resourceInUse: Code = "ResourceInUseException"
        public static let provisionedThroughputExceeded: Code = "ProvisionedThroughputExceededException"
        public static let throttling: Code = "ThrottlingException"
        public static let signatureDoesNotMatch: Code = "SignatureDoesNotMatch"
        public static let invalidClientTokenId: Code = "InvalidClientTokenId"
        public static let accessDenied: Code = "AccessDeniedException"
        public static let notAuthorized: Code = "NotAuthorizedException"
        public static let userNotFound: Code = "UserNotFoundException"
        public static let usernameExists: Code = "UsernameExistsException"
        public static let codeMismatch: Code = "CodeMismatchException"
        public static let messageRejected: Code = "MessageRejected"
        /// The response body did not match DynamoDB's `x-amz-crc32`; retried like a transient error.
        public static let crc32Mismatch: Code = "CRC32CheckFailed"
        /// No connection, or the connection broke before a response arrived.
        public static let connectionFailed: Code = "ConnectionFailed"
        /// No response within the request timeout.
        public static let timedOut: Code = "RequestTimeout"
        /// The request could not be sent for a reason another attempt does not cure (a malformed URL, TLS).
        public static let transportFailed: Code = "TransportFailed"
        /// A 2xx response whose body could not be decoded as the operation's output.
        public static let malformedResponse: Code = "MalformedResponse"
        /// Some entries of a batch call (PutEvents, BatchWriteItem) still failed after every retry.
        public static let partialFailure: Code = "PartialFailure"
    }

    public var code: Code
    /// The HTTP status, or 0 when no response arrived.
    public var status: Int
    public var message: String
    /// AWS's request id (`x-amzn-RequestId`), for support cases and log correlation.
    public var requestId: String?
    /// How many attempts were made, retries included.
    public var attempts: Int
    /// For ``Code/transactionCanceled``: one reason per transaction item, in request order (`None` for items
    /// that did not fail).
    public var cancellationReasons: [CancellationReason]
    /// For ``Code/conditionalCheckFailed`` with `ReturnValuesOnConditionCheckFailure=ALL_OLD`: the item as it was.
    public var item: [String: AttributeValue]?
    /// The transport or decoding error behind a client-side code.
    public var underlying: (any Error & Sendable)?

    public init(
        code: Code, status: Int, message: String, requestId: String? = nil, attempts: Int = 1,
        cancellationReasons: [CancellationReason] = [], item: [String: AttributeValue]? = nil,
        underlying: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.status = status
        self.message = message
        self.requestId = requestId
        self.attempts = attempts
        self.cancellationReasons = cancellationReasons
        self.item = item
        self.underlying = underlying
    }

    /// Why one item of a cancelled DynamoDB transaction failed.
    public struct CancellationReason: Sendable, Equatable, Codable {
        /// `None`, `ConditionalCheckFailed`, `ItemCollectionSizeLimitExceeded`, `TransactionConflict`, …
        public var code: String
        public var message: String?
        public var item: [String: AttributeValue]?

        public init(code: String, message: String? = nil, item: [String: AttributeValue]? = nil) {
            self.code = code
            self.message = message
            self.item = item
        }

        enum CodingKeys: String, CodingKey {
            case code = "Code"
            case message = "Message"
            case item = "Item"
        }
    }

    public var description: String {
        var text = "AWSError(\(code.rawValue), status \(status)"
        if let requestId { text += ", request \(requestId)" }
        if attempts > 1 { text += ", after \(attempts) attempts" }
        text += "): \(message)"
        if !cancellationReasons.isEmpty {
            text += " [reasons: " + cancellationReasons.map(\.code).joined(separator: ", ") + "]"
        }
        if let underlying { text += " (\(underlying))" }
        return text
    }
}
