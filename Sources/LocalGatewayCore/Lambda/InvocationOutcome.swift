import Foundation

/// An event waiting to be handed to a function process, with the extras the Runtime API passes as headers.
public struct InvocationRequest: Sendable {
    public var event: Data
    public var clientContext: String?
    public var cognitoIdentity: String?
    public var tenantID: String?
    public var traceID: String?

    public init(
        event: Data, clientContext: String? = nil, cognitoIdentity: String? = nil, tenantID: String? = nil,
        traceID: String? = nil
    ) {
        self.event = event
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
        self.tenantID = tenantID
        self.traceID = traceID
    }
}

/// How one invocation ended, in the terms the Lambda service uses.
public enum InvocationOutcome: Sendable, Equatable {
    /// The function posted `/response` with this body.
    case success(Data)
    /// The function posted `/error` (the error type from the header, the body as posted).
    case functionError(type: String, body: Data)
    /// The function did not answer before its timeout; its process was killed.
    case timedOut(seconds: Double)
    /// The process exited while it held the invocation (`Runtime.ExitError`).
    case crashed(status: Int32)
    /// The process posted `/init/error` or exited before its first `/next`.
    case initFailed(type: String, body: Data)

    /// The error type a caller of `Invoke` would see, or `nil` on success.
    public var errorType: String? {
        switch self {
        case .success: nil
        case .functionError(let type, _): type
        case .timedOut: "Sandbox.Timedout"
        case .crashed: "Runtime.ExitError"
        case .initFailed(let type, _): type
        }
    }

    /// The payload `Invoke` returns: the response, or the error document.
    public var payload: Data {
        switch self {
        case .success(let body), .functionError(_, let body), .initFailed(_, let body): body
        case .timedOut(let seconds):
            Data(
                #"{"errorMessage":"Task timed out after \#(String(format: "%.2f", seconds)) seconds","errorType":"Sandbox.Timedout"}"#
                    .utf8)
        case .crashed(let status):
            Data(
                #"{"errorMessage":"Runtime exited with error: exit status \#(status)","errorType":"Runtime.ExitError"}"#
                    .utf8)
        }
    }
}
