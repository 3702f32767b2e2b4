import Logging
import Runtime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One function's entry point: its router, its domain-event consumers and its scheduled jobs, behind a single
/// ``LambdaHandler``.
///
/// HTTP events always get an HTTP answer (problem+json on any failure). A consumer or job that throws fails the
/// invocation, so that EventBridge retries it and, past its retry policy, dead-letters it.
public struct FunctionApp: LambdaHandler {
    public typealias EventConsumer = @Sendable (EventBridgeEvent, LambdaContext) async throws -> Void
    public typealias Job = @Sendable (ScheduleInput, LambdaContext) async throws -> Void

    public var router: Router
    private var consumers: [String: EventConsumer] = [:]
    private var jobs: [String: Job] = [:]

    public init(router: Router = Router()) {
        self.router = router
    }

    /// Consumes events whose `detail-type` is `detailType`.
    public mutating func on(_ detailType: String, _ consumer: @escaping EventConsumer) {
        consumers[detailType] = consumer
    }

    /// Runs `job` when a schedule's input names it.
    public mutating func schedule(_ job: String, _ run: @escaping Job) {
        jobs[job] = run
    }

    public var consumedEvents: [String] { consumers.keys.sorted() }
    public var scheduledJobs: [String] { jobs.keys.sorted() }

    public func handle(_ event: Data, context: LambdaContext) async throws -> Data {
        switch try FunctionEvent.classify(event) {
        case .httpV2(let gatewayEvent):
            let response = await respond(to: { () throws(APIError) in try APIRequest(gatewayEvent) }, context: context)
            return response.gatewayV2().jsonData()
        case .httpV1(let gatewayEvent):
            let response = await respond(to: { () throws(APIError) in try APIRequest(gatewayEvent) }, context: context)
            return response.gatewayV1().jsonData()
        case .domainEvent(let domainEvent):
            guard let consumer = consumers[domainEvent.detailType] else {
                context.logger.warning("no consumer for event", metadata: ["detailType": "\(domainEvent.detailType)"])
                return Data(#"{"status":"ignored"}"#.utf8)
            }
            var context = context
            context.logger[metadataKey: "eventId"] = .string(domainEvent.id)
            try await consumer(domainEvent, context)
            return Data(#"{"status":"processed"}"#.utf8)
        case .schedule(let input):
            guard let job = jobs[input.job] else {
                throw UnrecognizedEvent(reason: "no scheduled job named '\(input.job)'")
            }
            try await job(input, context)
            return Data(#"{"status":"done"}"#.utf8)
        }
    }

    private func respond(to makeRequest: () throws(APIError) -> APIRequest, context: LambdaContext) async -> APIResponse
    {
        do {
            let request = try makeRequest()
            var context = context
            context.logger[metadataKey: "apiRequestId"] = .string(request.requestID)
            return await router.respond(to: request, context: context)
        } catch {
            var response = ProblemDetails(error: error, instance: "", requestID: context.requestID).response()
            response.headers["x-request-id"] = context.requestID
            return response
        }
    }
}
