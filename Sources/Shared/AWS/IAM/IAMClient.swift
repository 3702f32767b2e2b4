/// The few IAM calls (query protocol) that local provisioning and the signature tests need: users, access keys,
/// roles and inline policies.
///
/// Every method throws ``AWSError`` (`EntityAlreadyExists`, `NoSuchEntity`, `AccessDenied`, …) or
/// ``AWSError/Code/malformedResponse`` when an expected field is missing.
public struct IAMClient: Sendable {
    public static let version = "2010-05-08"
    public let client: AWSClient
    public let service: AWSService

    /// IAM is global: it is signed for `us-east-1` and lives at `https://iam.amazonaws.com` unless overridden.
    public init(client: AWSClient, environment: AWSEnvironment = AWSEnvironment([:]), endpoint: String? = nil) {
        self.client = client
        self.service = AWSService(
            serviceId: "IAM", signingName: "iam", endpointPrefix: "iam", region: "us-east-1", environment: environment,
            endpoint: endpoint ?? environment.endpoint(serviceId: "IAM", defaultEndpoint: "https://iam.amazonaws.com"))
    }

    func call(_ action: String, _ parameters: [(String, String)]) async throws -> AWSXMLElement {
        try await client.query(action: action, version: Self.version, parameters: parameters, to: service)
    }

    /// Creates a user; returns its ARN.
    @discardableResult
    public func createUser(name: String) async throws -> String {
        try await call("CreateUser", [("UserName", name)]).find("Arn")?.text ?? ""
    }

    /// Creates an access key pair for `user`.
    public func createAccessKey(user: String) async throws -> AWSCredentials {
        let root = try await call("CreateAccessKey", [("UserName", user)])
        guard let key = root.find("AccessKeyId")?.text, let secret = root.find("SecretAccessKey")?.text else {
            throw AWSError(code: .malformedResponse, status: 200, message: "CreateAccessKey returned no key pair")
        }
        return AWSCredentials(accessKeyId: key, secretAccessKey: secret)
    }

    /// Attaches an inline policy (a JSON document) to a user.
    public func putUserPolicy(user: String, policyName: String, document: String) async throws {
        _ = try await call(
            "PutUserPolicy", [("UserName", user), ("PolicyName", policyName), ("PolicyDocument", document)])
    }

    /// Creates a role that `trustPolicy` lets principals assume; returns its ARN.
    @discardableResult
    public func createRole(name: String, trustPolicy: String) async throws -> String {
        let root = try await call("CreateRole", [("RoleName", name), ("AssumeRolePolicyDocument", trustPolicy)])
        guard let arn = root.find("Arn")?.text else {
            throw AWSError(code: .malformedResponse, status: 200, message: "CreateRole returned no ARN")
        }
        return arn
    }

    /// Attaches an inline policy to a role.
    public func putRolePolicy(role: String, policyName: String, document: String) async throws {
        _ = try await call(
            "PutRolePolicy", [("RoleName", role), ("PolicyName", policyName), ("PolicyDocument", document)])
    }

    /// A policy document allowing `actions` on every resource.
    public static func allowPolicy(_ actions: [String]) -> String {
        let list = actions.map { "\"\($0)\"" }.joined(separator: ",")
        return #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[\#(list)],"Resource":"*"}]}"#
    }
}
