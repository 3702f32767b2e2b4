/// Reading a refused conditional write: whose condition failed, whether the item is gone or newer, and whether an
/// earlier attempt of the same call had already made the write.
extension AWSError {
    /// Whether DynamoDB refused a write because its condition (or a transaction item's condition) failed.
    var isConditionFailure: Bool {
        code == .conditionalCheckFailed
            || (code == .transactionCanceled && cancellationReasons.contains { $0.code == "ConditionalCheckFailed" })
    }

    /// Whether the condition of transaction action `index` failed.
    func conditionFailed(action index: Int) -> Bool {
        cancellationReasons.indices.contains(index) && cancellationReasons[index].code == "ConditionalCheckFailed"
    }

    /// Whether this refusal only reports a write this call made itself: the client sent the request more than once
    /// (a timeout, a reset connection, a 5xx or a CRC mismatch can hide a write that landed) and the item the
    /// condition found (returned with `ReturnValuesOnConditionCheckFailure` `ALL_OLD`) holds every attribute of
    /// `written` with the same value.
    ///
    /// - Parameters:
    ///   - written: the attributes the write set: the whole item of a put, the distinctive ones of an update (a
    ///     timestamp of this call makes them this call's own).
    ///   - index: the transaction action to look at; `nil` for a single-item write.
    func reportsOwnWrite(_ written: DynamoDBItem, action index: Int? = nil) -> Bool {
        guard attempts > 1 else { return false }
        let found: DynamoDBItem?
        if let index {
            guard conditionFailed(action: index) else { return false }
            found = cancellationReasons[index].item
        } else {
            found = code == .conditionalCheckFailed ? item : nil
        }
        guard let found else { return false }
        return written.allSatisfy { name, value in found[name].map { value.isEquivalent(to: $0) } ?? false }
    }
}

extension DynamoDBClient {
    /// After a failed `attribute_exists` and `version` condition on the item with `key`: ``StoreError/Code/notFound``
    /// when the item is gone, ``StoreError/Code/versionConflict`` when it is there (so its version moved on).
    ///
    /// - Parameter name: the item as a caller knows it (`course 'c-1'`), for the message.
    /// - Throws: ``AWSError`` when the read fails.
    func staleOrMissing(table: String, key: DynamoDBItem, name: String, _ error: AWSError) async throws -> StoreError {
        let exists = try await getItem(GetItemInput(tableName: table, key: key, consistentRead: true)).item != nil
        return exists
            ? StoreError(.versionConflict, "The \(name) changed since it was read; read it again.", underlying: error)
            : StoreError(.notFound, "No \(name) exists.", underlying: error)
    }
}
