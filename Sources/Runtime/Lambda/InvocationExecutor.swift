import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Runs async code on the runtime loop's own thread.
///
/// The loop blocks that thread on `/next`; when an event arrives it starts the handler as a task that prefers this
/// executor and drains its jobs on the same thread until the handler finishes. A handler that computes without
/// awaiting I/O therefore never hops threads, and one that awaits I/O resumes here as soon as the transport thread
/// completes its request. Child tasks (`async let`) inherit the preference and interleave on this thread while their
/// I/O runs concurrently on the transport's thread.
final class InvocationExecutor: TaskExecutor, @unchecked Sendable {
    // Guarded by `mutex`; `condition` signals new jobs or the end of the operation.
    private var jobs: [UnownedJob] = []
    private var finished = false
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        pthread_mutex_lock(mutex)
        jobs.append(job)
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    /// Runs `operation` to completion on the calling thread and returns its result.
    func run<T: Sendable>(_ operation: sending @escaping () async throws -> T) -> Result<T, any Error> {
        let result = Mutex<Result<T, any Error>?>(nil)
        pthread_mutex_lock(mutex)
        finished = false
        pthread_mutex_unlock(mutex)
        Task(executorPreference: self) {
            let outcome: Result<T, any Error>
            do { outcome = .success(try await operation()) } catch { outcome = .failure(error) }
            result.withLock { $0 = outcome }
            self.markFinished()
        }
        drain()
        return result.withLock { $0! }
    }

    private func markFinished() {
        pthread_mutex_lock(mutex)
        finished = true
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    private func drain() {
        let executor = asUnownedTaskExecutor()
        var batch: [UnownedJob] = []
        while true {
            pthread_mutex_lock(mutex)
            while jobs.isEmpty && !finished {
                pthread_cond_wait(condition, mutex)
            }
            swap(&batch, &jobs)
            let done = finished && batch.isEmpty
            pthread_mutex_unlock(mutex)
            if done { return }
            for job in batch { job.runSynchronously(on: executor) }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
