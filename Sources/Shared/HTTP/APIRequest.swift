#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An HTTP request as a handler sees it, whichever API Gateway payload format carried it.
public struct APIRequest: Sendable {
    public enum PayloadFormat: Sendable { case v1, v2 }

    public var method: String
    /// The path without the query, for example `/api/v1/courses/c-1`.
    public var path: String
    /// Header names in lower case; repeated headers joined with commas, as API Gateway does.
    public var headers: [String: String]
    /// Every value of every query parameter, in order.
    public var query: [String: [String]]
    public var cookies: [String]
    public var body: Data
    /// API Gateway's request id (`requestContext.requestId`), echoed as `x-request-id`.
    public var requestID: String
    /// The verified caller, when the route's authorizer ran.
    public var principal: Principal?
    /// Filled by the router from the matched template.
    public var pathParameters: [String: String]
    public var sourceIP: String?
    public var format: PayloadFormat

    public init(
        method: String, path: String, headers: [String: String] = [:], query: [String: [String]] = [:],
        cookies: [String] = [], body: Data = Data(), requestID: String, principal: Principal? = nil,
        pathParameters: [String: String] = [:], sourceIP: String? = nil, format: PayloadFormat = .v2
    ) {
        self.method = method.uppercased()
        self.path = path
        // HTTP APIs already send lower-case names; only other senders pay for the copy.
        let lowerCase = headers.keys.allSatisfy { name in
            !name.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        }
        self.headers =
            lowerCase
            ? headers
            : Dictionary(headers.map { ($0.key.lowercased(), $0.value) }) { first, second in "\(first),\(second)" }
        self.query = query
        self.cookies = cookies
        self.body = body
        self.requestID = requestID
        self.principal = principal
        self.pathParameters = pathParameters
        self.sourceIP = sourceIP
        self.format = format
    }

    /// The value of header `name`, whatever its case; `nil` when the request has none. Repeated headers come as one
    /// comma-joined value.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The path parameter `name`.
    ///
    /// - Throws: ``APIError`` 404 when it is missing or does not convert to `T` (the path names nothing).
    public func pathParameter<T: LosslessStringConvertible>(
        _ name: String, as type: T.Type = String.self
    ) throws(APIError) -> T {
        guard let raw = pathParameters[name], !raw.isEmpty, let value = T(raw) else {
            throw APIError.notFound("No resource matches \(path).")
        }
        return value
    }

    /// The first value of query parameter `name`, or `nil` when absent.
    ///
    /// - Throws: ``APIError`` 400 naming the parameter when it does not convert to `T`.
    public func queryParameter<T: LosslessStringConvertible>(
        _ name: String, as type: T.Type = String.self
    ) throws(APIError) -> T? {
        guard let raw = query[name]?.first else { return nil }
        guard let value = T(raw) else {
            throw APIError.badRequest("Query parameter '\(name)' has an invalid value '\(raw)'.")
        }
        return value
    }

    /// Decodes the JSON body.
    ///
    /// - Throws: ``APIError`` 400 when the body is empty or not JSON of the expected shape (naming the field), and
    ///   422 with every failing field when the decoded value is ``Validatable`` and fails validation.
    public func decode<T: Decodable>(_ type: T.Type) throws(APIError) -> T {
        guard !body.isEmpty else { throw APIError.badRequest("The request body is empty; a JSON object is expected.") }
        let value: T
        do {
            value = try JSONCoding.decoder.decode(T.self, from: body)
        } catch let error as DecodingError {
            throw APIError.badRequest(Self.describe(error))
        } catch {
            throw APIError.badRequest("The request body is not valid JSON.")
        }
        if let validatable = value as? any Validatable {
            let problems = validatable.validate()
            if !problems.isEmpty { throw APIError.unprocessable(problems) }
        }
        return value
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "the body" : "'" + keys.joined(separator: ".").replacing(".[", with: "[") + "'"
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.isEmpty ? "" : " in \(path(context))"
            return "The required field '\(key.stringValue)' is missing\(parent)."
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "The field \(path(context)) has the wrong type."
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "The request body is not valid JSON." : "The field \(path(context)) has an invalid value."
        @unknown default:
            return "The request body could not be read."
        }
    }
}
