import Foundation
import Testing

/// The prompt, driven through a pseudo-terminal as a person would use it (by
/// Terminal/drive.py, Python's pty module): keys in, the screen out.
/// Like a person, each scenario waits for the prompt before it types: keys sent while a
/// statement runs reach a terminal in cooked mode, where libedit never sees a Ctrl-D.
@Suite(.serialized, .enabled(if: MorgueRun.binary != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"),
                             "needs the morgue binary and python3 (for the pseudo-terminal); skipped"))
struct TerminalTests {
    struct Outcome: Decodable {
        var ok: Bool
        var failed_step: Int?
        var exit: Int?
        var waits: [Double]
        var transcript: String
    }

    enum Step {
        case send(String), expect(String, timeout: Double = 10), sleep(Double), exit(Double), kill(Int32)

        var json: [String: Any] {
            switch self {
            case .send(let text): return ["send": text]
            case .expect(let pattern, let timeout): return ["expect": pattern, "timeout": timeout]
            case .sleep(let seconds): return ["sleep": seconds]
            case .exit(let seconds): return ["exit": seconds]
            case .kill(let signal): return ["kill": signal]
            }
        }
    }

    static let driver = MorgueRun.repository.appendingPathComponent("Tests/CommandLineTests/Terminal/drive.py").path

    private func drive(_ arguments: [String], history: String, _ steps: [Step]) throws -> Outcome {
        let scenario: [String: Any] = ["argv": [MorgueRun.binary!] + arguments,
                                       "env": ["MORGUE_HISTORY": history, "XDG_CONFIG_HOME": history + ".config"],
                                       "steps": steps.map(\.json)]
        let file = NSTemporaryDirectory() + "morgue-scenario-\(UUID().uuidString).json"
        try JSONSerialization.data(withJSONObject: scenario).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let run = try MorgueRun.runProgram("/usr/bin/python3", [Self.driver, file])
        return try JSONDecoder().decode(Outcome.self, from: Data(run.output.utf8))
    }

    private func historyFile() -> String { NSTemporaryDirectory() + "morgue-history-\(UUID().uuidString)" }

