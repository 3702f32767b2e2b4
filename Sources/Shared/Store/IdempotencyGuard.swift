import Logging

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs a creating POST at most once per `Idempotency-Key`, as the contract's `IdempotencyKey` parameter promises:
/// a retry with the same key and body within 24 hours replays the first response (with `Idempotent-Replayed: true`),
/// the same key with another body answers 422, and a retry while the first request still runs answers 409.
///
/// Only successful (2xx) responses are kept. A failure (a thrown error or a 4xx/5xx answer) releases the key, so
/// that a corrected or repeated request runs afresh. That is only right when the failure left nothing behind that
/// a repeat would then refuse: a handler whose effect has happened (an account created in Cognito, a row written)
/// must answer success even if a later, secondary step fails, rather than throw. Without the header the request
/// simply runs.
public struct IdempotencyGuard: Sendable {
    public static let header = "Idempotency-Key"

    let store: any IdempotencyStore
    let function: String
    let clock: any AWSClock
    public var ttlSeconds: Int
    /// Longer than the function's timeout, so a running request is never taken over, yet short enough that a
    /// crashed one frees its key soon.
    public var lockSeconds: Int

    public init(
        store: any IdempotencyStore, function: String, clock: any AWSClock = SystemAWSClock(),
        ttlSeconds: Int = 86_400, lockSeconds: Int = 60
    ) {
        self.store = store
        self.function = function
        self.clock = clock
        self.ttlSeconds = ttlSeconds
        self.lockSeconds = lockSeconds
    }

    /// Runs `body` under the request's `Idempotency-Key`, if it has one.
    ///
    /// - Parameters:
    ///   - caller: whose key it is: the principal's user id, or on a public route something the request itself
    ///     names (sign-up scopes keys by the address), so that anonymous callers do not share one key space.
    ///   - secretFields: top-level members of the JSON body left out of the stored request hash (a password: the
    ///     record lives for a day, and an unsalted hash of a body holding a password would be a guessable copy of
    ///     it). A retry that changes only these still counts as the same request.
    /// - Throws: ``APIError`` 400 for a malformed key, 409 while the same request runs, 422 for a key reused with
    ///   another request; whatever `body` throws; ``AWSError`` when the table fails.
    public func run(
        _ request: APIRequest, caller: String, secretFields: Set<String> = [], logger: Logger,
        _ body: () async throws -> APIResponse
    ) async throws -> APIResponse {
        guard let key = request.header(Self.header) else { return try await body() }
        guard Self.isValid(key) else {
            throw APIError.badRequest(
                "The Idempotency-Key header must be 8 to 128 characters of letters, digits, '_', '.', ':' or '-'.")
        }
        let id = "\(function)#\(request.method) \(request.path)#\(caller)#\(key)"
        let hash = Self.hash(request, excluding: secretFields)
        switch try await store.claim(
            id: id, requestHash: hash, now: clock.now(), lockSeconds: lockSeconds, ttlSeconds: ttlSeconds)
        {
        case .completed(let record):
            var headers = record.responseHeaders ?? [:]
            headers["Idempotent-Replayed"] = "true"
            return APIResponse(
                status: record.responseStatus ?? 200, headers: headers, body: record.responseBody ?? Data())
        case .inProgress:
            throw APIError.conflict(
                "A request with this Idempotency-Key is still being processed; retry after it completes.")
        case .mismatch:
            throw APIError.unprocessable([
                FieldError(field: Self.header, message: "was already used with a different request")
            ])
        case .acquired:
            break
        }
        let response: APIResponse
        do {
            response = try await body()
        } catch {
            await release(id, hash, logger)
            throw error
        }
        guard (200..<300).contains(response.status) else {
            await release(id, hash, logger)
            return response
        }
        do {
            try await store.complete(
                id: id, requestHash: hash, status: response.status,
                headers: response.headers.filter { $0.key.lowercased() != "x-request-id" }, body: response.body,
                now: clock.now(), ttlSeconds: ttlSeconds)
        } catch {
            // The effect happened; the client gets its answer. A retry within the lock sees 409, later runs again.
            logger.error("idempotency record not completed", metadata: ["error": "\(error)", "key": "\(id)"])
        }
        return response
    }

    private func release(_ id: String, _ hash: String, _ logger: Logger) async {
        do {
            try await store.release(id: id, requestHash: hash)
        } catch {
            logger.error("idempotency claim not released", metadata: ["error": "\(error)", "key": "\(id)"])
        }
    }

    static func isValid(_ key: String) -> Bool {
        (8...128).contains(key.utf8.count)
            && key.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                        || "_.:-".unicodeScalars.contains(scalar))
            }
    }

    /// SHA-256 over the method, the path and the body, in hex. A JSON body is hashed in canonical form (keys sorted,
    /// no insignificant white space), so a client that serializes the same object again with its members in
    /// another order is still sending the same request. The top-level members named in `excluding` are left out;
    /// a body that is not a JSON object is then left out entirely, since the members cannot be told apart in it.
    static func hash(_ request: APIRequest, excluding: Set<String> = []) -> String {
        var bytes = Array("\(request.method)\n\(request.path)\n".utf8)
        var value = try? JSONCoding.decoder.decode(JSONLooseValue.self, from: request.body)
        if !excluding.isEmpty {
            guard case .object(var members) = value else { return SHA256.hash(bytes).hex }
            for name in excluding { members[name] = nil }
            value = .object(members)
        }
        if let value, let canonical = try? JSONCoding.encoder.encode(value) {
            bytes.append(contentsOf: canonical)
        } else {
            bytes.append(contentsOf: request.body)
        }
        return SHA256.hash(bytes).hex
    }
}
