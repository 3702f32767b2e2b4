import Logging
import Runtime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Who may call a route.
public enum RouteAccess: Sendable {
    /// No authorizer: anyone (sign-up, login, health, the public catalog).
    case `public`
    /// A verified caller.
    case authenticated
    /// A verified caller in the Cognito `admin` group.
    case admin
}

/// Method + path-template routing for API Gateway events, with one place that turns errors into problem+json.
///
/// ```swift
/// var router = Router()
/// router.get("/api/v1/courses/{id}", access: .public) { request, context in
///     let id: String = try request.pathParameter("id")
///     return try .json(try await courses.get(id))
/// }
/// ```
/// An unknown path answers 404, a known path with the wrong method 405 with `Allow`, a body over the route's limit
/// 413, a protected route without a principal 401 and an admin route for a non-admin 403; every response carries
/// `x-request-id`.
public struct Router: Sendable {
    public typealias Handler = @Sendable (APIRequest, LambdaContext) async throws -> APIResponse

    struct Route: Sendable {
        var method: String
        var template: PathTemplate
        var access: RouteAccess
        var bodyLimit: Int
        var handler: Handler
    }

    /// The default body limit: far above any legitimate JSON body of this API, far below API Gateway's 10 MB.
    public static let defaultBodyLimit = 256 * 1024

    private(set) var routes: [Route] = []

    public init() {}

    /// Registers `handler` for `method` on `template` (`/api/v1/courses/{id}`; `{name+}` takes the rest of the
    /// path). Routes are tried in registration order: register a literal path before a template that also matches it.
    ///
    /// - Parameters:
    ///   - access: who may call it; by default any verified caller (401 without one), `.admin` adds 403 for others.
    ///   - bodyLimit: the largest body in bytes; a larger one answers 413 before the handler runs.
    ///   - handler: what it throws becomes a problem response (see ``respond(to:context:)``).
    public mutating func add(
        _ method: String, _ template: String, access: RouteAccess = .authenticated,
        bodyLimit: Int = Router.defaultBodyLimit, handler: @escaping Handler
    ) {
        routes.append(
            Route(
                method: method.uppercased(), template: PathTemplate(template), access: access, bodyLimit: bodyLimit,
                handler: handler))
    }

    /// Registers a `GET` route, which answers `HEAD` too, with the default body limit (see
    /// ``add(_:_:access:bodyLimit:handler:)``).
    public mutating func get(_ template: String, access: RouteAccess = .authenticated, handler: @escaping Handler) {
        add("GET", template, access: access, handler: handler)
    }

    /// Registers a `POST` route (see ``add(_:_:access:bodyLimit:handler:)``).
    public mutating func post(
        _ template: String, access: RouteAccess = .authenticated, bodyLimit: Int = Router.defaultBodyLimit,
        handler: @escaping Handler
    ) {
        add("POST", template, access: access, bodyLimit: bodyLimit, handler: handler)
    }

    /// Registers a `PUT` route (see ``add(_:_:access:bodyLimit:handler:)``).
    public mutating func put(
        _ template: String, access: RouteAccess = .authenticated, bodyLimit: Int = Router.defaultBodyLimit,
        handler: @escaping Handler
    ) {
        add("PUT", template, access: access, bodyLimit: bodyLimit, handler: handler)
    }

    /// Registers a `PATCH` route with the default body limit (see ``add(_:_:access:bodyLimit:handler:)``).
    public mutating func patch(_ template: String, access: RouteAccess = .authenticated, handler: @escaping Handler) {
        add("PATCH", template, access: access, handler: handler)
    }

    /// Registers a `DELETE` route with the default body limit (see ``add(_:_:access:bodyLimit:handler:)``).
    public mutating func delete(_ template: String, access: RouteAccess = .authenticated, handler: @escaping Handler) {
        add("DELETE", template, access: access, handler: handler)
    }

    /// The method and template of every route, for checks against the template and the OpenAPI contract.
    public var routeKeys: [String] { routes.map { "\($0.method) \($0.template.text)" } }

