import ArgumentParser
import Foundation
import LocalGatewayCore
import Runtime
import Shared

/// `LocalGateway token [learner|admin]`: signs a demo user in against the running local backend and prints a token.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Prints a fresh Cognito token of a demo user of the running `LocalGateway serve`.",
        discussion: "Use it as `curl -H \"Authorization: Bearer $(LocalGateway token)\" …`; tokens last an hour.")

    @Argument(help: "learner or admin.")
    var user = "learner"

    @Flag(help: "Print the access token instead of the id token.")
    var access = false

    @Option(help: "The state file a running serve writes.")
    var stateFile = LocalState.defaultPath

    func run() async throws {
        guard let state = LocalState.read(from: stateFile), let clientId = state.userPoolClientId else {
            throw ValidationError("no running local backend found in \(stateFile); start `LocalGateway serve`")
        }
        let account: DemoUsers.Account
        switch user {
        case "learner": account = DemoUsers.learner
        case "admin": account = DemoUsers.administrator
        default: throw ValidationError("user must be learner or admin")
        }
        let client = AWSClient(
            transport: try CurlTransport(),
            credentials: StaticCredentialProvider(
                AWSCredentials(accessKeyId: LocalBackend.accessKeyId, secretAccessKey: LocalBackend.secretAccessKey)))
        let cognito = CognitoClient(client: client, region: state.region, endpoint: state.motoEndpoint)
        let tokens = try await DemoUsers(cognito: cognito).signIn(account, clientId: clientId)
        guard let token = access ? tokens.accessToken : tokens.idToken else { throw ExitCode(1) }
        print(token)
    }
}
