/// Creating event buses, for local provisioning.
extension EventBridgeClient {
    /// Creates a custom event bus; returns its ARN.
    ///
    /// - Throws: ``AWSError``; `ResourceAlreadyExistsException` when the bus exists.
    @discardableResult
    public func createEventBus(name: String) async throws -> String? {
        struct Input: Encodable {
            var name: String
            enum CodingKeys: String, CodingKey { case name = "Name" }
        }
        struct Output: Decodable {
            var eventBusArn: String?
            enum CodingKeys: String, CodingKey { case eventBusArn = "EventBusArn" }
        }
        let output: Output = try await call("CreateEventBus", Input(name: name))
        return output.eventBusArn
    }
}
