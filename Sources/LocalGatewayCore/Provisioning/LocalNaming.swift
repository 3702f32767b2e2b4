/// The local names of every template resource before anything is provisioned: tables and topics named
/// `<stack>-<LogicalId>` unless the template names them, buses by their `Name`, ARNs in the local account and
/// region. Provisioning then replaces what only moto decides (the user pool and client ids).
public struct LocalNaming: Sendable {
    public var stackName: String
    public var region: String
    public var accountId: String

    public init(
        stackName: String = "cloudmentor-local", region: String = "us-east-1", accountId: String = "123456789012"
    ) {
        self.stackName = stackName
        self.region = region
        self.accountId = accountId
    }

    /// A resolver over `resources` with the template's parameters (overrides win) and conditions.
    public func resolver(
        for template: SAMTemplate, parameters overrides: [String: String] = [:], resources: LocalResources
    ) -> IntrinsicResolver {
        IntrinsicResolver(
            parameters: template.parameterDefaults.merging(overrides) { $1 }, conditions: template.conditions,
            resources: resources, region: region, accountId: accountId, stackName: stackName)
    }

    /// The names every resource gets locally.
    ///
    /// - Throws: ``TemplateError`` when a name property does not resolve.
    public func resources(for template: SAMTemplate, parameters: [String: String] = [:]) throws -> LocalResources {
        var resources = LocalResources()
        let prefix = "arn:aws"
        // Names that depend only on parameters and pseudo parameters first; then the rest can refer to them.
        let early = resolver(for: template, parameters: parameters, resources: resources)
        for (logicalId, resource) in template.resources.sorted(by: { $0.key < $1.key }) {
            let properties = resource.properties
            func named(_ key: String) throws -> String {
                try properties[key].map { try early.string($0) } ?? "\(stackName)-\(logicalId)"
            }
            switch resource.type {
            case "AWS::DynamoDB::Table":
                let name = try named("TableName")
                resources.set(logicalId, ref: name, arn: "\(prefix):dynamodb:\(region):\(accountId):table/\(name)")
            case "AWS::Events::EventBus":
                let name = try named("Name")
                resources.set(logicalId, ref: name, arn: "\(prefix):events:\(region):\(accountId):event-bus/\(name)")
                resources.attributes[logicalId, default: [:]]["Name"] = name
            case "AWS::SNS::Topic":
                let name = try named("TopicName")
                resources.set(logicalId, ref: "\(prefix):sns:\(region):\(accountId):\(name)")
                resources.attributes[logicalId, default: [:]]["TopicName"] = name
                resources.attributes[logicalId, default: [:]]["TopicArn"] =
                    "\(prefix):sns:\(region):\(accountId):\(name)"
            case "AWS::SQS::Queue":
                let name = try named("QueueName")
                resources.set(
                    logicalId, ref: "http://sqs.\(region).localhost/\(accountId)/\(name)",
                    arn: "\(prefix):sqs:\(region):\(accountId):\(name)")
                resources.attributes[logicalId, default: [:]]["QueueName"] = name
            case "AWS::Serverless::Function", "AWS::Lambda::Function":
                let name = try named("FunctionName")
                resources.set(logicalId, ref: name, arn: "\(prefix):lambda:\(region):\(accountId):function:\(name)")
            case "AWS::Cognito::UserPool":
                setUserPool(logicalId, id: "\(region)_local", in: &resources)
            case "AWS::Serverless::HttpApi":
                resources.set(logicalId, ref: "local")
            default:
                resources.set(logicalId, ref: "\(stackName)-\(logicalId)")
            }
        }
        return resources
    }

    /// Records a user pool's id and the attributes derived from it.
    public func setUserPool(_ logicalId: String, id: String, in resources: inout LocalResources) {
        resources.set(logicalId, ref: id, arn: "arn:aws:cognito-idp:\(region):\(accountId):userpool/\(id)")
        resources.attributes[logicalId, default: [:]]["ProviderName"] = "cognito-idp.\(region).amazonaws.com/\(id)"
        resources.attributes[logicalId, default: [:]]["ProviderURL"] =
            "https://cognito-idp.\(region).amazonaws.com/\(id)"
        resources.attributes[logicalId, default: [:]]["UserPoolId"] = id
    }
}
