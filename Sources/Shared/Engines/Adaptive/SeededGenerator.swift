#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A small seeded random number generator (the SplitMix64 algorithm), so that every learner-model engine that
/// samples or shuffles gives the same answer for the same seed on every platform.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1) with 53 random bits.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal draw (Box–Muller; one of the pair is discarded to keep the stream simple).
    mutating func nextNormal() -> Double {
        let u = 1 - nextUnit()  // (0, 1]: log(0) is never taken
        let v = nextUnit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// A stable 64-bit hash of a string mixed with a seed (FNV-1a, then SplitMix), for seeded tie-breaks that do
    /// not depend on the order items arrive in.
    static func hash(_ text: String, seed: UInt64) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for byte in text.utf8 {
            value = (value ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        var mixer = SeededGenerator(seed: value)
        return mixer.next()
    }
}