    @Test func aQueryAndEnterPrintsItsTable() throws {
        let outcome = try drive([MorgueRun.example], history: historyFile(), [
            .expect("morgue archive> "), .send("articles | count by section\r"),
            .expect(#"section\s+count\s*\n-+\s+-+\s*\nweather\s+4"#), .expect("morgue archive> "), .send("\u{4}"), .exit(5),
        ])
        #expect(outcome.ok, "\(outcome.transcript)")
    }

    /// The statements `session` types, each then answered.
    private func typing(_ session: Int, _ count: Int) -> [Step] {
        (0..<count).flatMap { n -> [Step] in
            [.send("articles | where words > \(session * 1000 + n) | count\r"), .expect(#"count\s*\n-+\s*\n\s*\d+"#), .expect("morgue archive> ")]
        }
    }

    @Test func twoSessionsAtOnceKeepEveryStatementInTheHistory() async throws {
        let history = historyFile()
        defer { try? FileManager.default.removeItem(atPath: history) }
        let outcomes = try await withThrowingTaskGroup(of: Outcome.self) { group in
            for session in 1...2 {
                group.addTask {
                    try self.drive([MorgueRun.example, "-q"], history: history,
                                   [.expect("morgue archive> ")] + self.typing(session, 15) + [.send("\u{4}"), .exit(5)])
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for outcome in outcomes { #expect(outcome.ok, "\(outcome.transcript)") }
        let lines = try String(contentsOfFile: history, encoding: .utf8).split(separator: "\n").map(String.init)
        let typed = (1...2).flatMap { session in (0..<15).map { "articles | where words > \(session * 1000 + $0) | count" } }
        #expect(lines.sorted() == typed.sorted())
        // Each session's own statements are in the order it typed them.
        for session in 1...2 {
            #expect(lines.filter { $0.contains("> \(session)0") } == typed.filter { $0.contains("> \(session)0") })
        }
    }

    @Test func aSessionKilledMidwayKeepsWhatItRan() throws {
        let history = historyFile()
        defer { try? FileManager.default.removeItem(atPath: history) }
        let killed = try drive([MorgueRun.example, "-q"], history: history,
                               [.expect("morgue archive> ")] + typing(1, 3) + [.send("articles | whe"), .sleep(0.3), .kill(SIGKILL)])
        #expect(killed.ok, "\(killed.transcript)")
        #expect(killed.exit == -Int(SIGKILL))
        // The three statements run are there, whole; the line being typed was never run.
        #expect(try String(contentsOfFile: history, encoding: .utf8) == (0..<3).map { "articles | where words > \(1000 + $0) | count\n" }.joined())
        let next = try drive([MorgueRun.example, "-q"], history: history, [
            .expect("morgue archive> "), .send("\u{1B}[A"), .expect("words > 1002"), .send("\r"), .expect("morgue archive> "),
            .send("\u{4}"), .exit(5),
        ])
        #expect(next.ok, "\(next.transcript)")
    }

    @Test func upRecallsTheLastStatementAfterARestart() throws {
        let history = historyFile()
        defer { try? FileManager.default.removeItem(atPath: history) }
        let first = try drive([MorgueRun.example], history: history, [
            .expect("morgue archive> "), .send("articles | count by source | top 1\r"), .expect("Northern Ledger"),
            .expect("morgue archive> "), .send("\u{4}"), .exit(5),
        ])
        #expect(first.ok, "\(first.transcript)")
        let second = try drive([MorgueRun.example], history: history, [
            .expect("morgue archive> "), .send("\u{1B}[A"), .expect("top 1"), .send("\r"),
            .expect(#"source\s+count\s*\n-+\s+-+\s*\nNorthern Ledger\s+4"#), .expect("morgue archive> "), .send("\u{4}"), .exit(5),
        ])
        #expect(second.ok, "\(second.transcript)")
        #expect(try String(contentsOfFile: history, encoding: .utf8) == "articles | count by source | top 1\narticles | count by source | top 1\n")
    }

    /// Stage `wh`, field `secti`, value `"hea`, stage `cou`: only if all four complete does
    /// the count of health articles (3) come out.
    @Test func tabCompletesStagesFieldsAndSectionValues() throws {
        let outcome = try drive([MorgueRun.example], history: historyFile(), [
            .expect("morgue archive> "), .send("articles | wh\tsecti\t = \"hea\t | cou\t\r"),
            .expect(#"where section = "health" \| count"#), .expect(#"count\s*\n-+\s*\n\s+3\s*\n"#),
            .expect("morgue archive> "), .send("\u{4}"), .exit(5),
        ])
        #expect(outcome.ok, "\(outcome.transcript)")
    }

    @Test func aMultiLineStatementShowsTheContinuationPromptAndRuns() throws {
        let outcome = try drive([MorgueRun.example], history: historyFile(), [
            .expect("morgue archive> "), .send("articles |\r"), .expect(#"\.\.\.> "#), .send("where (section = \"tech\"\r"),
            .expect(#"\.\.\.> "#), .send("or section = \"sport\") | count\r"),
            .expect(#"count\s*\n-+\s*\n\s+4\s*\n"#), .expect("morgue archive> "),
            // Ctrl-C drops an unfinished statement and gives the first prompt back.
            .send("articles |\r"), .expect(#"\.\.\.> "#), .send("\u{3}"), .expect("morgue archive> "),
            .send("\u{4}"), .exit(5),
        ])
        #expect(outcome.ok, "\(outcome.transcript)")
    }

    @Test func ctrlDExitsWithStatusZero() throws {
        let outcome = try drive([MorgueRun.example], history: historyFile(), [
            .expect("morgue archive> "), .send("articles | where nope\r"), .expect("no field 'nope'"),
            .expect("morgue archive> "), .send("\u{4}"), .exit(5),
        ])
        #expect(outcome.ok, "\(outcome.transcript)")
        #expect(outcome.exit == 0)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: MorgueRun.allSides), "needs ../shared/corpora/allsides"))
    func ctrlCStopsALongQueryWithinASecondAndTheNextOneAnswers() throws {
        let outcome = try drive([MorgueRun.allSides], history: historyFile(), [
            .expect("morgue articles> ", timeout: 120),
            .send("articles | extend t = lower(text) | where t contains \"zzzqqq\" | count\r"),
            .sleep(1.5), .send("\u{3}"), .expect(#"interrupted\s*\n.*morgue articles> "#, timeout: 1),
            .send("articles | count\r"), .expect(#"count\s*\n-+\s*\n37,554"#, timeout: 30),
            .expect("morgue articles> "), .send("\u{4}"), .exit(10),
        ])
        #expect(outcome.ok, "\(outcome.transcript.suffix(2000))")
        #expect((outcome.waits.count > 1 ? outcome.waits[1] : 99) < 1.0)
    }
}

extension MorgueRun {
    static let allSides = repository.deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/allsides/articles.jsonl.gz").path
}
