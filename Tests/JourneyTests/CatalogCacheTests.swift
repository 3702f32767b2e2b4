import Foundation
import TestSupport
import Testing

@testable import CourseFn
@testable import Shared

/// The warm container's catalog cache against callers who send made-up ids: those are read through and never kept,
/// and a full cache gives up its least recently used entry rather than everything.
@Suite("Catalog cache", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct CatalogCacheTests {
    @Test func idsOfNoPossibleItemAreReadThroughAndNotKept() async throws {
        let stack = try await JourneyStack.shared()
        let proxy = try FaultProxy(upstream: stack.moto.endpoint)
        let cache = CachedCatalogStore(
            DynamoDBCatalogStore(client: stack.dynamo(through: proxy), table: stack.catalogTable))
        let madeUp = ["Not_An_Id", "x--y", String(repeating: "a", count: 129)]
        for id in madeUp + madeUp {
            #expect(try await cache.course(id) == nil)
            #expect(try await cache.lesson(id) == nil)
        }
        #expect(try await cache.exam("saa-c03") == nil)
        #expect(cache.count == 0, "nothing made up is kept")
        #expect(proxy.requests.count == 13, "each made-up id is read every time")
        #expect(try await cache.course("no-such-course") == nil)
        #expect(try await cache.course("no-such-course") == nil)
        #expect(cache.count == 1, "a miss for a well-formed id is kept for the TTL")
        #expect(proxy.requests.count == 14)
    }

    @Test func aFullCacheDropsItsLeastRecentlyUsedEntry() async throws {
        let stack = try await JourneyStack.shared()
        let proxy = try FaultProxy(upstream: stack.moto.endpoint)
        let cache = CachedCatalogStore(
            DynamoDBCatalogStore(client: stack.dynamo(through: proxy), table: stack.catalogTable), capacity: 3)
        let (a, b, c, d) = ("clf-d1-cloud-concepts", "clf-d2-security-compliance", "clf-d3-technology-services", "e-x")
        for id in [a, b, c] { _ = try await cache.course(id) }
        _ = try await cache.course(a)
        #expect(proxy.requests.count == 3, "a was a hit")
        _ = try await cache.course(d)
        #expect(cache.count == 3)
        #expect(proxy.requests.count == 4)
        _ = try await cache.course(a)
        _ = try await cache.course(c)
        #expect(proxy.requests.count == 4, "a and c stayed: only b, the least recently used, made room")
        _ = try await cache.course(b)
        #expect(proxy.requests.count == 5)
    }

    @Test func lessonSetsAreReadWithoutTheirBodies() async throws {
        let stack = try await JourneyStack.shared()
        let proxy = try FaultProxy(upstream: stack.moto.endpoint)
        let store = DynamoDBCatalogStore(client: stack.dynamo(through: proxy), table: stack.catalogTable)
        let lessons = try await store.lessons(ids: ["clf-cloud-benefits", "clf-well-architected-framework"])
        #expect(lessons.count == 2)
        #expect(lessons.allSatisfy { $0.body == nil && !$0.title.isEmpty })
        let request = try #require(proxy.requests.first)
        let sent = String(decoding: request.body, as: UTF8.self)
        #expect(sent.contains("ProjectionExpression"), "the Markdown bodies are not read only to be dropped")
    }
}
