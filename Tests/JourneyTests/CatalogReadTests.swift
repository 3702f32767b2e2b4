import Foundation
import TestSupport
import Testing

@testable import CourseFn
@testable import Shared

/// The course list's filters and pages, and the warm container's catalog cache.
@Suite("Catalog reads", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct CatalogReadTests {
    @Test(arguments: [
        (["certification": "SAA-C03"], 4),
        (["certification": "SAA-C03", "level": "associate"], 4),
        (["certification": "SAA-C03", "level": "foundational"], 0),
        (["level": "foundational"], 4),
        (["service": "s3"], 5),
        (["service": "Amazon S3", "certification": "CLF-C02"], 1),
    ])
    func filtersNarrowTheListAcrossPages(_ query: [String: String], _ expected: Int) async throws {
        let stack = try await JourneyStack.shared()
        let api = JourneyClient(stack.courseFunction().register)
        let learner = try await stack.learner()
        var ids: [String] = []
        var token: String?
        var pages = 0
        repeat {
            var page = query.merging(["limit": "1"]) { $1 }
            if let token { page["nextToken"] = token }
            let response = try await api.send("GET", "/api/v1/courses", query: page, as: learner)
            #expect(response.status == 200)
            ids += response.items.compactMap { $0["id"] as? String }
            token = response.nextToken
            pages += 1
        } while token != nil && pages < 20
        let contentIDs = ids.filter { $0.hasPrefix("clf-") || $0.hasPrefix("saa-") }
        #expect(contentIDs.count == expected, "\(query) → \(ids)")
        #expect(Set(ids).count == ids.count, "no course appears on two pages")
    }

    @Test func catalogReadsAreCachedUntilTheTTLPasses() async throws {
        let stack = try await JourneyStack.shared()
        let clock = TestClock()
        let base = stack.catalogStore
        let cached = CachedCatalogStore(base, ttl: 30, clock: clock)
        let id = "cache-\(UUID().uuidString.prefix(8).lowercased())"
        #expect(try await cached.course(id) == nil)
        _ = try await base.createCourse(
            CourseRecord(
                id: id, title: "T", summary: "S", exam: "SAA-C03", domain: 1, level: .associate, tier: .free,
                services: []))
        #expect(try await cached.course(id) == nil, "another container's write is not seen within the TTL")
        clock.advance(seconds: 31)
        #expect(try await cached.course(id)?.title == "T", "after the TTL the course is read again")

        var changed = try #require(try await base.course(id))
        changed.title = "Changed"
        _ = try await cached.updateCourse(changed, expectedVersion: 1)
        #expect(try await cached.course(id)?.title == "Changed", "this container's own write empties its cache")
        try await base.deleteCourse(id)
    }
}
