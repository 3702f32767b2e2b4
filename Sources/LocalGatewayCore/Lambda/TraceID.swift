import Foundation

/// X-Ray trace headers as Lambda passes them in `Lambda-Runtime-Trace-Id`.
enum TraceID {
    /// A new root segment: `Root=1-<epoch seconds, 8 hex>-<96 random bits, 24 hex>;Parent=<16 hex>;Sampled=0`.
    static func make(now: Date = Date()) -> String {
        let seconds = String(UInt32(now.timeIntervalSince1970), radix: 16)
        let padded = String(repeating: "0", count: max(0, 8 - seconds.count)) + seconds
        return "Root=1-\(padded)-\(hex(12));Parent=\(hex(8));Sampled=0"
    }

    private static func hex(_ bytes: Int) -> String {
        (0..<bytes).map { _ in
            let byte = UInt8.random(in: 0...255)
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }
}
