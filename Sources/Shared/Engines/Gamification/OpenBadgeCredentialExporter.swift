#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Exports an earned badge as an unsigned Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable
/// Credential, data model 2.0), ready to be signed as a VC-JWT or with a Data Integrity proof.
///
/// The recipient is identified by `credentialSubject.id`, a URI the caller chooses (for example a
/// `urn:` of the learner's user id); no e-mail address goes into the credential.
public enum OpenBadgeCredentialExporter {
    /// VC data model 2.0 and the Open Badges 3.0.3 context, in that order as the specification requires.
    public static let contexts = [
        "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]

    /// Builds the credential.
    /// - Parameters:
    ///   - credentialId: A URI unique to this award (for example `urn:uuid:…`).
    ///   - achievementId: A URI identifying the badge itself, the same for every recipient.
    ///   - recipientId: A URI identifying the learner.
    ///   - evidence: Short narratives of what the learner did, each exported as an `Evidence` object.
    public static func credential(
        for badge: BadgeDefinition, credentialId: String, achievementId: String, recipientId: String,
        issuer: OpenBadgeIssuer, awardedAt: Date, evidence: [String] = []
    ) -> JSONValue {
        var achievement: [String: JSONValue] = [
            "id": .string(achievementId),
            "type": ["Achievement"],
            "achievementType": "Badge",
            "name": .string(badge.name),
            "description": .string(badge.description),
            "criteria": ["narrative": .string(badge.criteria)],
        ]
        if let image = badge.imageUrl {
            achievement["image"] = ["id": .string(image), "type": "Image"]
        }
        if !badge.alignments.isEmpty {
            achievement["alignment"] = .array(badge.alignments.map(alignment))
        }
        var issuerProfile: [String: JSONValue] = [
            "id": .string(issuer.id), "type": ["Profile"], "name": .string(issuer.name),
        ]
        if let url = issuer.url { issuerProfile["url"] = .string(url) }
        var credential: [String: JSONValue] = [
            "@context": .array(contexts.map(JSONValue.string)),
            "id": .string(credentialId),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": .string(badge.name),
            "issuer": .object(issuerProfile),
            "validFrom": .string(iso8601(awardedAt)),
            "credentialSubject": [
                "id": .string(recipientId),
                "type": ["AchievementSubject"],
                "achievement": .object(achievement),
            ],
        ]
        if !evidence.isEmpty {
            credential["evidence"] = .array(evidence.map { ["type": ["Evidence"], "narrative": .string($0)] })
        }
        return .object(credential)
    }

    private static func alignment(_ alignment: BadgeAlignment) -> JSONValue {
        var object: [String: JSONValue] = [
            "type": ["Alignment"], "targetName": .string(alignment.targetName),
            "targetUrl": .string(alignment.targetUrl),
        ]
        if let code = alignment.targetCode { object["targetCode"] = .string(code) }
        if let framework = alignment.targetFramework { object["targetFramework"] = .string(framework) }
        if let description = alignment.targetDescription { object["targetDescription"] = .string(description) }
        return .object(object)
    }

    /// `YYYY-MM-DDThh:mm:ssZ` in UTC, whole seconds.
    static func iso8601(_ date: Date) -> String {
        let seconds = LearnerTimeZone.epochSeconds(date)
        let day = LearnerTimeZone.floorDivide(seconds, 86_400)
        let civil = CivilDate(daysSinceEpoch: day)
        let within = seconds - day * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = String(civil.year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - year.count)) + year
        return
            "\(paddedYear)-\(two(civil.month))-\(two(civil.day))T\(two(within / 3_600)):\(two(within % 3_600 / 60)):\(two(within % 60))Z"
    }
}
