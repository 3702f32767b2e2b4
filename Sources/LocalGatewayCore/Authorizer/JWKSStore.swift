import Foundation
import JWTKit

/// The signing keys of one issuer, fetched on first use and fetched again (at most every `refreshInterval`) when a
/// token names a key id it does not know, as keys rotate.
public actor JWKSStore {
    /// Fetches the JWKS document.
    public typealias Fetch = @Sendable () async throws -> Data

    private let fetch: Fetch
    private let refreshInterval: Duration
    private var keys = JWTKeyCollection()
    private var kids: Set<String> = []
    private var lastFetch: ContinuousClock.Instant?

    public init(refreshInterval: Duration = .seconds(30), fetch: @escaping Fetch) {
        self.fetch = fetch
        self.refreshInterval = refreshInterval
    }

    /// A store over a fixed JWKS document (tests, or an issuer whose keys never change).
    public init(jwks: Data) {
        self.init(refreshInterval: .seconds(86_400 * 365)) { jwks }
    }

    /// The key collection holding `kid`, fetching the JWKS if needed; `nil` when the issuer has no such key.
    ///
    /// - Throws: the fetch's error, or a JWT error for a JWKS that does not parse.
    func keys(holding kid: String) async throws -> JWTKeyCollection? {
        if kids.contains(kid) { return keys }
        let clock = ContinuousClock()
        if let lastFetch, clock.now - lastFetch < refreshInterval { return nil }
        lastFetch = clock.now
        let document = try await fetch()
        let jwks = try JSONDecoder().decode(JWKS.self, from: document)
        let fresh = JWTKeyCollection()
        try await fresh.add(jwks: jwks)
        keys = fresh
        kids = Set(jwks.keys.compactMap { $0.keyIdentifier?.string })
        return kids.contains(kid) ? keys : nil
    }
}