    /// Answers `request`. Never throws: every failure becomes a problem response.
    public func respond(to request: APIRequest, context: LambdaContext) async -> APIResponse {
        var response: APIResponse
        do {
            response = try await dispatch(request, context: context)
        } catch let error as APIError {
            if error.status >= 500 {
                context.logger.error("request failed", metadata: ["error": "\(error)", "path": "\(request.path)"])
            }
            response = ProblemDetails(error: error, instance: request.path, requestID: request.requestID)
                .response(headers: error.headers)
        } catch {
            context.logger.error(
                "unhandled error",
                metadata: ["error": "\(error)", "path": "\(request.path)", "method": "\(request.method)"])
            let generic = APIError(
                .internalError, "An unexpected error occurred. Quote the requestId when reporting it.")
            response = ProblemDetails(error: generic, instance: request.path, requestID: request.requestID).response()
        }
        response.headers["x-request-id"] = request.requestID
        return response
    }

    private func dispatch(_ request: APIRequest, context: LambdaContext) async throws -> APIResponse {
        let segments = PathTemplate.segments(of: request.path)
        var allowed: [String] = []
        for route in routes {
            guard let parameters = route.template.match(segments) else { continue }
            guard route.method == request.method || (route.method == "GET" && request.method == "HEAD") else {
                allowed.append(route.method)
                continue
            }
            try authorize(request, for: route.access)
            guard request.body.count <= route.bodyLimit else {
                throw APIError(
                    .payloadTooLarge,
                    "The request body is \(request.body.count) bytes; this route accepts at most "
                        + "\(route.bodyLimit).")
            }
            var matched = request
            matched.pathParameters = parameters
            return try await route.handler(matched, context)
        }
        if !allowed.isEmpty {
            var methods = Array(Set(allowed)).sorted()
            if methods.contains("GET") { methods.append("HEAD") }
            let allow = methods.joined(separator: ", ")
            throw APIError(
                .methodNotAllowed, "\(request.method) is not allowed on \(request.path); use \(allow).",
                headers: ["Allow": allow])
        }
        throw APIError.notFound("No route matches \(request.method) \(request.path).")
    }

    private func authorize(_ request: APIRequest, for access: RouteAccess) throws(APIError) {
        switch access {
        case .public:
            return
        case .authenticated:
            _ = try request.requirePrincipal()
        case .admin:
            guard try request.requirePrincipal().isAdmin else {
                throw APIError.forbidden("This route is for administrators only.")
            }
        }
    }
}

/// A path template such as `/api/v1/courses/{id}/lessons`; `{name+}` matches the rest of the path.
struct PathTemplate: Sendable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
        case greedy(String)
    }

    let text: String
    let segments: [Segment]

    init(_ text: String) {
        self.text = text
        segments = Self.segments(of: text).map { part in
            guard part.hasPrefix("{"), part.hasSuffix("}") else { return .literal(part) }
            let name = String(part.dropFirst().dropLast())
            return name.hasSuffix("+") ? .greedy(String(name.dropLast())) : .parameter(name)
        }
    }

    static func segments(of path: String) -> [String] {
        path.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
    }

    /// The parameters when `path` matches, with each value percent-decoded.
    func match(_ path: [String]) -> [String: String]? {
        var parameters: [String: String] = [:]
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .greedy(let name):
                guard index < path.count else { return nil }
                parameters[name] = path[index...].joined(separator: "/").percentDecoded()
                return parameters
            case .literal(let literal):
                guard index < path.count, path[index] == literal else { return nil }
            case .parameter(let name):
                guard index < path.count, let value = path[index].percentDecoded(), !value.isEmpty else { return nil }
                parameters[name] = value
            }
        }
        return path.count == segments.count ? parameters : nil
    }
}

extension String {
    /// The string with `%XX` escapes decoded (and `+` kept), or `nil` when an escape is malformed or the bytes are not
    /// UTF-8.
    public func percentDecoded(plusAsSpace: Bool = false) -> String? {
        guard utf8.contains(where: { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }) else {
            return self
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(Self.hexValue),
                    let low = iterator.next().flatMap(Self.hexValue)
                else { return nil }
                bytes.append(high << 4 | low)
            } else if plusAsSpace && byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
