import Foundation
import Testing

@testable import Shared

/// Validates the real `content/` tree of this repository, the catalog that ships.
@Suite("Content validation")
struct ContentValidationTests {
    /// `content/` at the repository root, found from this file's place in `Tests/SharedTests/Content/`.
    static let contentRoot = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "content")

    @Test("the shipped catalog loads and breaks no rule; the counts per exam and domain are printed")
    func shippedContentIsValid() throws {
        let catalog = try ContentLoader(root: Self.contentRoot).load()
        let report = CatalogValidator().validate(catalog)
        print("Content version \(catalog.version)\n\(report.table)")
        for problem in report.problems {
            print(problem)
        }
        #expect(report.problems == [], "\(report.problems.count) problems; see the list above")
    }

    @Test("the shipped blueprints carry the official domains and weights")
    func shippedBlueprints() throws {
        let catalog = try ContentLoader(root: Self.contentRoot).load()
        let weights = Dictionary(uniqueKeysWithValues: catalog.exams.map { ($0.code, $0.domains.map(\.weight)) })
        #expect(weights["CLF-C02"] == [24, 30, 34, 12])
        #expect(weights["SAA-C03"] == [30, 26, 24, 20])
        #expect(weights["DVA-C02"] == [32, 26, 24, 18])
        #expect(weights["SOA-C03"] == [22, 22, 22, 16, 18])
        #expect(weights["SOA-C02"] == [20, 16, 18, 16, 18, 12])
        let retired = try #require(catalog.exam("SOA-C02"))
        #expect(retired.status == .retired && retired.lastDay == "2025-09-29" && retired.successor == "SOA-C03")
        #expect(
            catalog.exams.filter { $0.status == .current }.map(\.code).sorted() == [
                "CLF-C02", "DVA-C02", "SAA-C03", "SOA-C03",
            ])
    }
}
