/// The `AWS::Serverless::HttpApi`'s authorizers, as its `Auth` section configures them.
public struct HTTPAPISpec: Sendable, Equatable {
    /// `Auth.DefaultAuthorizer`: applies to every route that does not name its own or `NONE`.
    public var defaultAuthorizer: String?
    public var authorizers: [String: JWTAuthorizerSpec]
    /// `CorsConfiguration`, unresolved.
    public var cors: TemplateValue?

    public init(
        defaultAuthorizer: String? = nil, authorizers: [String: JWTAuthorizerSpec] = [:], cors: TemplateValue? = nil
    ) {
        self.defaultAuthorizer = defaultAuthorizer
        self.authorizers = authorizers
        self.cors = cors
    }
}

/// A JWT authorizer: where the token comes from and which issuer and audiences it must name (unresolved).
public struct JWTAuthorizerSpec: Sendable, Equatable {
    public var name: String
    /// `IdentitySource`, e.g. `$request.header.Authorization`.
    public var identitySource: String
    public var issuer: TemplateValue
    public var audience: [TemplateValue]

    public init(
        name: String, identitySource: String = "$request.header.Authorization", issuer: TemplateValue,
        audience: [TemplateValue]
    ) {
        self.name = name
        self.identitySource = identitySource
        self.issuer = issuer
        self.audience = audience
    }

    /// The request header holding the token (`authorization` for the default identity source), lower case.
    public var headerName: String {
        let prefix = "$request.header."
        guard identitySource.hasPrefix(prefix) else { return "authorization" }
        return String(identitySource.dropFirst(prefix.count)).lowercased()
    }
}
