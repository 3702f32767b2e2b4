/// What a write returns: nothing, or the item's attributes before or after the write.
public enum DynamoDBReturnValues: String, Codable, Sendable {
    case none = "NONE"
    case allOld = "ALL_OLD"
    case updatedOld = "UPDATED_OLD"
    case allNew = "ALL_NEW"
    case updatedNew = "UPDATED_NEW"
}

/// Whether a failed condition returns the item as it was (in ``AWSError/item``).
public enum DynamoDBReturnValuesOnConditionCheckFailure: String, Codable, Sendable {
    case none = "NONE"
    case allOld = "ALL_OLD"
}
