import COpenSSL

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// SHA-256 and HMAC-SHA256 from the system libcrypto, without allocation on the hot path.
public enum SHA256 {
    /// The digest of `bytes`.
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> SHA256Digest {
        var digest = SHA256Digest()
        digest.withUnsafeMutableBytes { out in
            cm_sha256(bytes.baseAddress, bytes.count, out.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        return digest
    }

    /// The digest of `data`.
    public static func hash(_ data: some ContiguousBytes) -> SHA256Digest {
        data.withUnsafeBytes { hash($0) }
    }

    /// The digest of the UTF-8 bytes of `string`.
    public static func hash(_ string: String) -> SHA256Digest {
        var copy = string
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    /// HMAC-SHA256 of `message` under `key`.
    public static func hmac(key: some ContiguousBytes, message: some ContiguousBytes) -> SHA256Digest {
        var digest = SHA256Digest()
        key.withUnsafeBytes { keyBytes in
            message.withUnsafeBytes { messageBytes in
                digest.withUnsafeMutableBytes { out in
                    cm_hmac_sha256(
                        keyBytes.baseAddress, keyBytes.count, messageBytes.baseAddress, messageBytes.count,
                        out.baseAddress!.assumingMemoryBound(to: UInt8.self))
                }
            }
        }
        return digest
    }
}

/// A 32-byte SHA-256 digest held inline (no heap storage).
public struct SHA256Digest: Sendable, Hashable, ContiguousBytes, CustomStringConvertible {
    private var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    public init() {}

    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try Swift.withUnsafeBytes(of: storage, body)
    }

    mutating func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        try Swift.withUnsafeMutableBytes(of: &storage, body)
    }

    /// The digest as 64 lowercase hexadecimal digits.
    public var hex: String { withUnsafeBytes { Hex.encode($0) } }

    public var description: String { hex }

    public static func == (lhs: SHA256Digest, rhs: SHA256Digest) -> Bool {
        lhs.storage.0 == rhs.storage.0 && lhs.storage.1 == rhs.storage.1 && lhs.storage.2 == rhs.storage.2
            && lhs.storage.3 == rhs.storage.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.0)
        hasher.combine(storage.1)
        hasher.combine(storage.2)
        hasher.combine(storage.3)
    }
}

/// An HMAC-SHA256 key with its padded inner and outer hash states precomputed, so that signing with a cached SigV4
/// signing key costs two short hash completions.
public struct HMACSHA256Key: Sendable {
    private var state = cm_hmac_sha256_key()

    /// Prepares `key` (any length).
    public init(_ key: some ContiguousBytes) {
        key.withUnsafeBytes { bytes in
            cm_hmac_sha256_key_init(&state, bytes.baseAddress, bytes.count)
        }
    }

    /// The MAC of `message` under this key.
    public func authenticate(_ message: UnsafeRawBufferPointer) -> SHA256Digest {
        var digest = SHA256Digest()
        withUnsafePointer(to: state) { statePointer in
            digest.withUnsafeMutableBytes { out in
                cm_hmac_sha256_with_key(
                    statePointer, message.baseAddress, message.count,
                    out.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
        }
        return digest
    }

    /// The MAC of `message` under this key.
    public func authenticate(_ message: some ContiguousBytes) -> SHA256Digest {
        message.withUnsafeBytes { authenticate($0) }
    }
}
