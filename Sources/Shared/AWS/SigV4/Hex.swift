/// Lowercase hexadecimal encoding through a lookup table, written straight into the string's storage.
public enum Hex {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// `bytes` as lowercase hexadecimal, two digits per byte.
    public static func encode(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            digits.withUnsafeBufferPointer { table in
                var index = 0
                for byte in bytes {
                    out[index] = table[Int(byte >> 4)]
                    out[index + 1] = table[Int(byte & 0x0F)]
                    index += 2
                }
            }
            return bytes.count * 2
        }
    }

    /// Appends `bytes` as lowercase hexadecimal to `buffer`.
    static func append(_ bytes: UnsafeRawBufferPointer, to buffer: inout [UInt8]) {
        digits.withUnsafeBufferPointer { table in
            for byte in bytes {
                buffer.append(table[Int(byte >> 4)])
                buffer.append(table[Int(byte & 0x0F)])
            }
        }
    }
}
