#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How a `Date` becomes an attribute. ISO 8601 strings sort as text (good for sort keys); epoch seconds are what
/// DynamoDB's TTL reads.
public enum DynamoDBDateEncoding: Sendable, Equatable {
    /// `S`, `2026-01-02T03:04:05.678Z` (UTC, always milliseconds, so equal-width strings sort chronologically).
    case iso8601
    /// `N`, whole or fractional seconds since 1970.
    case epochSeconds
    /// `N`, integer milliseconds since 1970.
    case epochMilliseconds
}

/// A type that chooses how its own `Date` properties are stored, overriding the encoder's default, for example an
/// idempotency record whose `expiresAt` must be epoch seconds for TTL.
public protocol DynamoDBDateEncodingProvider {
    static var dynamoDBDateEncoding: DynamoDBDateEncoding { get }
}

/// ISO 8601 text for dates, without `DateFormatter` (FoundationEssentials has none).
enum ISO8601Text {
    /// `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`.
    static func format(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        let fraction = Int(milliseconds - seconds * 1000)
        let civil = CivilTime(epochSeconds: seconds)
        var out = [UInt8]()
        out.reserveCapacity(24)
        func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        digits(civil.year, 4)
        out.append(UInt8(ascii: "-"))
        digits(civil.month, 2)
        out.append(UInt8(ascii: "-"))
        digits(civil.day, 2)
        out.append(UInt8(ascii: "T"))
        digits(civil.hour, 2)
        out.append(UInt8(ascii: ":"))
        digits(civil.minute, 2)
        out.append(UInt8(ascii: ":"))
        digits(civil.second, 2)
        out.append(UInt8(ascii: "."))
        digits(fraction, 3)
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses `yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)`; `nil` when `text` is not of that form.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ width: Int) -> Int? {
            guard index + width <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<width {
                let byte = bytes[index + offset]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += width
            return value
        }
        func expect(_ character: Character) -> Bool {
            guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
            expect("T") || expect("t") || expect(" "), let hour = number(2), expect(":"), let minute = number(2),
            expect(":"), let second = number(2), (1...12).contains(month), (1...31).contains(day), hour < 24,
            minute < 60, second < 61
        else { return nil }
        var fraction = 0.0
        if expect(".") {
            var scale = 0.1
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                fraction += Double(bytes[index] - UInt8(ascii: "0")) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        var offsetSeconds = 0
        if expect("Z") || expect("z") {
        } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let hours = number(2), expect(":") || true, let minutes = number(2) else { return nil }
            offsetSeconds = sign * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        let seconds = CivilTime.epochSeconds(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return Date(timeIntervalSince1970: Double(seconds - Int64(offsetSeconds)) + fraction)
    }
}
