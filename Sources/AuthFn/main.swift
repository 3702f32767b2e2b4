import Runtime
import Shared

LambdaRuntime.run(name: "AuthFn") { context in
    let config = try AuthConfig.fromEnvironment(logger: context.logger)
    var app = FunctionApp()
    try config.makeFunction().register(on: &app.router)
    return app
}
