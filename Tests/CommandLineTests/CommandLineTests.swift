import Foundation
import Testing

@Suite(.enabled(if: MorgueRun.binary != nil, "no morgue binary built; run scripts/test"))
struct CommandLineTests {
    @Test func loadSummaryGoesToStandardError() throws {
        let run = try MorgueRun.run([MorgueRun.example, "--info"])
        #expect(run.status == 0)
        #expect(run.errors.hasPrefix("loaded 16 articles · 3,584 words · "))
        #expect(!run.output.contains("loaded"))
    }

    @Test func infoCountsSourcesSectionsAndYears() throws {
        let run = try MorgueRun.run([MorgueRun.example, "--info", "--quiet"])
        #expect(run.errors.isEmpty)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "articles  16")
        #expect(lines.contains("source (4 distinct)"))
        #expect(lines.contains("  4  Northern Ledger"))
        #expect(lines.contains("  4  (none)"))
        #expect(lines.contains("section (6 distinct)"))
        #expect(lines.contains("  4  weather"))
        #expect(lines.contains("year (2 distinct)"))
        #expect(lines.contains("  6  2024"))
    }

    @Test func aMissingArchiveIsAnInputErrorWithStatus2() throws {
        let run = try MorgueRun.run(["/no/such/folder"])
        #expect(run.status == 2)
        #expect(run.errors == "morgue: cannot open '/no/such/folder': No such file or directory\n")
        #expect(run.output.isEmpty)
    }

    @Test func aBadMapRuleIsAUsageError() throws {
        let run = try MorgueRun.run([MorgueRun.example, "--map", "headline"])
        #expect(run.status == 2)
        #expect(run.errors == "morgue: --map: 'headline' is not FIELD=COLUMN\n")
    }

    @Test func statementsComeFromStandardInputWhenItIsNotATerminal() throws {
        let run = try MorgueRun.run([MorgueRun.example, "--quiet"], input: ".info\n.warnings\n.quit\n")
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("articles  16\n"))
        #expect(run.output.hasSuffix("no warnings\n"))
    }

    @Test func anUnknownCommandFailsTheRunButNotTheSession() throws {
        let run = try MorgueRun.run([MorgueRun.example, "--quiet"], input: ".frobnicate\n.help\n")
        #expect(run.status == 1)
        #expect(run.errors == "morgue: unknown command '.frobnicate'; .help lists the commands\n")
        #expect(run.output.contains(".warnings"))
    }

    @Test func warningsListEveryProblemByFileAndLine() throws {
        let folder = NSTemporaryDirectory() + "morgue-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #"{"title": "ok"}\#n{"title": broken}\#n"#.write(toFile: folder + "/a.jsonl", atomically: true, encoding: .utf8)
        let run = try MorgueRun.run([folder, "--warnings"])
        #expect(run.status == 0)
        #expect(run.errors.hasPrefix("loaded 1 article · 0 words · "))
        #expect(run.errors.contains("1 warning (.warnings) · 1 record skipped"))
        #expect(run.output == "\(folder)/a.jsonl:2:11: malformed JSON: unexpected character 'b'; record skipped\n")
    }
}
