import Dispatch
import Synchronization

/// Runs `body` over `0..<count` on `workers` threads and returns the results in index order.
///
/// Each worker owns a `State` (e.g. a reusable read buffer) made by `makeState`;
/// workers pull indices from a shared counter, so a slow file does not stall a
/// whole stripe, and results land in their own slot: the output never depends on
/// scheduling.
enum ParallelMap {
    static func run<State: ~Copyable, Result: Sendable>(
        count: Int, workers: Int,
        makeState: @Sendable () -> State,
        body: @Sendable (inout State, Int) -> Result
    ) -> [Result] {
        guard count > 0 else { return [] }
        let slots = Slots<Result>(count: count)
        let next = Counter()
        let threads = max(1, min(workers, count))
        @Sendable func work() {
            var state = makeState()
            while true {
                let index = next.value.wrappingAdd(1, ordering: .relaxed).oldValue
                if index >= count { break }
                slots.store(body(&state, index), at: index)
            }
        }
        if threads == 1 {
            work()
        } else {
            DispatchQueue.concurrentPerform(iterations: threads) { _ in work() }
        }
        return slots.collect()
    }
}

private final class Counter: Sendable {
    let value = Atomic<Int>(0)
}

/// One slot per index, each written by exactly one worker before `collect` reads them all.
private final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ value: T, at index: Int) { buffer[index] = value }

    func collect() -> [T] { buffer.compactMap { $0 } }
}
