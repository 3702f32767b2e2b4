/// Minimal JSON text building for log lines and metric blobs, where going through an encoder would cost more than
/// the line itself.
public enum JSONText {
    /// `value` as a JSON string literal, quotes included.
    ///
    /// Works on UTF-8 bytes: every byte that needs escaping is ASCII, so multi-byte sequences are copied unchanged.
    /// Runs on every log line and metric blob, hence the single pass without per-character allocation.
    public static func quoted(_ value: String) -> String {
        var value = value
        return value.withUTF8 { bytes in
            var escapes = 0
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                escapes += 1
            }
            // An escape takes at most six bytes (\u001f).
            return String(unsafeUninitializedCapacity: bytes.count + 2 + escapes * 5) { out in
                var count = 0
                out[count] = UInt8(ascii: "\"")
                count += 1
                if escapes == 0 {
                    if let base = bytes.baseAddress, let target = out.baseAddress {
                        (target + count).initialize(from: base, count: bytes.count)
                    }
                    count += bytes.count
                } else {
                    for byte in bytes {
                        count = escape(byte, into: out, at: count)
                    }
                }
                out[count] = UInt8(ascii: "\"")
                return count + 1
            }
        }
    }

    /// Appends `value` as a JSON string literal, quotes included, to `out`: runs that need no escape are copied whole.
    public static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6) { escaped in
                    let count = escape(byte, into: escaped, at: 0)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: escaped[0..<count]))
                }
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            out.append(UInt8(ascii: "\""))
        }
    }

    /// Writes `byte`, escaped if JSON requires it, at `index`; returns the index after it.
    private static func escape(_ byte: UInt8, into out: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        var index = index
        func put(_ character: Unicode.Scalar) {
            out[index] = UInt8(character.value)
            index += 1
        }
        switch byte {
        case UInt8(ascii: "\""):
            put("\\")
            put("\"")
        case UInt8(ascii: "\\"):
            put("\\")
            put("\\")
        case UInt8(ascii: "\n"):
            put("\\")
            put("n")
        case UInt8(ascii: "\r"):
            put("\\")
            put("r")
        case UInt8(ascii: "\t"):
            put("\\")
            put("t")
        case 0..<0x20:
            put("\\")
            put("u")
            put("0")
            put("0")
            put(hexDigit(byte >> 4))
            put(hexDigit(byte & 0x0F))
        default:
            out[index] = byte
            index += 1
        }
        return index
    }

    private static func hexDigit(_ nibble: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10)
    }
}
