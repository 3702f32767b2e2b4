import Runtime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The two renderings of a signing time that SigV4 uses: `20150830T123600Z` and `20150830`, computed from the Unix
/// epoch without a date formatter (FoundationEssentials has none).
public struct SigV4Timestamp: Sendable, Hashable {
    /// `yyyyMMdd'T'HHmmss'Z'` in UTC.
    public let amzDate: String
    /// `yyyyMMdd` in UTC.
    public let dateStamp: String

    /// The timestamp of `date`, truncated to whole seconds.
    public init(_ date: Date) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let civil = CivilTime(epochSeconds: seconds)
        var bytes = [UInt8]()
        bytes.reserveCapacity(16)
        Self.appendDigits(civil.year, width: 4, to: &bytes)
        Self.appendDigits(civil.month, width: 2, to: &bytes)
        Self.appendDigits(civil.day, width: 2, to: &bytes)
        dateStamp = String(decoding: bytes, as: UTF8.self)
        bytes.append(UInt8(ascii: "T"))
        Self.appendDigits(civil.hour, width: 2, to: &bytes)
        Self.appendDigits(civil.minute, width: 2, to: &bytes)
        Self.appendDigits(civil.second, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
        amzDate = String(decoding: bytes, as: UTF8.self)
    }

    private static func appendDigits(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8((rest / divisor) % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}

/// A UTC calendar date and time of day from Unix seconds (proleptic Gregorian, days-from-civil inverse).
struct CivilTime: Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int

    init(epochSeconds: Int64) {
        let days = Int(epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400)
        let secondOfDay = Int(epochSeconds - Int64(days) * 86_400)
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        (year, month, day) = Timestamp.civilDate(daysSinceEpoch: days)
    }

    /// Unix seconds of a UTC calendar time; the inverse of `init(epochSeconds:)`.
    static func epochSeconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int64 {
        let days = Timestamp.daysSinceEpoch(year: year, month: month, day: day)
        return Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }
}
