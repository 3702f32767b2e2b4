/// Errors of the runtime itself, with the `errorType` Lambda sees.
public struct RuntimeError: Error, Sendable, CustomStringConvertible, LambdaReportableError {
    public enum Code: String, Sendable {
        case invalidEvent = "Runtime.InvalidEvent"
        case responseSizeTooLarge = "Function.ResponseSizeTooLarge"
        case initializationFailed = "Runtime.InitError"
        case runtimeAPIFailure = "Runtime.APIFailure"
        case missingHeader = "Runtime.MissingHeader"
        case unhandled = "Unhandled"
    }

    public var code: Code
    public var message: String
    public var underlying: (any Error)?

    public init(_ code: Code, _ message: String, underlying: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    public var errorType: String { code.rawValue }

    public var description: String {
        if let underlying { return "\(code.rawValue): \(message) (\(underlying))" }
        return "\(code.rawValue): \(message)"
    }
}
