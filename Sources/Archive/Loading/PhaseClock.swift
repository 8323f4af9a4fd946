import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Times the phases of a load, printed to standard error when `MORGUE_TRACE` is set:
/// where a load spends its time, without a profiler.
struct PhaseClock {
    private let enabled = getenv("MORGUE_TRACE") != nil
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let line = "trace: \(phase) \(Double(now - last) / 1e6) ms\n"
        last = now
        var copy = line
        copy.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
