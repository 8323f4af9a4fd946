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

    /// Each line of `scripts/word-counts.py FOLDER [--bigrams]`: a word or pair, its count and articles.
    private func python(_ arguments: [String]) throws -> [String: (Int, Int)] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.script, Self.bbc] + arguments
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
        return expected
    }

    /// Rows of `table` whose first column, count and docs differ from `expected`.
    private func mismatches(_ table: Table, _ expected: [String: (Int, Int)]) -> [String] {
        var found: [String] = []
        for row in 0..<table.count {
            let key = table.value(row: row, column: 0).description
            let counts = (Int(table.value(row: row, column: 1).number!), Int(table.value(row: row, column: 2).number!))
            if expected[key].map({ $0 != counts }) ?? true { found.append("\(key): \(counts) vs \(String(describing: expected[key]))") }
        }
        return found
    }

    static let archive = Result { try ArchiveLoader.load(paths: [bbc]) }

    private func run(_ statement: String) throws -> Table {
        var interpreter = Interpreter(archive: try Self.archive.get())
        return try #require(try Example.run(statement, interpreter: &interpreter))
    }

    /// `statement`'s table has exactly Python's rows, each with its count and articles.
    private func expectEqualsPython(_ statement: String, _ arguments: [String], atLeast rows: Int) throws {
        let expected = try python(arguments)
        #expect(expected.count > rows)
        let table = try run(statement)
        #expect(table.count == expected.count)
        let found = mismatches(table, expected)
        #expect(found.isEmpty, "\(found.prefix(5))")
    }

    @Test func everyWordCountEqualsPython() throws {
        try expectEqualsPython("articles | words all", [], atLeast: 30_000)
    }

    /// Several hundred thousand pairs: the n-gram tables grow many times, each core counting
    /// its own range of hashes, and every pair's count and articles must survive that.
    @Test func everyBigramAcrossSentencesEqualsPython() throws {
        try expectEqualsPython("articles | ngrams 2 all across", ["--bigrams"], atLeast: 300_000)
    }

    /// `words | top N` and `ngrams | top N` make only the first N rows: they must be the full
    /// table's first N, ties at the cut included. `ngrams | top N` counts first only the
    /// n-grams of the most frequent words, and again with more when those do not prove the
    /// top: the bigrams of all articles are proved at once, trigrams and the bigrams of a few
    /// articles need the second count.
    @Test(arguments: ["articles | words", "articles | words all", "articles | ngrams 2", "articles | ngrams 2 all across",
                      "articles | ngrams 3 all across", "articles | take 60 | ngrams 2 all"])
    func topAfterAFrequencyStageIsTheFullTablesHead(statement: String) throws {
        let full = try run(statement)
        for n in [1, 25, 200, 400] {
            let top = try run("\(statement) | top \(n)")
            #expect(top.count == n)
            let head = (0..<n).map { full.row($0).map(\.description) }
            #expect((0..<n).map { top.row($0).map(\.description) } == head)
        }
    }
}

enum BBCPath {
    static let value = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora/bbc").path
}
