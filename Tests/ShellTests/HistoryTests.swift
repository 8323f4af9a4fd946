import Foundation
import Testing
@testable import Shell

@Suite struct HistoryTests {
    private func temporaryPath() -> String { NSTemporaryDirectory() + "morgue-history-test-\(UUID().uuidString)/history" }

    @Test func multiLineEntriesRoundTripAsOne() throws {
        let history = History(path: temporaryPath())
        let entries = ["articles\n| where title ~ /a\\\\b/\n| count", "plain", "tab\there \\n literal"]
        for entry in entries { #expect(history.append(entry) == nil) }
        #expect(history.entries() == entries)
    }

    @Test func twoWritersAtOnceLoseNoEntry() async throws {
        let path = temporaryPath()
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let history = History(path: path)
                    for n in 0..<500 { _ = history.append("writer \(writer) statement \(n)\nsecond line") }
                }
            }
        }
        let entries = History(path: path).entries()
        #expect(entries.count == 1_000)
        #expect(Set(entries).count == 1_000)
        #expect(entries.allSatisfy { $0.hasSuffix("\nsecond line") })
    }

    @Test func aLastLineCutShortByACrashIsIgnored() throws {
        let path = temporaryPath()
        let history = History(path: path)
        _ = history.append("articles | count")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("articles | whe".utf8)) // no newline: the write was cut short
        try handle.close()
        #expect(history.entries() == ["articles | count"])
    }

    @Test func thePathFollowsTheEnvironment() {
        #expect(History.defaultPath(environment: ["MORGUE_HISTORY": "/x/h", "XDG_STATE_HOME": "/s", "HOME": "/home/u"]) == "/x/h")
        #expect(History.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/home/u"]) == "/s/morgue/history")
        #expect(History.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.morgue_history")
    }
}
