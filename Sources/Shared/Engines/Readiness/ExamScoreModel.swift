#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The raw score on one exam form as a sum of per-domain binomials: each domain's items are drawn from its
/// difficulty mix, so given the abilities its right answers are Binomial(n_d, p̄_d), and the raw score is their
/// exact convolution.
struct ExamScoreModel: Sendable {
    struct Domain: Sendable, Hashable {
        var number: Int
        var weight: Int
        /// Scored items of this domain on a form.
        var items: Int
        /// Representative item difficulties and guessing floors (equal weights).
        var difficulties: [Double]
        var guesses: [Double]
        /// Mean retrievability on exam day: a forgotten item is answered at guessing rate.
        var retention: Double
    }

    let domains: [Domain]
    /// Right answers needed to pass.
    let cut: Int
    let scoredItems: Int
    let cutFraction: Double
    // The same data flattened, for the inner loop (it runs hundreds of thousands of times per cohort).
    private let flatDifficulties: [Double]
    private let flatGuesses: [Double]
    private let offsets: [Int]
    private let domainCuts: [Int]
    private let itemCounts: [Int]
    private let retentions: [Double]

    init(domains: [Domain], cut: Int, scoredItems: Int, cutFraction: Double) {
        self.domains = domains
        self.cut = cut
        self.scoredItems = scoredItems
        self.cutFraction = cutFraction
        flatDifficulties = domains.flatMap(\.difficulties)
        flatGuesses = domains.flatMap(\.guesses)
        offsets = domains.reduce(into: [0]) { $0.append($0.last! + $1.difficulties.count) }
        domainCuts = domains.map { Int((cutFraction * Double($0.items) - 1e-9).rounded(.up)) }
        itemCounts = domains.map(\.items)
        retentions = domains.map(\.retention)
    }

    /// A copy with other exam-day retention per domain (same order as `domains`).
    func with(retention: [Double]) -> ExamScoreModel {
        var updated = domains
        for index in updated.indices { updated[index].retention = retention[index] }
        return ExamScoreModel(domains: updated, cut: cut, scoredItems: scoredItems, cutFraction: cutFraction)
    }

    /// Expected share of the domain's items answered right at ability `theta`:
    /// mean over its items of R·(c + (1 − c)·σ(θ − b)) + (1 − R)·c.
    func expectedScore(_ domain: Int, ability theta: Double) -> Double {
        var scores = [0.0]
        expectedScores(abilities: [theta], from: domain, into: &scores)
        return scores[0]
    }

    /// `expectedScore` for consecutive domains starting at `first`, one ability each, without allocating.
    func expectedScores(abilities: [Double], from first: Int = 0, into scores: inout [Double]) {
        flatDifficulties.withUnsafeBufferPointer { difficulties in
            flatGuesses.withUnsafeBufferPointer { guesses in
                offsets.withUnsafeBufferPointer { offsets in
                    retentions.withUnsafeBufferPointer { retentions in
                        for position in 0..<abilities.count {
                            let domain = first + position
                            let start = offsets[domain]
                            let end = offsets[domain + 1]
                            let retention = retentions[domain]
                            let theta = abilities[position]
                            var sum = 0.0
                            for index in start..<end {
                                let c = guesses[index]
                                sum += c + retention * (1 - c) / (1 + exp(difficulties[index] - theta))
                            }
                            scores[position] = end > start ? sum / Double(end - start) : 0
                        }
                    }
                }
            }
        }
    }

    /// P(raw score ≥ cut) for per-domain expected scores `p`; also writes each domain's P(X_d ≥ its cut).
    func passProbability(_ p: [Double], domainTails: inout [Double], scratch: inout Scratch) -> Double {
        var size = 1
        var pass = 0.0
        let last = itemCounts.count - 1
        scratch.total[0] = 1
        for index in 0...last {
            let n = itemCounts[index]
            Self.binomial(n: n, p: p[index], into: &scratch.pmf)
            let domainCut = domainCuts[index]
            pass = scratch.pmf.withUnsafeMutableBufferPointer { pmf in
                var tail = 0.0
                if domainCut <= n {
                    for x in domainCut...n { tail += pmf[x] }
                }
                domainTails[index] = tail
                if index == last {
                    // Only the tail is needed: turn the last pmf into its survival function and sum once.
                    var running = 0.0
                    for x in stride(from: n, through: 0, by: -1) {
                        running += pmf[x]
                        pmf[x] = running
                    }
                    return scratch.total.withUnsafeBufferPointer { total in
                        var sum = 0.0
                        for x in 0..<size where total[x] != 0 {
                            let need = cut - x
                            sum += need <= 0 ? total[x] : (need <= n ? total[x] * pmf[need] : 0)
                        }
                        return sum
                    }
                }
                // While loops: this is the innermost loop of the readiness simulation, and range iterators cost
                // a call per step in debug builds, which the test suite runs.
                scratch.next.withUnsafeMutableBufferPointer { out in
                    var x = 0
                    while x < size + n {
                        out[x] = 0
                        x += 1
                    }
                    scratch.total.withUnsafeBufferPointer { total in
                        var i = 0
                        while i < size {
                            let weight = total[i]
                            var j = 0
                            while j <= n {
                                out[i + j] += weight * pmf[j]
                                j += 1
                            }
                            i += 1
                        }
                    }
                }
                return 0
            }
            swap(&scratch.total, &scratch.next)
            size += n
        }
        return min(max(pass, 0), 1)
    }

    /// Reusable buffers so that thousands of evaluations allocate nothing.
    struct Scratch {
        var total: [Double]
        var next: [Double]
        var pmf: [Double]

        init(scoredItems: Int) {
            total = [Double](repeating: 0, count: scoredItems + 1)
            next = total
            pmf = total
        }
    }

    /// Binomial(n, p) probabilities into `pmf[0...n]`, by the ratio recurrence from the likelier end so that the
    /// starting term never underflows.
    static func binomial(n: Int, p: Double, into pmf: inout [Double]) {
        let p = min(max(p, 0), 1)
        let flip = p > 0.5
        let q = flip ? 1 - p : p  // q ≤ 0.5
        pmf.withUnsafeMutableBufferPointer { out in
            if q == 0 {
                for x in 0...n { out[x] = 0 }
                out[flip ? n : 0] = 1
                return
            }
            let ratio = q / (1 - q)
            var term = pow(1 - q, Double(n))
            for x in 0...n {
                out[flip ? n - x : x] = term
                term *= Double(n - x) / Double(x + 1) * ratio
            }
        }
    }
}
