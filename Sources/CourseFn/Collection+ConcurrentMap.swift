extension Collection where Element: Sendable {
    /// `transform` of every element, in order, with at most `limit` transforms running at once, so that a page of
    /// a hundred items does not start a hundred sets of table reads together.
    ///
    /// - Throws: the first error a transform throws; the transforms still running are cancelled.
    func concurrentMap<T: Sendable>(
        limit: Int, _ transform: @escaping @Sendable (Element) async throws -> T
    ) async throws -> [T] {
        let items = Array(self)
        return try await withThrowingTaskGroup(of: (Int, T).self) { group in
            var results = [T?](repeating: nil, count: items.count)
            var next = 0
            func startNext() {
                guard next < items.count else { return }
                let index = next
                let item = items[index]
                group.addTask { (index, try await transform(item)) }
                next += 1
            }
            for _ in 0..<Swift.max(1, limit) { startNext() }
            while let (index, value) = try await group.next() {
                results[index] = value
                startNext()
            }
            return results.compactMap { $0 }
        }
    }
}
