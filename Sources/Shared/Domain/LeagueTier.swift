/// Weekly league tiers, lowest first.
public enum LeagueTier: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case bronze, silver, gold, platinum, diamond

    public static func < (lhs: LeagueTier, rhs: LeagueTier) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The tier above, or `nil` at the top.
    public var next: LeagueTier? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index + 1 < all.count ? all[index + 1] : nil
    }

    /// The tier below, or `nil` at the bottom.
    public var previous: LeagueTier? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index > 0 ? all[index - 1] : nil
    }
}
