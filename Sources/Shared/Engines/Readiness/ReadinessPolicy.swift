/// The knobs of the pass-probability model. The defaults are what the calibration simulation validates.
public struct ReadinessPolicy: Sendable, Hashable, Codable {
    /// Prior mean ability in every domain (logits; 0 meets an intermediate item at even odds before guessing).
    public var priorMean: Double
    /// Prior spread shared by all domains of one learner (general ability).
    public var generalSpread: Double
    /// Prior spread of each domain around the learner's general ability.
    public var domainSpread: Double
    /// Monte Carlo draws of the ability posterior; the 80% interval uses the order statistics at 10% and 90%.
    public var samples: Int
    /// The assumed raw cut as a share of scored items; `nil` takes the scaled pass mark (720 → 0.72).
    public var cutFraction: Double?

    public static let standard = ReadinessPolicy(
        priorMean: 0, generalSpread: 1, domainSpread: 0.5, samples: 199, cutFraction: nil)

    public init(priorMean: Double, generalSpread: Double, domainSpread: Double, samples: Int, cutFraction: Double?) {
        self.priorMean = priorMean
        self.generalSpread = generalSpread
        self.domainSpread = domainSpread
        self.samples = samples
        self.cutFraction = cutFraction
    }
}
