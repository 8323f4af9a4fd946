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

/// Batch runs: -c, -f, standard input, parameters, --bail, output files, exit statuses.
@Suite(.enabled(if: MorgueRun.binary != nil, "no morgue binary built; run scripts/test"))
struct BatchTests {
    private func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "morgue-batch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func anUnknownOptionIsAUsageErrorWithStatus2() throws {
        let run = try MorgueRun.run(["--bogus"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("morgue: Unknown option '--bogus'"))
    }

    @Test func formatChoosesTheMode() throws {
        let run = try MorgueRun.run([MorgueRun.example, "-q", "--format", "csv", "-c", "articles | count by year(date)"])
        #expect(run.output == "year,count\n2024,6\n2025,6\n,4\n")
        let bad = try MorgueRun.run([MorgueRun.example, "-q", "--format", "xml", "-c", "articles | count"])
        #expect(bad.status == 2)
        #expect(bad.errors == "morgue: --format: unknown mode 'xml'; modes are table, csv, tsv, json, jsonl, markdown\n")
    }

    @Test func parametersComeFromSet() throws {
        let run = try MorgueRun.run([MorgueRun.example, "-q", "--format", "csv", "--set", "section=sport", "--set", "min=230",
                                     "-c", "articles | where section = $section and words >= $min | select id"])
        // Sport articles have 226 (rovers-clinch-promotion) and 251 (sections/sport/001) words.
        #expect(run.output == "id\nsections/sport/001.txt\n")
    }

    @Test func aFailureGoesOnUnlessBail() throws {
        let script = "articles | count\narticles | where nope = 1\n.mode csv\narticles | count\n"
        let goesOn = try MorgueRun.run([MorgueRun.example, "-q"], input: script)
        #expect(goesOn.status == 1)
        #expect(goesOn.output.hasSuffix("count\n16\n"))
        let stops = try MorgueRun.run([MorgueRun.example, "-q", "--bail"], input: script)
        #expect(stops.status == 1)
        #expect(stops.output == "count\n-----\n   16\n")
        #expect(stops.errors.hasPrefix("line 2, col 18: no field 'nope'"))
    }

    @Test func aShebangScriptRunsWithTheArchiveAfterIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let binaryFolder = (MorgueRun.binary! as NSString).deletingLastPathComponent
        let script = folder + "/sections.morgue"
        try "#!/usr/bin/env -S morgue -f\n.mode csv\narticles | count by section | top 1\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let run = try MorgueRun.runProgram(script, [MorgueRun.example, "-q"],
                                           environment: ["PATH": binaryFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")])
        #expect(run.status == 0)
        #expect(run.output == "section,count\nweather,4\n")
    }

