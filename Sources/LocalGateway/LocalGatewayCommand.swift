import ArgumentParser

/// `LocalGateway`: the local backend's command line.
@main
struct LocalGatewayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "LocalGateway",
        abstract: "Runs CloudMentor's Lambda functions locally, without Docker or an AWS account.",
        subcommands: [
            ServeCommand.self, FireCommand.self, TokenCommand.self, SeedCatalogCommand.self, InvokeCommand.self,
        ])
}
