import Foundation
import Shared

/// Creates in moto_server what the template declares, through our own AWS clients: the DynamoDB tables (keys,
/// indexes, TTL), the Cognito user pool, its app client and groups (always an `admin` group), the SES identities
/// the parameters name, the SNS topics whose condition holds, and the event buses. Running it again against the same
/// moto finds what exists and creates only what is missing.
public struct MotoProvisioner: Sendable {
    public let template: SAMTemplate
    public let naming: LocalNaming
    public let parameters: [String: String]
    public let dynamoDB: DynamoDBClient
    public let cognito: CognitoClient
    public let ses: SESClient
    public let sns: SNSClient
    public let eventBridge: EventBridgeClient
    private let log: @Sendable (String) -> Void

    /// Clients for moto at `endpoint`, signed with local credentials.
    public init(
        template: SAMTemplate, naming: LocalNaming, parameters: [String: String] = [:], endpoint: String,
        client: AWSClient, log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.template = template
        self.naming = naming
        self.parameters = parameters
        dynamoDB = DynamoDBClient(client: client, region: naming.region, endpoint: endpoint)
        cognito = CognitoClient(client: client, region: naming.region, endpoint: endpoint)
        ses = SESClient(client: client, region: naming.region, endpoint: endpoint)
        sns = SNSClient(client: client, region: naming.region, endpoint: endpoint)
        eventBridge = EventBridgeClient(client: client, region: naming.region, endpoint: endpoint)
        self.log = log
    }

    /// Provisions everything and returns the local resource names, with moto's pool and client ids.
    ///
    /// - Throws: ``TemplateError`` for a name that does not resolve, ``AWSError`` when moto refuses a call.
    public func provision() async throws -> LocalResources {
        var resources = try naming.resources(for: template, parameters: parameters)
        for table in template.tables {
            try await createTable(table, name: resources.refs[table.logicalId] ?? table.logicalId)
        }
        try await provisionIdentity(&resources)
        let resolver = naming.resolver(for: template, parameters: parameters, resources: resources)
        for logicalId in template.logicalIds(ofType: "AWS::SNS::Topic") {
            if let condition = template.resources[logicalId]?.condition, try !resolver.condition(condition) { continue }
            let name = resources.attributes[logicalId]?["TopicName"] ?? logicalId
            let arn = try await sns.createTopic(name: name)
            resources.set(logicalId, ref: arn)
            log("SNS topic \(arn)")
        }
        for logicalId in template.logicalIds(ofType: "AWS::Events::EventBus") {
            let name = resources.refs[logicalId] ?? logicalId
            do {
                try await eventBridge.createEventBus(name: name)
            } catch let error as AWSError where error.code.rawValue.contains("AlreadyExists") {}
            log("EventBridge bus \(name) (events are routed by LocalGateway)")
        }
        for identity in sesIdentities(resolver) {
            _ = try? await ses.createEmailIdentity(identity)
            log("SES identity \(identity)")
        }
        return resources
    }

    private func createTable(_ table: TableSpec, name: String) async throws {
        if (try? await dynamoDB.describeTable(name)) != nil {
            log("DynamoDB table \(name) (kept)")
            return
        }
        _ = try await dynamoDB.createTable(
            CreateTableInput(
                tableName: name, keySchema: table.keySchema, attributeDefinitions: table.attributeDefinitions,
                billingMode: "PAY_PER_REQUEST",
                globalSecondaryIndexes: table.globalSecondaryIndexes.isEmpty ? nil : table.globalSecondaryIndexes))
        if let ttl = table.ttlAttribute { try await dynamoDB.updateTimeToLive(table: name, attribute: ttl) }
        let indexes = table.globalSecondaryIndexes.map(\.indexName)
        log(
            "DynamoDB table \(name)" + (indexes.isEmpty ? "" : " (indexes: \(indexes.joined(separator: ", ")))")
                + (table.ttlAttribute.map { " TTL on \($0)" } ?? ""))
    }

    private func provisionIdentity(_ resources: inout LocalResources) async throws {
        var early = naming.resolver(for: template, parameters: parameters, resources: resources)
        var pools: [String: String] = [:]
        for logicalId in template.logicalIds(ofType: "AWS::Cognito::UserPool") {
            let properties = template.resources[logicalId]?.properties ?? .map([:])
            let name = try properties["UserPoolName"].map { try early.string($0) } ?? "\(naming.stackName)-\(logicalId)"
            let existing = try await cognito.listUserPools().first { $0.name == name }
            var id = existing?.id ?? ""
            if existing == nil { id = try await cognito.createUserPool(name: name).id }
            naming.setUserPool(logicalId, id: id, in: &resources)
            pools[logicalId] = id
            log("Cognito user pool \(name): \(id)" + (existing == nil ? "" : " (kept)"))
        }
        early.resources = resources
        for logicalId in template.logicalIds(ofType: "AWS::Cognito::UserPoolClient") {
            let properties = template.resources[logicalId]?.properties ?? .map([:])
            guard let poolValue = properties["UserPoolId"], let poolId = try? early.string(poolValue) else {
                throw TemplateError("\(logicalId): the app client needs a UserPoolId")
            }
            let name = try properties["ClientName"].map { try early.string($0) } ?? "\(naming.stackName)-\(logicalId)"
            let existing = try await cognito.listUserPoolClients(userPoolId: poolId).first { $0.clientName == name }
            var id = existing?.clientId ?? ""
            if existing == nil { id = try await cognito.createUserPoolClient(userPoolId: poolId, name: name).clientId }
            resources.set(logicalId, ref: id)
            resources.attributes[logicalId, default: [:]]["ClientId"] = id
            log("Cognito app client \(name): \(id)")
        }
        early.resources = resources
        var groups: Set<[String]> = []
        for logicalId in template.logicalIds(ofType: "AWS::Cognito::UserPoolGroup") {
            let properties = template.resources[logicalId]?.properties ?? .map([:])
            guard let poolValue = properties["UserPoolId"], let poolId = try? early.string(poolValue),
                let name = try properties["GroupName"].map({ try early.string($0) })
            else { continue }
            groups.insert([poolId, name])
            resources.set(logicalId, ref: name)
        }
        for poolId in pools.values { groups.insert([poolId, "admin"]) }
        for group in groups.sorted(by: { $0.joined() < $1.joined() }) {
            do {
                try await cognito.createGroup(userPoolId: group[0], name: group[1])
            } catch let error as AWSError where error.code.rawValue.contains("Exists") {}
            log("Cognito group \(group[1])")
        }
    }

    /// The SES identities to verify: the `SesIdentity` and `SesFromAddress` parameters when the template has them,
    /// and the domain of the sender address.
    private func sesIdentities(_ resolver: IntrinsicResolver) -> [String] {
        var identities: [String] = []
        for name in ["SesIdentity", "SesFromAddress"] {
            if let value = resolver.parameters[name], !value.isEmpty, !identities.contains(value) {
                identities.append(value)
            }
        }
        if let sender = resolver.parameters["SesFromAddress"], let at = sender.lastIndex(of: "@") {
            let domain = String(sender[sender.index(after: at)...])
            if !identities.contains(domain) { identities.append(domain) }
        }
        return identities
    }
}
