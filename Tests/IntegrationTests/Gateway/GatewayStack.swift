import Foundation
import JWTKit
import LocalGatewayCore
import Runtime
import Shared
import TestSupport
import _CryptoExtras

/// moto_server (shared by the test process) provisioned from a template, and LocalGateway serving it in-process with
/// the real function executables: one per template per test run, started on first use.
final class GatewayStack: Sendable {
    let moto: MotoServer
    let backend: LocalBackend
    let resources: LocalResources
    let naming: LocalNaming
    let userPoolId: String
    let clientId: String
    let cognito: CognitoClient
    let dynamoDB: DynamoDBClient
    let transport: CurlTransport

    private static let probe = StackStarter(template: "Tests/Fixtures/templates/gateway.yaml", region: "eu-west-2")
    private static let real = StackStarter(template: "template.yaml", region: "eu-central-1", only: ["AuthFunction"])

    /// The test template with two GatewayProbe functions.
    static func probeStack() async throws -> GatewayStack { try await probe.stack() }

    /// template.yaml with the real AuthFn only.
    static func realStack() async throws -> GatewayStack { try await real.stack() }

    init(template path: String, region: String, only: Set<String>?) async throws {
        moto = try await MotoServer.shared()
        let template = try SAMTemplate.load(path: GatewayFiles.root.appendingPathComponent(path).path)
        naming = LocalNaming(stackName: "gw\(UUID().uuidString.prefix(6).lowercased())", region: region)
        transport = try CurlTransport(maxConnectionsPerHost: 64)
        let client = AWSClient(
            transport: transport,
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "testing", secretAccessKey: "testing")))
        let provisioner = MotoProvisioner(template: template, naming: naming, endpoint: moto.endpoint, client: client)
        resources = try await provisioner.provision()
        userPoolId = resources.refs["UserPool"] ?? ""
        clientId = resources.refs["UserPoolClient"] ?? ""
        cognito = provisioner.cognito
        dynamoDB = provisioner.dynamoDB
        try await DemoUsers(cognito: cognito).create(userPoolId: userPoolId)
        backend = try await LocalBackend.start(
            LocalBackend.Options(
                template: template, resources: resources, naming: naming, buildPath: try GatewayFiles.buildPath(),
                awsEndpoint: moto.endpoint, defaultPool: .init(minimum: 1, maximum: 4), retryDelay: .milliseconds(20),
                onlyFunctions: only))
    }

    /// Sends a request to the gateway.
    func send(
        _ method: String, _ path: String, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()
    ) async throws -> HTTPResponse {
        try await transport.send(
            HTTPRequest(method: method, url: backend.url + path, headers: headers, body: body), timeout: .seconds(40))
    }

    /// Tokens of a demo user, from Cognito in moto.
    func tokens(_ account: DemoUsers.Account = DemoUsers.administrator) async throws -> CognitoAuthenticationResult {
        try await DemoUsers(cognito: cognito).signIn(account, clientId: clientId)
    }

    /// The issuer the authorizer expects.
    var issuer: String { "https://cognito-idp.\(naming.region).amazonaws.com/\(userPoolId)" }

    /// A probe item recorded in the stack's table, waiting up to `limit` for it to appear.
    func probeItem(_ key: String, limit: Duration = .seconds(10)) async throws -> [String: AttributeValue]? {
        let table = resources.refs["ProbeTable"] ?? ""
        let end = ContinuousClock.now + limit
        while ContinuousClock.now < end {
            if let item = try await dynamoDB.getItem(GetItemInput(tableName: table, key: ["pk": .s(key)])).item {
                return item
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }
}

/// Starts one stack once, however many tests ask at the same time.
private actor StackStarter {
    let template: String
    let region: String
    let only: Set<String>?
    private var task: Task<GatewayStack, any Error>?

    init(template: String, region: String, only: Set<String>? = nil) {
        self.template = template
        self.region = region
        self.only = only
    }

    func stack() async throws -> GatewayStack {
        if let task { return try await task.value }
        let (template, region, only) = (template, region, only)
        let started = Task { try await GatewayStack(template: template, region: region, only: only) }
        task = started
        return try await started.value
    }
}

/// Where the repository and the built executables are.
enum GatewayFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The folder with GatewayProbe and the function executables: `CLOUDMENTOR_BUILD_DIR`, else beside the tests.
    static func buildPath() throws -> String {
        var candidates: [String] = []
        if let dir = ProcessInfo.processInfo.environment["CLOUDMENTOR_BUILD_DIR"] { candidates.append(dir) }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(testBinary.deletingLastPathComponent().path)
        candidates.append(root.appendingPathComponent(".build/debug").path)
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate + "/GatewayProbe") {
            return candidate
        }
        throw LocalGatewayError("GatewayProbe is not built; run `swift build` first (looked in \(candidates))")
    }
}

/// Tokens signed with the key moto's user pools sign with (moto ships it), for claims moto would never issue:
/// expired ones, or ones for another audience.
enum MotoSigningKey {
    /// Signs with moto's key, or with `otherKey` under moto's key id.
    static func sign(_ claims: [String: JSONLooseValue], otherKey: Bool = false) async throws -> String {
        let jwk = try privateJWK()
        let key =
            otherKey
            ? try JWTKit.Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048))
            : try JWTKit.Insecure.RSA.PrivateKey(
                modulus: jwk["n"] ?? "", exponent: jwk["e"] ?? "", privateExponent: jwk["d"] ?? "")
        let keys = JWTKeyCollection()
        await keys.add(rsa: key, digestAlgorithm: .sha256, kid: JWKIdentifier(string: jwk["kid"] ?? "dummy"))
        return try await keys.sign(AnyClaims(values: claims), kid: JWKIdentifier(string: jwk["kid"] ?? "dummy"))
    }

    /// moto's `cognitoidp/resources/jwks-private.json.gz`, read through the Python that has moto installed.
    static func privateJWK() throws -> [String: String] {
        let script = """
            import gzip, json, os, moto
            path = os.path.join(os.path.dirname(moto.__file__), "cognitoidp", "resources", "jwks-private.json.gz")
            print(json.dumps(json.loads(gzip.open(path).read())))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw LocalGatewayError("cannot read moto's signing key through python3") }
        let key = (object["keys"] as? [[String: Any]])?.first ?? object
        return key.compactMapValues { $0 as? String }
    }

    struct AnyClaims: JWTPayload {
        var values: [String: JSONLooseValue]

        init(values: [String: JSONLooseValue]) {
            self.values = values
        }

        init(from decoder: any Decoder) throws {
            values = try decoder.singleValueContainer().decode([String: JSONLooseValue].self)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(values)
        }

        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }
}
