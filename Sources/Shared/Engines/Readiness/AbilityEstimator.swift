#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One objective answer as the ability model sees it.
struct AbilityObservation: Sendable, Hashable {
    /// Index of the exam domain (0-based, in blueprint order).
    var domain: Int
    var difficulty: Double
    var guess: Double
    /// 1 right, 0 wrong.
    var score: Double
}

/// Per-domain ability posterior: a Gaussian (Laplace) approximation around the mode of
/// P(θ | answers) ∝ Π P(answer | θ_d) · N(θ; μ, Σ), where the prior ties a learner's domains together through a
/// general ability (Σ = g²·11ᵀ + s²·I), so that evidence in one domain informs the others a little.
struct AbilityPosterior: Sendable, Hashable {
    /// Posterior mode per domain.
    var mean: [Double]
    /// Posterior covariance, row-major.
    var covariance: [Double]
    /// Lower Cholesky factor of the covariance, for sampling.
    var cholesky: [Double]
    /// Observations per domain.
    var counts: [Int]

    var dimension: Int { mean.count }

    func standardDeviation(_ domain: Int) -> Double { covariance[domain * dimension + domain].squareRoot() }
}

/// Fits `AbilityPosterior` by Fisher scoring on the 3PL-with-known-items likelihood.
struct AbilityEstimator: Sendable {
    var priorMean: Double
    var generalSpread: Double
    var domainSpread: Double

    init(policy: ReadinessPolicy) {
        priorMean = policy.priorMean
        generalSpread = policy.generalSpread
        domainSpread = policy.domainSpread
    }

    /// The prior precision Σ⁻¹ = (I − g²/(s² + n·g²)·11ᵀ) / s², in closed form.
    func priorPrecision(_ n: Int) -> [Double] {
        let s2 = domainSpread * domainSpread
        let g2 = generalSpread * generalSpread
        let shrink = g2 / (s2 + Double(n) * g2)
        var precision = [Double](repeating: -shrink / s2, count: n * n)
        for i in 0..<n { precision[i * n + i] = (1 - shrink) / s2 }
        return precision
    }

    func posterior(_ observations: [AbilityObservation], domains n: Int) -> AbilityPosterior {
        let precision = priorPrecision(n)
        var theta = [Double](repeating: priorMean, count: n)
        var counts = [Int](repeating: 0, count: n)
        for observation in observations { counts[observation.domain] += 1 }
        var hessianFactor = SmallMatrix.cholesky(precision, n: n) ?? []
        for _ in 0..<60 {
            var gradient = [Double](repeating: 0, count: n)
            var information = [Double](repeating: 0, count: n)
            for observation in observations {
                let s = 1 / (1 + exp(observation.difficulty - theta[observation.domain]))
                let p = min(max(observation.guess + (1 - observation.guess) * s, 1e-12), 1 - 1e-12)
                let slope = (1 - observation.guess) * s * (1 - s)
                gradient[observation.domain] += (observation.score - p) / (p * (1 - p)) * slope
                information[observation.domain] += slope * slope / (p * (1 - p))
            }
            var hessian = precision
            for i in 0..<n {
                for j in 0..<n { gradient[i] -= precision[i * n + j] * (theta[j] - priorMean) }
                hessian[i * n + i] += information[i]
            }
            guard let factor = SmallMatrix.cholesky(hessian, n: n) else { break }
            hessianFactor = factor
            let step = SmallMatrix.solve(cholesky: factor, n: n, gradient)
            let largest = step.map(abs).max() ?? 0
            let damping = largest > 1 ? 1 / largest : 1  // no leap past the data on the first iterations
            for i in 0..<n { theta[i] += damping * step[i] }
            if largest < 1e-9 { break }
        }
        let covariance = SmallMatrix.inverse(cholesky: hessianFactor, n: n)
        let cholesky = SmallMatrix.cholesky(covariance, n: n) ?? covariance
        return AbilityPosterior(mean: theta, covariance: covariance, cholesky: cholesky, counts: counts)
    }
}
