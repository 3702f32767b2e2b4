/// Levels on a geometric curve: early levels come quickly, later ones need more points each.
///
/// The points needed to reach level `L` are `base × (growth^(L−1) − 1) / (growth − 1)`, rounded: with the
/// defaults (base 120, growth 1.3, as in Moodle Level Up) levels 1–5 start at 0, 120, 276, 479 and 742.
public struct LevelCurve: Codable, Sendable, Hashable {
    /// Points from level 1 to level 2.
    public var base: Double
    /// Factor by which each level costs more than the one before.
    public var growth: Double
    /// The highest level; points beyond its threshold change nothing.
    public var maximumLevel: Int

    /// `growth` at or below 1 is treated as a flat curve of `base` points per level.
    public init(base: Double = 120, growth: Double = 1.3, maximumLevel: Int = 50) {
        self.base = max(1, base)
        self.growth = max(1, growth)
        self.maximumLevel = max(1, maximumLevel)
    }

    /// Points needed to reach `level` (level 1 needs 0); levels past the maximum cost what the maximum does.
    public func threshold(of level: Int) -> Int {
        let level = min(max(1, level), maximumLevel)
        guard growth > 1 else { return (base * Double(level - 1)).boundedInt }
        var power = 1.0
        for _ in 1..<level { power *= growth }
        return (base * (power - 1) / (growth - 1)).boundedInt
    }

    /// The level reached with `points`.
    public func level(for points: Int) -> Int {
        var level = 1
        var power = growth
        while level < maximumLevel {
            let next = growth > 1 ? (base * (power - 1) / (growth - 1)).boundedInt : (base * Double(level)).boundedInt
            guard next <= points else { break }
            level += 1
            power *= growth
        }
        return level
    }

    /// Progress from the current level to the next, 0–1; 1 at the maximum level.
    public func progress(for points: Int) -> Double {
        let level = level(for: points)
        guard level < maximumLevel else { return 1 }
        let low = threshold(of: level)
        let high = threshold(of: level + 1)
        return Double(points - low) / Double(high - low)
    }
}
