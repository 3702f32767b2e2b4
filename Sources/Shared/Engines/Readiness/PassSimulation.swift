/// Seeded draws of the ability posterior pushed through the exam score model: the mean pass probability, the 80%
/// interval of the learner's true pass probability, and per-domain summaries.
///
/// The interval uses the order statistics at ranks 0.1·(S+1) and 0.9·(S+1) of S draws: if the truth is exchangeable
/// with the draws (as it is when the posterior is right), it falls between them with probability exactly 0.8.
struct PassSimulation: Sendable {
    struct Outcome: Sendable, Hashable {
        var mean: Double
        var lower: Double
        var upper: Double
        /// Posterior mean of each domain's expected score.
        var expectedScores: [Double]
        /// Posterior mean of each domain's P(X_d ≥ its cut).
        var competence: [Double]
    }

    let model: ExamScoreModel
    let posterior: AbilityPosterior
    let samples: Int
    /// Standard normal draws, samples × domains, fixed by the seed so that shifted runs share them.
    let normals: [Double]

    init(model: ExamScoreModel, posterior: AbilityPosterior, samples: Int, seed: UInt64) {
        self.model = model
        self.posterior = posterior
        self.samples = max(samples, 9)
        var generator = SeededGenerator(seed: seed)
        normals = (0..<(self.samples * posterior.dimension)).map { _ in generator.nextNormal() }
    }

    /// The outcome with every domain's ability raised by `shift` logits (0: as observed).
    func run(shift: Double = 0) -> Outcome {
        let n = posterior.dimension
        var passes = [Double](repeating: 0, count: samples)
        var expected = [Double](repeating: 0, count: n)
        var competence = [Double](repeating: 0, count: n)
        var scores = [Double](repeating: 0, count: n)
        var tails = [Double](repeating: 0, count: n)
        var theta = [Double](repeating: 0, count: n)
        var scratch = ExamScoreModel.Scratch(scoredItems: model.scoredItems)
        let mean = posterior.mean
        let cholesky = posterior.cholesky
        for sample in 0..<samples {
            normals.withUnsafeBufferPointer { z in
                for i in 0..<n {
                    var value = mean[i] + shift
                    for k in 0...i { value += cholesky[i * n + k] * z[sample * n + k] }
                    theta[i] = value
                }
            }
            model.expectedScores(abilities: theta, into: &scores)
            for i in 0..<n { expected[i] += scores[i] }
            passes[sample] = model.passProbability(scores, domainTails: &tails, scratch: &scratch)
            for i in 0..<n { competence[i] += tails[i] }
        }
        let count = Double(samples)
        let average = passes.reduce(0, +) / count
        passes.sort()
        let lowerRank = min(max(Int((0.1 * (count + 1)).rounded()), 1), samples)
        let upperRank = min(max(Int((0.9 * (count + 1)).rounded()), 1), samples)
        return Outcome(
            mean: average, lower: passes[lowerRank - 1], upper: passes[upperRank - 1],
            expectedScores: expected.map { $0 / count }, competence: competence.map { $0 / count })
    }
}
