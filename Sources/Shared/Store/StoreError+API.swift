extension StoreError {
    /// The answer a handler gives for this refusal: 404, 409 (taken id, stale version), 403 (a limit), 400 (a foreign
    /// cursor) or 422 (a broken reference).
    public var apiError: APIError {
        switch code {
        case .notFound: APIError.notFound(message)
        case .alreadyExists, .versionConflict: APIError.conflict(message)
        case .limitReached: APIError.forbidden(message)
        case .invalidCursor: APIError.badRequest("Query parameter 'nextToken' does not belong to this listing.")
        case .invalidReference: APIError(.unprocessable, message)
        }
    }
}

/// Runs `body`, turning a ``StoreError`` into its ``APIError``.
public func answering<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as StoreError {
        throw error.apiError
    }
}
