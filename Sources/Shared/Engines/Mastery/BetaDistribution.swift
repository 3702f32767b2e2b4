#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The regularized incomplete beta function, for posterior probabilities of an accuracy.
enum BetaDistribution {
    /// P(X ≤ x) for X ~ Beta(alpha, beta); alpha, beta > 0. Returns 0 below 0 and 1 above 1.
    static func cdf(_ x: Double, alpha: Double, beta: Double) -> Double {
        guard x > 0 else { return 0 }
        guard x < 1 else { return 1 }
        let logFront = lgamma(alpha + beta) - lgamma(alpha) - lgamma(beta) + alpha * log(x) + beta * log(1 - x)
        let front = exp(logFront)
        // The continued fraction converges fast only on one side of the mean; use symmetry on the other.
        if x < (alpha + 1) / (alpha + beta + 2) {
            return front * continuedFraction(x, alpha, beta) / alpha
        }
        return 1 - front * continuedFraction(1 - x, beta, alpha) / beta
    }

    /// Lentz's evaluation of the continued fraction for I_x(a, b).
    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var result = d
        for m in 1...300 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d
            if abs(d) < tiny { d = tiny }
            c = 1 + even / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d
            if abs(d) < tiny { d = tiny }
            c = 1 + odd / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            result *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return result
    }
}
