extension CatalogStore {
    /// A page of a course's lessons in teaching order. A course has tens of lessons, so they are read whole (and
    /// cached) and cut into pages here; the start key has the same shape as a `listing-index` key.
    ///
    /// - Throws: ``StoreError/Code/invalidCursor`` when `startKey` belongs to another listing.
    public func lessons(course: String, limit: Int, startKey: DynamoDBItem?) async throws -> StorePage<LessonRecord> {
        var after: String?
        if let startKey {
            guard startKey.count == 2,
                startKey[CatalogKeys.listingPK] == .s(CatalogKeys.lessonsListing(course: course)),
                let sortKey = startKey[CatalogKeys.listingSK]?.stringValue
            else { throw StoreError(.invalidCursor, "The nextToken belongs to another listing.") }
            after = sortKey
        }
        func listing(_ lesson: LessonRecord) -> DynamoDBItem {
            CatalogKeys.lessonListing(course: course, position: lesson.position, id: lesson.id)
        }
        let all = try await lessons(course: course).sorted {
            ($0.position, $0.id) < ($1.position, $1.id)
        }
        let remaining = all.filter { lesson in
            after.map { (listing(lesson)[CatalogKeys.listingSK]?.stringValue ?? "") > $0 } ?? true
        }
        let items = Array(remaining.prefix(limit))
        guard remaining.count > limit, let last = items.last else { return StorePage(items: items) }
        return StorePage(items: items, nextKey: listing(last))
    }
}
