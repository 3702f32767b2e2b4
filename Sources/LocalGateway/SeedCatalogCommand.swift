import ArgumentParser
import Foundation
import Runtime
import Shared

/// `LocalGateway seed-catalog --content content --table NAME [--endpoint URL]`: validates `content/` and writes it to
/// a Catalog table, once per content version (``CatalogSeeder``).
struct SeedCatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed-catalog",
        abstract: "Validates content/ and loads it into a Catalog table, once per content version.",
        discussion: """
            Loading the version the table already holds changes nothing; a new version (content/VERSION) replaces \
            the previous content items and keeps what administrators created through the API. Content that fails \
            the validator is not loaded (exit status 1, problems on stderr).

            With --endpoint the table is a local one (moto_server, LocalGateway's stack) and, unless the \
            environment holds keys, moto's test keys sign the requests. Without --endpoint the table is in AWS: \
            credentials come from the default chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, \
            then AWS_PROFILE in ~/.aws/credentials and ~/.aws/config, then the container credentials endpoint) and \
            the region from --region, else AWS_REGION or AWS_DEFAULT_REGION.
            """)

    @Option(help: "The content folder (holding VERSION, exams/, courses/, questions/).")
    var content = "content"

    @Option(help: "The Catalog table's name (the stack's CatalogTable).")
    var table: String

    @Option(help: "A DynamoDB endpoint URL such as http://127.0.0.1:5000; omit for AWS.")
    var endpoint: String?

    @Option(help: "The AWS region; defaults to AWS_REGION or AWS_DEFAULT_REGION (us-east-1 with --endpoint).")
    var region: String?

    @Flag(help: "Write even when the table already holds this content version.")
    var force = false

    func run() async throws {
        let catalog: ContentCatalog
        do {
            catalog = try ContentLoader(root: URL(fileURLWithPath: content)).load()
        } catch {
            throw ValidationError("cannot load \(content): \(error)")
        }
        let report = CatalogValidator().validate(catalog)
        guard report.isValid else {
            for problem in report.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
            FileHandle.standardError.write(
                Data("seed-catalog: \(report.problems.count) problems; nothing loaded\n".utf8))
            throw ExitCode(1)
        }
        let environment = AWSEnvironment.process
        guard let region = region ?? environment.region ?? (endpoint == nil ? nil : "us-east-1") else {
            throw ValidationError("no region: pass --region or set AWS_REGION")
        }
        let transport = try CurlTransport()
        let credentials: any CredentialProvider =
            endpoint != nil && environment["AWS_ACCESS_KEY_ID"] == nil && environment["AWS_PROFILE"] == nil
            ? StaticCredentialProvider(AWSCredentials(accessKeyId: "testing", secretAccessKey: "testing"))
            : CredentialProviderChain.standard(environment: environment, transport: transport)
        let client = AWSClient(transport: transport, credentials: credentials)
        let dynamo = DynamoDBClient(client: client, region: region, environment: environment, endpoint: endpoint)
        let result = try await CatalogSeeder(client: dynamo, table: table).seed(catalog, force: force)
        print("seed-catalog: \(result)")
    }
}
