/// CRC-32 (IEEE 802.3, the zlib polynomial), as DynamoDB sends in `x-amz-crc32`; slicing-by-4 tables.
public enum CRC32 {
    private static let tables: [[UInt32]] = {
        var tables = [[UInt32]](repeating: [UInt32](repeating: 0, count: 256), count: 4)
        for index in 0..<256 {
            var crc = UInt32(index)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            tables[0][index] = crc
        }
        for index in 0..<256 {
            for slice in 1..<4 {
                let previous = tables[slice - 1][index]
                tables[slice][index] = (previous >> 8) ^ tables[0][Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        let t0 = tables[0]
        let t1 = tables[1]
        let t2 = tables[2]
        let t3 = tables[3]
        var crc: UInt32 = 0xFFFF_FFFF
        var iterator = bytes.makeIterator()
        while let b0 = iterator.next() {
            guard let b1 = iterator.next() else {
                crc = (crc >> 8) ^ t0[Int((crc ^ UInt32(b0)) & 0xFF)]
                break
            }
            guard let b2 = iterator.next() else {
                crc = (crc >> 8) ^ t0[Int((crc ^ UInt32(b0)) & 0xFF)]
                crc = (crc >> 8) ^ t0[Int((crc ^ UInt32(b1)) & 0xFF)]
                break
            }
            guard let b3 = iterator.next() else {
                crc = (crc >> 8) ^ t0[Int((crc ^ UInt32(b0)) & 0xFF)]
                crc = (crc >> 8) ^ t0[Int((crc ^ UInt32(b1)) & 0xFF)]
                crc = (crc >> 8) ^ t0[Int((crc ^ UInt32(b2)) & 0xFF)]
                break
            }
            crc ^= UInt32(b0) | UInt32(b1) << 8 | UInt32(b2) << 16 | UInt32(b3) << 24
            crc = t3[Int(crc & 0xFF)] ^ t2[Int((crc >> 8) & 0xFF)] ^ t1[Int((crc >> 16) & 0xFF)] ^ t0[Int(crc >> 24)]
        }
        return crc ^ 0xFFFF_FFFF
    }
}
