extension APIRequest {
    /// The 401 every protected route gives without a verified caller.
    static let missingPrincipal = "This route needs a valid bearer token from /api/v1/auth/login."

    /// The verified caller of an authenticated route (the router has already answered 401 without one, so this
    /// only fails when a handler is reached some other way).
    ///
    /// - Throws: ``APIError`` 401 when the request carries no principal.
    public func requirePrincipal() throws(APIError) -> Principal {
        guard let principal else { throw APIError.unauthorized(Self.missingPrincipal) }
        return principal
    }
}
