#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The 21 weights of the FSRS-6 memory model, checked against the bounds the reference implementation enforces.
///
/// `w[0...3]` are the initial stabilities for Again/Hard/Good/Easy, `w[4...7]` shape difficulty, `w[8...10]` the
/// growth of stability after a recall, `w[11...14]` the stability after a lapse, `w[15]`/`w[16]` the Hard penalty
/// and Easy bonus, `w[17...19]` same-day reviews, and `w[20]` the decay of the forgetting curve.
public struct FSRSParameters: Sendable, Hashable, Codable {
    /// The weights, in FSRS order.
    public let weights: [Double]

    /// The FSRS-6 defaults (medians over about 10,000 Anki collections), as in the reference `fsrs` 6.3.x.
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
        0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0,
        1.0, 0.0, 0.0, 0.0, 0.1,
    ]
    static let upperBounds: [Double] = [
        100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8,
    ]

    /// The default parameters.
    public static let `default` = FSRSParameters(unchecked: defaultWeights)

    /// Why a set of weights was refused.
    public enum ValidationError: Error, Equatable, Sendable {
        /// FSRS-6 needs exactly 21 weights.
        case wrongCount(Int)
        /// A weight lies outside the bounds the reference implementation allows.
        case outOfBounds(index: Int, value: Double, lower: Double, upper: Double)
    }

    /// Checks `weights` and keeps them.
    /// - Throws: `ValidationError` when there are not 21 weights or one is out of bounds (the first one found).
    public init(weights: [Double]) throws(ValidationError) {
        guard weights.count == Self.lowerBounds.count else { throw .wrongCount(weights.count) }
        for (index, value) in weights.enumerated()
        where !(Self.lowerBounds[index]...Self.upperBounds[index]).contains(value) {
            throw .outOfBounds(
                index: index, value: value, lower: Self.lowerBounds[index], upper: Self.upperBounds[index])
        }
        self.weights = weights
    }

    private init(unchecked weights: [Double]) {
        self.weights = weights
    }

    /// The (negative) exponent of the power forgetting curve.
    public var decay: Double { -weights[20] }

    /// Chosen so that retrievability is exactly 0.9 after `stability` days.
    public var factor: Double { pow(0.9, 1 / decay) - 1 }

    /// Retrievability after `elapsedDays` for an item of the given stability: `(1 + factor·t/S)^decay`.
    public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * elapsedDays / stability, decay)
    }

    /// Days until retrievability falls to `retention` (not rounded or clamped).
    public func interval(stability: Double, retention: Double) -> Double {
        stability / factor * (pow(retention, 1 / decay) - 1)
    }
}
