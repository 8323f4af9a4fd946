import Dispatch

/// Work spread over every core, with results kept in input order.
public enum Parallel {
    public static var coreCount: Int { max(1, System.activeProcessorCount) }

    /// `transform` applied to each index in `0..<count`, on all cores; results in index order.
    public static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let slots = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(index), at: index)
        }
        return slots.collect()
    }

    /// `background` on a thread of its own while `foreground` runs on this one: for work
    /// whose cores would otherwise wait on the other's serial steps. `background`'s result,
    /// once both are done.
    public static func beside<T: Sendable>(_ background: @escaping @Sendable () -> T, while foreground: () -> Void) -> T {
        let slot = ResultSlots<T>(count: 1)
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { slot.store(background(), at: 0) }
        foreground()
        done.wait()
        return slot.collect()[0]
    }
}

/// One slot per task, each written by exactly one task, read after all have finished.
private final class ResultSlots<T>: @unchecked Sendable {
    private var storage: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func store(_ value: T, at index: Int) { storage[index] = value }

    func collect() -> [T] { storage.map { $0! } }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private enum System {
    static var activeProcessorCount: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}
