/// An HTTP API's `CorsConfiguration`: API Gateway answers preflight requests itself and adds the CORS headers to
/// every response whose request came from an allowed origin.
public struct CORSPolicy: Sendable, Equatable {
    public var allowOrigins: [String]
    public var allowMethods: [String]
    public var allowHeaders: [String]
    public var exposeHeaders: [String]
    public var maxAge: Int?
    public var allowCredentials: Bool

    /// Reads a resolved `CorsConfiguration`.
    public init(_ configuration: TemplateValue) {
        func list(_ key: String) -> [String] { configuration[key]?.listValue.compactMap(\.scalarText) ?? [] }
        allowOrigins = list("AllowOrigins")
        allowMethods = list("AllowMethods")
        allowHeaders = list("AllowHeaders")
        exposeHeaders = list("ExposeHeaders")
        maxAge = configuration["MaxAge"]?.intValue
        allowCredentials = configuration["AllowCredentials"]?.boolValue ?? false
    }

    /// The origin to echo in `access-control-allow-origin`, or `nil` when `origin` is not allowed.
    func allowedOrigin(_ origin: String?) -> String? {
        guard let origin else { return nil }
        if allowOrigins.contains("*") { return "*" }
        return allowOrigins.contains(origin) ? origin : nil
    }

    /// The answer to a preflight `OPTIONS` request.
    func preflight(_ request: GatewayRequest) -> GatewayResponse {
        guard let origin = allowedOrigin(request.header("origin")) else { return GatewayResponse(status: 204) }
        var headers: [(name: String, value: String)] = [("access-control-allow-origin", origin)]
        if !allowMethods.isEmpty {
            headers.append(("access-control-allow-methods", allowMethods.joined(separator: ",")))
        }
        if !allowHeaders.isEmpty {
            headers.append(("access-control-allow-headers", allowHeaders.joined(separator: ",")))
        }
        if let maxAge { headers.append(("access-control-max-age", String(maxAge))) }
        if allowCredentials { headers.append(("access-control-allow-credentials", "true")) }
        return GatewayResponse(status: 204, headers: headers)
    }

    /// `response` with the CORS headers for `request`'s origin.
    func decorate(_ response: GatewayResponse, for request: GatewayRequest) -> GatewayResponse {
        guard let origin = allowedOrigin(request.header("origin")) else { return response }
        var response = response
        response.headers.append(("access-control-allow-origin", origin))
        if !exposeHeaders.isEmpty {
            response.headers.append(("access-control-expose-headers", exposeHeaders.joined(separator: ",")))
        }
        if allowCredentials { response.headers.append(("access-control-allow-credentials", "true")) }
        return response
    }
}
