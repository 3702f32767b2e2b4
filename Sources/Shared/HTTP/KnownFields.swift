/// For request bodies whose schema says `additionalProperties: false`: the members a body has that its type does not
/// know, reported as 422 field errors through ``Validatable`` instead of being silently dropped.
///
/// ```swift
/// init(from decoder: any Decoder) throws {
///     …
///     unknownFields = try KnownFields.unknown(in: decoder, allowed: ["name", "timezone", "level", "version"])
/// }
/// ```
public enum KnownFields {
    /// A field error for each member of the JSON object being decoded that is not in `allowed`, sorted by name.
    ///
    /// - Throws: `DecodingError` when the value is not a JSON object.
    public static func unknown(in decoder: any Decoder, allowed: Set<String>) throws -> [FieldError] {
        let container = try decoder.container(keyedBy: AnyKey.self)
        return container.allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted().map {
            FieldError(field: $0, message: "is not a field of this request")
        }
    }
}
