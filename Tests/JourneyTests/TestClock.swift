import Foundation
import Shared
import Synchronization

/// A wall clock the tests move by hand.
final class TestClock: AWSClock {
    private let current: Mutex<Date>

    init(_ date: Date = Date()) {
        current = Mutex(date)
    }

    func now() -> Date { current.withLock { $0 } }

    func advance(seconds: Double) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
