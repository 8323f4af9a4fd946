import Foundation
import Testing
@testable import Archive
@testable import Engine

/// `words all` over the BBC corpus equals an independent count in Python with the same rule
/// (every word's count and number of articles).
@Suite(.enabled(if: FileManager.default.fileExists(atPath: BBCPath.value) && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"),
                "needs ../shared/corpora/bbc and python3; skipped"))
struct CorpusWordTests {
    static let bbc = BBCPath.value
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/word-counts.py").path

    @Test func everyWordCountEqualsPython() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.script, Self.bbc]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var expected: [String: (Int, Int)] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            expected[String(parts[0])] = (Int(parts[1])!, Int(parts[2])!)
        }
        #expect(expected.count > 30_000)

        let archive = try ArchiveLoader.load(paths: [Self.bbc])
        var interpreter = Interpreter(archive: archive)
        let table = try #require(try Example.run("articles | words all", interpreter: &interpreter))
        #expect(table.count == expected.count)
        var mismatches: [String] = []
        for row in 0..<table.count {
            let word = table.value(row: row, column: 0).description
            let counts = (Int(table.value(row: row, column: 1).number!), Int(table.value(row: row, column: 2).number!))
            if expected[word].map({ $0 != counts }) ?? true { mismatches.append("\(word): \(counts) vs \(String(describing: expected[word]))") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}

enum BBCPath {
    static let value = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora/bbc").path
}
