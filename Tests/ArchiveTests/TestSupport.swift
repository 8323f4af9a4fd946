import Foundation
@testable import Archive

/// A folder under the system's temporary directory, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "morgue-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let file = path + "/" + name
        try! FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }

    /// The bytes gzip makes of `bytes` (the system's gzip, an independent compressor).
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }
}

/// The real archives beside the project, when they are there (CI has them; a fresh clone
/// on a user's machine does not, and these tests then skip).
enum Corpora {
    static let root: String = {
        if let set = ProcessInfo.processInfo.environment["MORGUE_CORPORA"] { return set }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared/corpora").path
    }()

    static var available: Bool { FileManager.default.fileExists(atPath: root + "/bbc") }

    static func path(_ relative: String) -> String { root + "/" + relative }
}

extension Archive {
    /// Row numbers by title, for tests that look at one article.
    func row(titled title: String) -> Int? {
        (0..<count).first { self.titles[$0] == title }
    }
}

/// A reproducible stream of numbers (an LCG): the same seed, the same test inputs.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<n`.
    mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }
}

/// Reproducible random strings made of the given pieces.
enum RandomText {
    static func strings(of pieces: [String], count: Int, maxPieces: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in (0..<random.next(maxPieces)).map { _ in pieces[random.next(pieces.count)] }.joined() }
    }
}
