import Foundation
import Testing
@testable import Archive
@testable import Shell

/// Tab completion on the sample archive: what is inserted, or what is offered.
@Suite struct CompletionTests {
    static let archive: Archive = try! ArchiveLoader.load(paths: [
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/archive").path,
    ])

    private func complete(_ line: String, pending: String = "") -> Completion.Result {
        let session = Session(archive: Self.archive, loadOptions: LoadOptions())
        let completion = Completion(session: session)
        completion.pendingLines = pending
        return completion.complete(line)
    }

    @Test(arguments: [
        ("articles | wh", "ere "),                    // a stage, with a space after it
        ("articles | where sec", "tion"),             // a field
        ("articles | where sectio", "n"),
        ("articles | select yea", "r("),              // a function, with its bracket
        ("art", "icles "),                            // a table at the start
        (".sch", "ema "),                             // a dot-command
        (".mode cs", "v"),
        ("articles | where section = \"we", "ather\""), // a value, with the closing quote
        ("articles | where source = \"Nor", "thern Ledger\""),
        ("articles | where author = \"Ruth", " Adeyemi\""),
        ("articles | sort ", "by "),
    ])
    func completesWhatFitsTheCursor(line: String, insert: String) {
        #expect(complete(line).insert == insert)
    }

    @Test func severalChoicesAreListedMostFrequentFirst() {
        let result = complete("articles | where section = \"")
        #expect(result.insert == "")
        #expect(result.choices == ["weather", "health", "politics", "business", "sport", "tech"])
        // Stages in the order of the language's list.
        #expect(complete("articles | s").choices == ["select", "sort", "skip", "sample", "summarize"])
    }

    @Test func theStatementSoFarGivesTheContext() {
        #expect(complete("| cou", pending: "articles").insert == "nt ")
        #expect(complete("where secti", pending: "articles |").insert == "on")
    }

    @Test func pathsAfterLoad() throws {
        let folder = NSTemporaryDirectory() + "morgue-complete-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/news-2024", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(complete(".load \(folder)/new").insert == "s-2024/")
    }

    @Test func nothingFitsNothingIsInserted() {
        #expect(complete("articles | zzz") == Completion.Result(insert: "", choices: []))
    }
}
