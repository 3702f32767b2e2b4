#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Static keys from a profile of the shared files: `AWS_SHARED_CREDENTIALS_FILE` (default `~/.aws/credentials`),
/// then `AWS_CONFIG_FILE` (default `~/.aws/config`); the profile is `AWS_PROFILE` or `default`. Role assumption,
/// SSO and credential processes in profiles are not supported (they fail with a message saying so).
public struct ProfileCredentialProvider: CredentialProvider {
    public let environment: AWSEnvironment
    public let profile: String

    public init(environment: AWSEnvironment, profile: String? = nil) {
        self.environment = environment
        self.profile = profile ?? environment["AWS_PROFILE"] ?? "default"
    }

    var credentialsPath: String {
        environment["AWS_SHARED_CREDENTIALS_FILE"] ?? (environment["HOME"] ?? "~") + "/.aws/credentials"
    }

    var configPath: String {
        environment["AWS_CONFIG_FILE"] ?? (environment["HOME"] ?? "~") + "/.aws/config"
    }

    /// The region of the profile in the config file, if any.
    public func region() -> String? {
        Self.read(configPath)?.configProfile(profile)?["region"]
    }

    /// - Throws: `notConfigured` when neither file has the profile; `failed` when the profile exists without a
    ///   complete key pair.
    public func credentials() async throws -> AWSCredentials {
        let fromCredentials = Self.read(credentialsPath)?.credentialsProfile(profile)
        let fromConfig = Self.read(configPath)?.configProfile(profile)
        guard fromCredentials != nil || fromConfig != nil else {
            throw CredentialProviderError.notConfigured("no profile \(profile) in \(credentialsPath) or \(configPath)")
        }
        for settings in [fromCredentials, fromConfig].compactMap({ $0 }) {
            if let key = settings["aws_access_key_id"] {
                guard let secret = settings["aws_secret_access_key"] else {
                    throw CredentialProviderError.failed("profile \(profile) has no aws_secret_access_key")
                }
                return AWSCredentials(
                    accessKeyId: key, secretAccessKey: secret, sessionToken: settings["aws_session_token"])
            }
        }
        if fromConfig?["role_arn"] != nil || fromConfig?["sso_session"] != nil
            || fromConfig?["credential_process"] != nil
        {
            throw CredentialProviderError.failed(
                "profile \(profile) uses role_arn, SSO or credential_process, which this client does not support")
        }
        throw CredentialProviderError.notConfigured("profile \(profile) has no static keys")
    }

    static func read(_ path: String) -> SharedConfigFile? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return SharedConfigFile(parsing: String(decoding: data, as: UTF8.self))
    }
}
