import Foundation
import Testing

@testable import Shared

@Suite("AWS credentials, region and endpoints")
struct AWSCredentialsTests {
    @Test func environmentCredentials() async throws {
        let env = AWSEnvironment([
            "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "SECRET", "AWS_SESSION_TOKEN": "TOKEN",
        ])
        let credentials = try await EnvironmentCredentialProvider(environment: env).credentials()
        #expect(credentials == AWSCredentials(accessKeyId: "AKID", secretAccessKey: "SECRET", sessionToken: "TOKEN"))
        #expect(!"\(credentials)".contains("SECRET") && !"\(credentials)".contains("TOKEN"))
        await #expect(throws: CredentialProviderError.self) {
            try await EnvironmentCredentialProvider(environment: AWSEnvironment(["AWS_ACCESS_KEY_ID": "AKID"]))
                .credentials()
        }
    }

    @Test func sharedConfigParsing() {
        let file = SharedConfigFile(
            parsing: """
                # comment
                [default]
                aws_access_key_id = AKID1
                Aws_Secret_Access_Key=SECRET1 ; trailing comment
                [profile  dev]
                region = eu-west-1
                s3 =
                  max_concurrent_requests = 10
                """)
        #expect(file.credentialsProfile("default")?["aws_access_key_id"] == "AKID1")
        #expect(file.credentialsProfile("default")?["aws_secret_access_key"] == "SECRET1")
        #expect(file.configProfile("dev")?["region"] == "eu-west-1")
        #expect(file.configProfile("dev")?["s3"] == "\nmax_concurrent_requests = 10")
        #expect(file.configProfile("missing") == nil)
    }

    @Test func profileCredentialsFromFiles() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aws-profile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let credentialsFile = folder.appendingPathComponent("credentials")
        let configFile = folder.appendingPathComponent("config")
        try
            "[dev]\naws_access_key_id=AKDEV\naws_secret_access_key=SDEV\naws_session_token=TDEV\n[broken]\naws_access_key_id=X\n"
            .write(to: credentialsFile, atomically: true, encoding: .utf8)
        try
            "[profile dev]\nregion=eu-central-1\n[profile cfg]\naws_access_key_id=AKCFG\naws_secret_access_key=SCFG\n[profile role]\nrole_arn=arn:aws:iam::1:role/x\n"
            .write(to: configFile, atomically: true, encoding: .utf8)
        let base = ["AWS_SHARED_CREDENTIALS_FILE": credentialsFile.path, "AWS_CONFIG_FILE": configFile.path]
        func provider(_ profile: String) -> ProfileCredentialProvider {
            ProfileCredentialProvider(environment: AWSEnvironment(base.merging(["AWS_PROFILE": profile]) { $1 }))
        }
        #expect(
            try await provider("dev").credentials()
                == AWSCredentials(accessKeyId: "AKDEV", secretAccessKey: "SDEV", sessionToken: "TDEV"))
        #expect(provider("dev").region() == "eu-central-1")
        #expect(try await provider("cfg").credentials().accessKeyId == "AKCFG")
        await #expect(throws: CredentialProviderError.failed("profile broken has no aws_secret_access_key")) {
            try await provider("broken").credentials()
        }
        await #expect(throws: CredentialProviderError.self) { try await provider("role").credentials() }
        await #expect(throws: CredentialProviderError.self) { try await provider("nope").credentials() }
    }

    @Test func chainSkipsUnconfiguredSources() async throws {
        let chain = CredentialProviderChain([
            EnvironmentCredentialProvider(environment: AWSEnvironment([:])),
            StaticCredentialProvider(AWSCredentials(accessKeyId: "B", secretAccessKey: "b")),
        ])
        #expect(try await chain.credentials().accessKeyId == "B")
        let empty = CredentialProviderChain([EnvironmentCredentialProvider(environment: AWSEnvironment([:]))])
        await #expect(throws: CredentialProviderError.noneFound(["AWS_ACCESS_KEY_ID is not set"])) {
            try await empty.credentials()
        }
    }

    actor CountingProvider: CredentialProvider {
        var calls = 0
        let lifetime: TimeInterval
        let clock: FixedAWSClock
        init(lifetime: TimeInterval, clock: FixedAWSClock) {
            self.lifetime = lifetime
            self.clock = clock
        }
        func credentials() async throws -> AWSCredentials {
            calls += 1
            return AWSCredentials(
                accessKeyId: "K\(calls)", secretAccessKey: "s", sessionToken: "t",
                expiration: clock.now().addingTimeInterval(lifetime))
        }
    }

    @Test func cacheRefreshesBeforeExpiry() async throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let source = CountingProvider(lifetime: 3600, clock: FixedAWSClock(start))
        let early = CachedCredentialProvider(source, clock: FixedAWSClock(start.addingTimeInterval(60)))
        #expect(try await early.credentials().accessKeyId == "K1")
        #expect(try await early.credentials().accessKeyId == "K1")
        #expect(await source.calls == 1)
        let late = CachedCredentialProvider(source, clock: FixedAWSClock(start.addingTimeInterval(3600 - 299)))
        #expect(try await late.credentials().accessKeyId == "K2")
        #expect(try await late.credentials().accessKeyId == "K3", "inside the 5-minute window every call refreshes")
    }

    @Test func regionAndEndpointOverrides() {
        let env = AWSEnvironment([
            "AWS_DEFAULT_REGION": "eu-west-1", "AWS_ENDPOINT_URL": "http://127.0.0.1:5000/",
            "AWS_ENDPOINT_URL_DYNAMODB": "http://127.0.0.1:8000",
        ])
        #expect(env.region == "eu-west-1")
        #expect(AWSEnvironment(["AWS_REGION": "us-west-2", "AWS_DEFAULT_REGION": "x"]).region == "us-west-2")
        #expect(env.endpoint(serviceId: "DynamoDB", defaultEndpoint: "d") == "http://127.0.0.1:8000")
        #expect(env.endpoint(serviceId: "Cognito Identity Provider", defaultEndpoint: "d") == "http://127.0.0.1:5000")
        #expect(
            AWSEnvironment(["AWS_ENDPOINT_URL_BEDROCK_RUNTIME": "http://b"]).endpoint(
                serviceId: "Bedrock Runtime", defaultEndpoint: "d") == "http://b")
        let ignored = AWSEnvironment(["AWS_ENDPOINT_URL": "http://x", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"])
        #expect(
            ignored.endpoint(serviceId: "SNS", defaultEndpoint: "https://sns.us-east-1.amazonaws.com")
                == "https://sns.us-east-1.amazonaws.com")
        let service = AWSService(serviceId: "SNS", signingName: "sns", endpointPrefix: "sns", region: "ap-south-1")
        #expect(service.endpoint == "https://sns.ap-south-1.amazonaws.com")
    }
}
