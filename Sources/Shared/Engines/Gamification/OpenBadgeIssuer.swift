/// The organisation that issues badges, as an Open Badges 3.0 `Profile`.
public struct OpenBadgeIssuer: Codable, Sendable, Hashable {
    /// A URI identifying the issuer (an HTTPS URL or a DID).
    public var id: String
    public var name: String
    public var url: String?

    public init(id: String, name: String, url: String? = nil) {
        self.id = id
        self.name = name
        self.url = url
    }
}
