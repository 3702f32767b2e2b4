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

/// The FSRS-6 memory formulas, in the reference's order of operations so that results agree to the last bits.
extension FSRSScheduler {
    var w: [Double] { parameters.weights }

    func clampDifficulty(_ difficulty: Double) -> Double { min(max(difficulty, 1), 10) }

    func clampStability(_ stability: Double) -> Double { max(stability, Self.minimumStability) }

    func initialStability(_ rating: ReviewRating) -> Double { clampStability(w[rating.rawValue - 1]) }

    /// `w4 − e^(w5·(G−1)) + 1`, unclamped (mean reversion aims at the unclamped Easy value).
    func initialDifficulty(_ rating: ReviewRating) -> Double {
        w[4] - pow(Self.euler, w[5] * Double(rating.rawValue - 1)) + 1
    }

    /// Stability after a review on the same day as the previous one; never lower after a pass.
    func shortTermStability(_ stability: Double, rating: ReviewRating) -> Double {
        var increase = pow(Self.euler, w[17] * (Double(rating.rawValue) - 3 + w[18])) * pow(stability, -w[19])
        if rating != .again { increase = max(increase, 1) }
        return clampStability(stability * increase)
    }

    /// Linear damping towards 10, then mean reversion towards the initial Easy difficulty.
    func nextDifficulty(_ difficulty: Double, rating: ReviewRating) -> Double {
        let delta = -(w[6] * (Double(rating.rawValue) - 3))
        let damped = difficulty + (10 - difficulty) * delta / 9
        return clampDifficulty(w[7] * initialDifficulty(.easy) + (1 - w[7]) * damped)
    }

    func nextStability(
        difficulty: Double, stability: Double, retrievability: Double, rating: ReviewRating
    )
        -> Double
    {
        if rating == .again {
            let longTerm =
                w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
                * pow(Self.euler, (1 - retrievability) * w[14])
            let shortTerm = stability / pow(Self.euler, w[17] * w[18])
            return clampStability(min(longTerm, shortTerm))
        }
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        let growth =
            pow(Self.euler, w[8]) * (11 - difficulty) * pow(stability, -w[9])
            * (pow(Self.euler, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus
        return clampStability(stability * (1 + growth))
    }
}
