import Foundation
import Testing

@testable import AuthFn
@testable import Shared

/// The small value rules requests are checked against.
@Suite("Request rules")
struct RequestRuleTests {
    @Test(arguments: [
        ("saa-iam-policy-evaluation", true), ("a", true), ("x1-2", true), ("Saa", false), ("-a", false), ("a-", false),
        ("a--b", false), ("a_b", false), ("", false), (String(repeating: "a", count: 129), false),
    ])
    func itemIDs(_ text: String, _ valid: Bool) {
        #expect(CatalogIdentifier.isItemID(text) == valid)
    }

    @Test(arguments: [
        ("SAA-C03", true), ("CLF-C02", true), ("saa-c03", false), ("SAA-03", false), ("SAAA-C03", false),
        ("SAA-CO3", false),
    ])
    func examCodes(_ text: String, _ valid: Bool) {
        #expect(CatalogIdentifier.isExamCode(text) == valid)
    }

    @Test(
        arguments: [
            ("2024-02-29", 19_782), ("1970-01-01", 0), ("2023-02-29", nil), ("2026-13-01", nil), ("2026-1-01", nil),
            ("26-01-01", nil), ("2026-04-31", nil),
        ] as [(String, Int?)])
    func examDays(_ text: String, _ days: Int?) {
        #expect(ProfileRules.day(text) == days)
    }

    @Test(arguments: [
        ("CorrectHorse42battery", true), ("short1A", false), ("alllowercase12", false), ("ALLUPPERCASE12", false),
        ("NoDigitsAtAllHere", false),
    ])
    func passwords(_ text: String, _ strong: Bool) {
        #expect(ProfileRules.isStrongPassword(text) == strong)
    }

    @Test(arguments: [
        ("abcdefgh", true), ("a.b:c-d_e", true), ("short", false), ("has space1", false), ("ünïcödé12", false),
    ])
    func idempotencyKeys(_ key: String, _ valid: Bool) {
        #expect(IdempotencyGuard.isValid(key) == valid)
    }

    @Test func requestHashIgnoresMemberOrderButNotValues() {
        func request(_ body: String) -> APIRequest {
            APIRequest(method: "POST", path: "/api/v1/courses", body: Data(body.utf8), requestID: "r")
        }
        let first = IdempotencyGuard.hash(request(#"{"a":1,"b":[true,"x"]}"#))
        #expect(first == IdempotencyGuard.hash(request(#"{ "b": [true, "x"], "a": 1 }"#)))
        #expect(first != IdempotencyGuard.hash(request(#"{"a":2,"b":[true,"x"]}"#)))
    }
}
