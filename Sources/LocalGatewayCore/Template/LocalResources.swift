/// What the template's resources are called locally: the value `!Ref` gives for each logical id and the values of
/// the attributes `!GetAtt` asks for. Provisioning fills in what only moto knows (the user pool and client ids).
public struct LocalResources: Sendable, Equatable {
    /// Logical id → the value of `!Ref` (a table's name, a pool's id, a topic's ARN, …).
    public var refs: [String: String]
    /// Logical id → attribute name → value (`Arn`, `ProviderName`, …).
    public var attributes: [String: [String: String]]

    public init(refs: [String: String] = [:], attributes: [String: [String: String]] = [:]) {
        self.refs = refs
        self.attributes = attributes
    }

    /// Sets the `!Ref` value of `logicalId` and its `Arn` attribute.
    public mutating func set(_ logicalId: String, ref: String, arn: String? = nil) {
        refs[logicalId] = ref
        if let arn { attributes[logicalId, default: [:]]["Arn"] = arn }
    }
}
