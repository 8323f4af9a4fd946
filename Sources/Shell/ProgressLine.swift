import Archive
import Dispatch
import Foundation

/// A line on standard error while a load runs longer than half a second: files, megabytes
/// and articles per second. Only on a terminal; gone when the load ends.
final class ProgressLine: @unchecked Sendable {
    let progress = LoadProgress()
    private let started = DispatchTime.now().uptimeNanoseconds
    private let lock = NSLock()
    private var finished = false
    private var shown = false

    /// Starts the line when standard error is a terminal; nil otherwise.
    static func start() -> ProgressLine? {
        guard Terminal.errorIsTerminal else { return nil }
        let line = ProgressLine()
        Thread.detachNewThread { line.loop() }
        return line
    }

    private func loop() {
        Thread.sleep(forTimeInterval: 0.5)
        while true {
            lock.lock()
            if finished { lock.unlock(); return }
            let (files, bytes, articles) = progress.snapshot
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            let rate = seconds > 0 ? Int(Double(articles) / seconds) : 0
            let phase = progress.isIndexing ? "indexing words of" : "loading"
            Terminal.writeError("\r\u{1B}[K\(phase): \(NumberFormat.plural(files, "file")) · \(NumberFormat.bytes(bytes)) · \(NumberFormat.plural(articles, "article")) · \(NumberFormat.grouped(rate)) articles/s")
            shown = true
            lock.unlock()
            Thread.sleep(forTimeInterval: 0.2)
        }
    }

    func finish() {
        lock.lock()
        finished = true
        if shown { Terminal.writeError("\r\u{1B}[K") }
        lock.unlock()
    }
}
