import Shared

/// The tables of `template.yaml` that AuthFn and CourseFn use, with the same keys and indexes.
enum JourneyTables {
    static func all(suffix: String) -> [CreateTableInput] {
        [
            table("users-" + suffix, hash: "user_id", indexes: [("email-index", "email", nil)]),
            table(
                "catalog-" + suffix, hash: "pk", range: "sk", indexes: [("listing-index", "listing_pk", "listing_sk")]),
            table(
                "progress-" + suffix, hash: "user_id", range: "lesson_id",
                indexes: [("course-progress-index", "user_id", "course_id")]),
            table(
                "results-" + suffix, hash: "result_id", indexes: [("user-results-index", "user_id", "completed_at")]),
            table("gamification-" + suffix, hash: "user_id"),
            table("idempotency-" + suffix, hash: "id"),
        ]
    }

    private static func table(
        _ name: String, hash: String, range: String? = nil, indexes: [(String, String, String?)] = []
    ) -> CreateTableInput {
        var attributes = Set([hash] + (range.map { [$0] } ?? []))
        for (_, indexHash, indexRange) in indexes {
            attributes.insert(indexHash)
            if let indexRange { attributes.insert(indexRange) }
        }
        return CreateTableInput(
            tableName: name, keySchema: keys(hash, range),
            attributeDefinitions: attributes.sorted().map {
                AttributeDefinition(attributeName: $0, attributeType: "S")
            },
            billingMode: "PAY_PER_REQUEST",
            globalSecondaryIndexes: indexes.isEmpty
                ? nil
                : indexes.map { index in
                    GlobalSecondaryIndex(
                        indexName: index.0, keySchema: keys(index.1, index.2),
                        projection: Projection(projectionType: "ALL"))
                })
    }

    private static func keys(_ hash: String, _ range: String?) -> [KeySchemaElement] {
        [KeySchemaElement(attributeName: hash, keyType: "HASH")]
            + (range.map { [KeySchemaElement(attributeName: $0, keyType: "RANGE")] } ?? [])
    }
}
