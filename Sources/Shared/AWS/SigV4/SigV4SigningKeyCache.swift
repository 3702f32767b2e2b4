import Synchronization

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The derived SigV4 signing keys of the last few (secret, date) pairs for one region and service. Deriving a key
/// costs four HMACs; the cache turns that into a lookup for every request signed on the same day.
final class SigV4SigningKeyCache: Sendable {
    private struct Entry {
        var secret: String
        var dateStamp: String
        var key: HMACSHA256Key
    }

    private static let capacity = 4
    private let region: String
    private let service: String
    private let entries = Mutex<[Entry]>([])
    /// The last signing second's timestamp and the last day's credential scope: most requests share both.
    private let recent = Mutex<(second: Int64, timestamp: SigV4Timestamp?, dateStamp: String, scope: String)>(
        (0, nil, "", ""))

    init(region: String, service: String) {
        self.region = region
        self.service = service
    }

    /// The signing key for `secret` on `dateStamp` (`yyyyMMdd`), derived once and then reused.
    func key(secret: String, dateStamp: String) -> HMACSHA256Key {
        if let hit = entries.withLock({ entries in
            entries.first { $0.dateStamp == dateStamp && $0.secret == secret }?.key
        }) {
            return hit
        }
        let key = Self.derive(secret: secret, dateStamp: dateStamp, region: region, service: service)
        entries.withLock { entries in
            entries.insert(Entry(secret: secret, dateStamp: dateStamp, key: key), at: 0)
            if entries.count > Self.capacity { entries.removeLast() }
        }
        return key
    }

    /// The timestamp of `date`, reused within the same second.
    func timestamp(_ date: Date) -> SigV4Timestamp {
        let second = Int64(date.timeIntervalSince1970.rounded(.down))
        if let cached = recent.withLock({ $0.second == second ? $0.timestamp : nil }) { return cached }
        let fresh = SigV4Timestamp(date)
        recent.withLock { recent in
            recent.second = second
            recent.timestamp = fresh
        }
        return fresh
    }

    /// `date/region/service/aws4_request`, reused within the same day.
    func scope(dateStamp: String) -> String {
        if let cached = recent.withLock({ $0.dateStamp == dateStamp ? $0.scope : nil }) { return cached }
        let scope = dateStamp + "/" + region + "/" + service + "/aws4_request"
        recent.withLock { recent in
            recent.dateStamp = dateStamp
            recent.scope = scope
        }
        return scope
    }

    static func derive(secret: String, dateStamp: String, region: String, service: String) -> HMACSHA256Key {
        let dateKey = SHA256.hmac(key: Array(("AWS4" + secret).utf8), message: Array(dateStamp.utf8))
        let regionKey = SHA256.hmac(key: dateKey, message: Array(region.utf8))
        let serviceKey = SHA256.hmac(key: regionKey, message: Array(service.utf8))
        let signingKey = SHA256.hmac(key: serviceKey, message: Array("aws4_request".utf8))
        return HMACSHA256Key(signingKey)
    }
}
