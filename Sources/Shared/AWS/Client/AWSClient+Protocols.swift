import Runtime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An operation output with no fields of interest.
public struct AWSEmptyOutput: Codable, Sendable, Equatable {
    public init() {}
}

extension AWSClient {
    /// Calls an AWS JSON protocol operation (`POST /` with `X-Amz-Target: <target>`), as DynamoDB (1.0), Cognito,
    /// EventBridge (1.1) use.
    ///
    /// - Throws: ``AWSError`` from ``send(_:to:)``, or ``AWSError/Code/malformedResponse`` when a 2xx body is not
    ///   the expected output.
    public func json<Input: Encodable, Output: Decodable>(
        target: String, input: Input, output: Output.Type = Output.self, to service: AWSService,
        jsonVersion: String = "1.0"
    ) async throws -> Output {
        let body = try JSONEncoder().encode(input)
        let request = HTTPRequest(
            method: "POST", url: service.endpoint + "/",
            headers: ["Content-Type": "application/x-amz-json-\(jsonVersion)", "X-Amz-Target": target], body: body)
        let response = try await send(request, to: service)
        return try Self.decode(Output.self, from: response)
    }

    /// Calls a REST-JSON operation (SES v2, Bedrock Runtime): `method path` with an optional JSON body.
    ///
    /// - Parameter path: already percent-encoded, starting with `/`.
    /// - Throws: as ``json(target:input:output:to:jsonVersion:)``.
    public func restJSON<Input: Encodable, Output: Decodable>(
        method: String, path: String, input: Input?, output: Output.Type = Output.self, to service: AWSService
    ) async throws -> Output {
        var request = HTTPRequest(method: method, url: service.endpoint + path)
        if let input {
            request.body = try JSONEncoder().encode(input)
            request.headers.add("Content-Type", "application/json")
        }
        let response = try await send(request, to: service)
        return try Self.decode(Output.self, from: response)
    }

    /// Calls a query protocol operation (SNS, STS, IAM, SES v1): a form-encoded `POST /` with `Action` and
    /// `Version`; returns the XML response's root element.
    ///
    /// - Throws: as ``json(target:input:output:to:jsonVersion:)``.
    public func query(
        action: String, version: String, parameters: [(String, String)], to service: AWSService
    ) async throws -> AWSXMLElement {
        var form = "Action=" + SigV4Encoding.encode(action) + "&Version=" + SigV4Encoding.encode(version)
        for (name, value) in parameters {
            form += "&" + SigV4Encoding.encode(name) + "=" + SigV4Encoding.encode(value)
        }
        let request = HTTPRequest(
            method: "POST", url: service.endpoint + "/",
            headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"], body: Data(form.utf8))
        let response = try await send(request, to: service)
        guard let root = AWSXMLElement.parse(response.body) else {
            throw AWSError(
                code: .malformedResponse, status: response.status, message: "\(action) answered with no XML document",
                requestId: AWSErrorParser.requestId(response.headers))
        }
        return root
    }

    static func decode<Output: Decodable>(_ type: Output.Type, from response: HTTPResponse) throws -> Output {
        let body = response.body.isEmpty ? Data("{}".utf8) : response.body
        do {
            return try JSONDecoder().decode(Output.self, from: body)
        } catch {
            throw AWSError(
                code: .malformedResponse, status: response.status,
                message: "cannot decode \(Output.self): \(String(decoding: body.prefix(200), as: UTF8.self))",
                requestId: AWSErrorParser.requestId(response.headers), underlying: error)
        }
    }

    /// Waits the backoff before retry number `retry` under `policy`; for retries that are not a whole request
    /// (unprocessed batch items, failed event entries).
    public func backoff(retry: Int, kind: AWSRetryPolicy.Kind, policy: AWSRetryPolicy) async throws {
        try await pause(policy.delay(retry: retry, kind: kind, random: jitter()))
    }
}
