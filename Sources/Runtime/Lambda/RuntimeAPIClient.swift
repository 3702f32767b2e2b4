#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One event as `/runtime/invocation/next` delivered it.
public struct Invocation: Sendable {
    public var event: Data
    public var requestID: String
    public var deadlineMs: Int64
    public var invokedFunctionARN: String
    public var traceID: String?
    public var clientContext: String?
    public var cognitoIdentity: String?
    public var tenantID: String?
}

/// The body Lambda expects on `/error` and `/init/error`.
public struct ErrorReport: Codable, Sendable, Equatable {
    public var errorMessage: String
    public var errorType: String
    public var stackTrace: [String]

    public init(errorMessage: String, errorType: String, stackTrace: [String] = []) {
        self.errorMessage = errorMessage
        self.errorType = errorType
        self.stackTrace = stackTrace
    }
}

/// The Lambda Runtime API (`http://$AWS_LAMBDA_RUNTIME_API/2018-06-01`) over one blocking keep-alive connection.
///
/// Every method throws ``RuntimeError`` with code `runtimeAPIFailure` when the API cannot be reached or answers with
/// a status that means the environment is broken; the run loop then exits, as the contract asks.
public final class RuntimeAPIClient: @unchecked Sendable {
    /// The largest buffered response Lambda accepts: 6 MiB + 100 bytes.
    public static let maxResponseBytes = 6_291_556

    private let baseURL: String
    private let http: CurlEasyClient

    /// - Parameter endpoint: `host:port`, the value of `AWS_LAMBDA_RUNTIME_API`.
    public init(endpoint: String) throws(TransportError) {
        self.baseURL = "http://\(endpoint)/2018-06-01/runtime"
        self.http = try CurlEasyClient()
    }

    /// Blocks until the next event arrives. There is no timeout: Lambda may freeze the process while it waits.
    public func next() throws(RuntimeError) -> Invocation {
        let response = try exchange(HTTPRequest(method: "GET", url: "\(baseURL)/invocation/next"), what: "next")
        guard response.status == 200 else {
            throw RuntimeError(.runtimeAPIFailure, "/next answered \(response.status): \(Self.text(response.body))")
        }
        // One pass over the fields rather than a lookup per header, as this runs for every invocation. The names
        // are ASCII tokens, so a field of another length cannot match.
        var found = [String?](repeating: nil, count: Self.nextHeaders.count)
        for field in response.headers {
            let length = field.name.utf8.count
            for (index, name) in Self.nextHeaders.enumerated()
            where found[index] == nil && name.utf8.count == length && HTTPHeaders.sameName(field.name, name) {
                found[index] = field.value
                break
            }
        }
        guard let requestID = found[0] else {
            throw RuntimeError(.missingHeader, "/next answered without Lambda-Runtime-Aws-Request-Id")
        }
        return Invocation(
            event: response.body,
            requestID: requestID,
            deadlineMs: found[1].flatMap { Int64($0) } ?? 0,
            invokedFunctionARN: found[2] ?? "",
            traceID: found[3],
            clientContext: found[4],
            cognitoIdentity: found[5],
            tenantID: found[6])
    }

    /// The `/next` headers, in the order `next()` reads them from `found`.
    private static let nextHeaders = [
        "Lambda-Runtime-Aws-Request-Id", "Lambda-Runtime-Deadline-Ms", "Lambda-Runtime-Invoked-Function-Arn",
        "Lambda-Runtime-Trace-Id", "Lambda-Runtime-Client-Context", "Lambda-Runtime-Cognito-Identity",
        "Lambda-Runtime-Aws-Tenant-Id",
    ]

    /// Posts a successful response.
    ///
    /// - Returns: the Runtime API's status (202 when accepted; 413 when the body was too large).
    @discardableResult
    public func respond(requestID: String, body: Data) throws(RuntimeError) -> Int {
        let request = HTTPRequest(
            method: "POST", url: "\(baseURL)/invocation/\(requestID)/response",
            headers: ["Content-Type": "application/json"], body: body)
        return try checked(exchange(request, what: "response"), what: "response")
    }

    /// Posts an invocation error with the `Lambda-Runtime-Function-Error-Type` header.
    @discardableResult
    public func reportError(requestID: String, _ report: ErrorReport) throws(RuntimeError) -> Int {
        try checked(
            exchange(errorRequest("\(baseURL)/invocation/\(requestID)/error", report), what: "error"), what: "error")
    }

    /// Posts an initialisation error; the caller exits afterwards.
    @discardableResult
    public func reportInitError(_ report: ErrorReport) throws(RuntimeError) -> Int {
        try checked(exchange(errorRequest("\(baseURL)/init/error", report), what: "init/error"), what: "init/error")
    }

    private func errorRequest(_ url: String, _ report: ErrorReport) -> HTTPRequest {
        let body = (try? JSONEncoder().encode(report)) ?? Data()
        return HTTPRequest(
            method: "POST", url: url,
            headers: ["Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": report.errorType],
            body: body)
    }

    private func exchange(_ request: HTTPRequest, what: String) throws(RuntimeError) -> HTTPResponse {
        do {
            return try http.perform(request)
        } catch {
            throw RuntimeError(.runtimeAPIFailure, "the Runtime API did not answer /\(what)", underlying: error)
        }
    }

    private func checked(_ response: HTTPResponse, what: String) throws(RuntimeError) -> Int {
        // 5xx means the execution environment is broken: the contract says to exit promptly.
        guard response.status < 500 else {
            throw RuntimeError(.runtimeAPIFailure, "/\(what) answered \(response.status): \(Self.text(response.body))")
        }
        return response.status
    }

    private static func text(_ body: Data) -> String {
        String(decoding: body.prefix(512), as: UTF8.self)
    }
}