    @Test func onceAndOutputWriteFilesWhole() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = """
            .mode csv
            .once \(folder)/once.csv
            articles | count by section | top 2
            articles | count
            .output \(folder)/all.csv
            articles | where section = "tech" | count
            articles | where section = "sport" | count
            .output
            .read \(folder)/missing.morgue
            """
        let run = try MorgueRun.run([MorgueRun.example, "-q"], input: script)
        #expect(try String(contentsOfFile: folder + "/once.csv", encoding: .utf8) == "section,count\nweather,4\nhealth,3\n")
        #expect(try String(contentsOfFile: folder + "/all.csv", encoding: .utf8) == "count\n2\ncount\n2\n")
        #expect(run.output == "count\n16\n")
        #expect(run.errors == "morgue: cannot read '\(folder)/missing.morgue': No such file or directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["all.csv", "once.csv"])
    }

    @Test func aFailedStatementLeavesTheOnceFileAsItWas() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/keep.csv"
        try "earlier results\n".write(toFile: file, atomically: true, encoding: .utf8)
        let failed = try MorgueRun.run([MorgueRun.example, "-q"], input: ".mode csv\n.once \(file)\narticles | where title > 3\n")
        #expect(failed.errors.contains("cannot compare title (string) with 3 (number)"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "earlier results\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["keep.csv"])
        // `.output` keeps what the statements before a failure wrote, and nothing of it.
        let output = try MorgueRun.run([MorgueRun.example, "-q"],
                                       input: ".mode csv\n.output \(file)\narticles | count\narticles | where title > 3\n")
        #expect(output.status == 1)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "count\n16\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["keep.csv"])
    }

    @Test func anInitFileRunsFirstUnlessNoInit() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ".mode csv\nlet sport = articles | where section = \"sport\"\n".write(toFile: folder + "/init.morgue", atomically: true, encoding: .utf8)
        let run = try MorgueRun.run([MorgueRun.example, "-q", "--init", folder + "/init.morgue", "-c", "sport | count"])
        #expect(run.output == "count\n2\n")
        let none = try MorgueRun.run([MorgueRun.example, "-q", "--init", folder + "/init.morgue", "--no-init", "-c", "sport | count"])
        #expect(none.status == 1)
        #expect(none.errors.hasPrefix("line 1, col 1: no table 'sport'"))
    }

    @Test func aScriptFileNamesItsErrorsByFileLineAndColumn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "articles | count\n\narticles\n  | where year(date) = \"x\"\n".write(toFile: folder + "/s.morgue", atomically: true, encoding: .utf8)
        let run = try MorgueRun.run([MorgueRun.example, "-q", "-f", "s.morgue"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "s.morgue:4:11: cannot compare year(date) (number) with \"x\" (string)\n    | where year(date) = \"x\"\n            ^^^^^^^^^^^^^^^^\n")
        let missing = try MorgueRun.run([MorgueRun.example, "-q", "-f", "nope.morgue"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.errors == "morgue: cannot read script 'nope.morgue': No such file or directory\n")
    }

    /// Whether the binary can run as the user nobody: setpriv is there, and nobody may reach it.
    static let nobodyCanRunMorgue: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), let binary = MorgueRun.binary else { return false }
        let run = try? MorgueRun.runProgram("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", binary, "--help"])
        return run?.status == 0
    }()

    /// Root reads every file, so as root the binary runs as the user nobody (`setpriv`).
    @Test(.enabled(if: getuid() != 0 || nobodyCanRunMorgue, "as root, needs setpriv and a binary the user nobody can run"))
    func aFileWithoutReadPermissionIsSkipped() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        chmod(folder, 0o755)
        try "Hidden\n\nText.".write(toFile: folder + "/secret.txt", atomically: true, encoding: .utf8)
        try "Open\n\nText.".write(toFile: folder + "/open.txt", atomically: true, encoding: .utf8)
        chmod(folder + "/secret.txt", 0)
        chmod(folder + "/open.txt", 0o644)
        let arguments = [folder, "--no-snapshot", "-q", "-c", ".warnings\narticles | select title"]
        let run = getuid() == 0
            ? try MorgueRun.runProgram("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", MorgueRun.binary!] + arguments)
            : try MorgueRun.run(arguments)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "\(folder)/secret.txt: cannot read: Permission denied; skipped\ntitle\n-----\nOpen\n")
    }

    @Test func aMemoryLimitRefusesALoadThatWouldNotFit() throws {
        let refused = try MorgueRun.run([MorgueRun.example, "-c", "articles | count"], environment: ["MORGUE_MEMORY_LIMIT": "1K"])
        #expect(refused.status == 2)
        #expect(refused.output.isEmpty)
        #expect(refused.errors.hasPrefix("morgue: the archive holds "))
        #expect(refused.errors.hasSuffix(" of memory, and 1 KB is available (MORGUE_MEMORY_LIMIT). Load a part of it, or set MORGUE_MEMORY_LIMIT to the bytes it may use\n"))
        let allowed = try MorgueRun.run([MorgueRun.example, "-q", "-c", "articles | count"], environment: ["MORGUE_MEMORY_LIMIT": "1g"])
        #expect(allowed.output == "count\n-----\n   16\n")
        let unreadable = try MorgueRun.run([MorgueRun.example, "-c", "articles | count"], environment: ["MORGUE_MEMORY_LIMIT": "lots"])
        #expect(unreadable.status == 2)
        #expect(unreadable.errors == "morgue: MORGUE_MEMORY_LIMIT is bytes, or a number with K, M or G (8G), not 'lots'\n")
    }
}
