import Foundation
import Testing

/// Queries over the BBC corpus through the binary, against counts made by other tools.
@Suite(.enabled(if: MorgueRun.binary != nil && FileManager.default.fileExists(atPath: MorgueRun.bbc),
                "needs the morgue binary and ../shared/corpora/bbc; skipped"))
struct CorpusQueryTests {
    static let bbc = MorgueRun.bbc

    @Test func countBySectionGivesTheCorpusFigures() throws {
        let run = try MorgueRun.run([Self.bbc, "-q", "--format", "csv", "-c", "articles | count by section"])
        #expect(run.status == 0)
        #expect(run.output == "section,count\nsport,511\nbusiness,510\npolitics,417\ntech,401\nentertainment,386\n")
    }

    /// grep -w -i over each article's body (every line after the title) counts the articles.
    @Test func hasCountsWhatGrepCounts() throws {
        let grep = Process()
        grep.executableURL = URL(fileURLWithPath: "/bin/sh")
        grep.arguments = ["-c", "n=0; for f in \"$1\"/*/*.txt; do tail -n +2 \"$f\" | grep -qiw broadband && n=$((n+1)); done; echo $n", "sh", Self.bbc]
        let pipe = Pipe()
        grep.standardOutput = pipe
        try grep.run()
        let counted = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        grep.waitUntilExit()
        let run = try MorgueRun.run([Self.bbc, "-q", "--format", "csv", "-c", #"articles | where text has "broadband" | count"#])
        #expect(run.output == "count\n" + counted)
        #expect(counted.trimmingCharacters(in: .whitespacesAndNewlines) == "72")
    }
}

extension MorgueRun {
    static let bbc = repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/bbc").path
}
