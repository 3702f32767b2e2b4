/// Where a catalog item came from: the seeded `content/` tree, or an administrator through the API.
///
/// A new content version replaces every `content` item and leaves `admin` items alone.
public enum CatalogOrigin: String, Codable, Sendable, Hashable {
    case content, admin
}
