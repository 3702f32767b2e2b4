import Synchronization

/// Collects values from concurrent closures (the invocations a component makes).
final class Recorder: Sendable {
    private let storage = Mutex<[String]>([])

    func append(_ value: String) {
        storage.withLock { $0.append(value) }
    }

    var values: [String] { storage.withLock { $0 } }
}
