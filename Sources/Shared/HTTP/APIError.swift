/// An error a handler throws to answer with a 4xx (or a deliberate 5xx), rendered as RFC 9457 problem+json by the
/// router. Anything else a handler throws becomes a 500 with a generic detail; its text goes only to the log.
public struct APIError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case badRequest = "bad-request"
        case unauthorized = "unauthorized"
        case forbidden = "forbidden"
        case notFound = "not-found"
        case methodNotAllowed = "method-not-allowed"
        case conflict = "conflict"
        case payloadTooLarge = "payload-too-large"
        case unprocessable = "validation-failed"
        case tooManyRequests = "too-many-requests"
        case serviceUnavailable = "service-unavailable"
        case internalError = "internal-error"
    }

    public var code: Code
    /// Safe to show the caller: says what was wrong and how to fix it; never internal text.
    public var detail: String
    public var fieldErrors: [FieldError]
    /// Extra headers, such as `Allow` for 405 and `Retry-After` for 429.
    public var headers: [String: String]
    /// Extension members added to the problem document (for example `lessonId` for a locked lesson).
    public var extensions: [String: String]

    public init(
        _ code: Code, _ detail: String, fieldErrors: [FieldError] = [], headers: [String: String] = [:],
        extensions: [String: String] = [:]
    ) {
        self.code = code
        self.detail = detail
        self.fieldErrors = fieldErrors
        self.headers = headers
        self.extensions = extensions
    }

    public var status: Int {
        switch code {
        case .badRequest: 400
        case .unauthorized: 401
        case .forbidden: 403
        case .notFound: 404
        case .methodNotAllowed: 405
        case .conflict: 409
        case .payloadTooLarge: 413
        case .unprocessable: 422
        case .tooManyRequests: 429
        case .serviceUnavailable: 503
        case .internalError: 500
        }
    }

    public var title: String {
        switch code {
        case .badRequest: "Bad Request"
        case .unauthorized: "Unauthorized"
        case .forbidden: "Forbidden"
        case .notFound: "Not Found"
        case .methodNotAllowed: "Method Not Allowed"
        case .conflict: "Conflict"
        case .payloadTooLarge: "Content Too Large"
        case .unprocessable: "Unprocessable Content"
        case .tooManyRequests: "Too Many Requests"
        case .serviceUnavailable: "Service Unavailable"
        case .internalError: "Internal Server Error"
        }
    }

    public var description: String { "APIError(\(status) \(code.rawValue)): \(detail)" }

    public static func badRequest(_ detail: String) -> APIError { APIError(.badRequest, detail) }
    public static func unauthorized(_ detail: String) -> APIError { APIError(.unauthorized, detail) }
    public static func forbidden(_ detail: String, extensions: [String: String] = [:]) -> APIError {
        APIError(.forbidden, detail, extensions: extensions)
    }
    public static func notFound(_ detail: String) -> APIError { APIError(.notFound, detail) }
    public static func conflict(_ detail: String) -> APIError { APIError(.conflict, detail) }
    public static func unprocessable(_ errors: [FieldError]) -> APIError {
        let fields = errors.map(\.field).joined(separator: ", ")
        return APIError(.unprocessable, "Validation failed for: \(fields).", fieldErrors: errors)
    }
    public static func tooManyRequests(_ detail: String, retryAfterSeconds: Int) -> APIError {
        APIError(.tooManyRequests, detail, headers: ["Retry-After": String(retryAfterSeconds)])
    }
}
