import ArgumentParser
import Foundation
import Shell

@main
struct Morgue: ParsableCommand {
    /// As ParsableCommand's, except that usage errors exit with 2, as the README promises
    /// (the library's default is 64).
    static func main() {
        let arguments = Array(Swift.CommandLine.arguments.dropFirst())
        if arguments.first == "eval" {
            Evaluate.main(Array(arguments.dropFirst()))
            return
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code != .success else {
                print(fullMessage(for: error))
                return
            }
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message.removeFirst(7) }
            if !message.isEmpty { FileHandleStandardError.write("morgue: " + message + "\n") }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "morgue",
        abstract: "A shell for news archives: load a folder of articles, then ask it questions.",
        discussion: "Without -c or -f, statements come from the prompt, or from standard input when it is not a terminal."
    )

    @Argument(help: "Files or folders of articles (text, JSON, JSON Lines, CSV, TSV, any gzip'd).")
    var archive: [String] = []

    @Option(name: .short, help: ArgumentHelp("Run these statements, then exit.", valueName: "STATEMENTS"))
    var c: String?

    @Option(name: .short, help: ArgumentHelp("Run this script file, then exit.", valueName: "SCRIPT"))
    var f: String?

    @Option(help: ArgumentHelp("Output mode: table, csv, tsv, json, jsonl or markdown.", valueName: "MODE"))
    var format: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("A script parameter, used as $NAME.", valueName: "NAME=VALUE"))
    var parameters: [String] = []

    @Flag(help: "Stop at the first statement that fails.")
    var bail = false

    @Option(name: .customLong("map"), help: ArgumentHelp("Read an article field from a named column, e.g. text=body_raw.", valueName: "FIELD=COLUMN"))
    var mappings: [String] = []

    @Flag(help: "Print counts per source, section and year, then exit.")
    var info = false

    @Flag(help: "Print every load warning, then exit.")
    var warnings = false

    @Flag(name: .shortAndLong, help: "No load summary on standard error.")
    var quiet = false

    @Option(name: .customLong("init"), help: ArgumentHelp("Run this script first (by default, an interactive session runs $XDG_CONFIG_HOME/morgue/init.morgue or ~/.morguerc).", valueName: "FILE"))
    var initFile: String?

    @Flag(name: .customLong("no-init"), help: "Run no init file.")
    var noInit = false

    @Flag(name: .customLong("no-snapshot"), help: "Load from the sources; neither open nor write a snapshot.")
    var noSnapshot = false

    func run() throws {
        var options = StartupOptions()
        options.paths = archive
        options.mappings = mappings
        options.command = c
        options.scriptFile = f
        options.format = format
        options.parameters = parameters
        options.bail = bail
        options.quiet = quiet
        options.info = info
        options.warnings = warnings
        options.initFile = initFile
        options.noInit = noInit
        options.snapshots = !noSnapshot
        let status = Startup.run(options)
        if status != 0 { throw ExitCode(status) }
    }
}

enum FileHandleStandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// `morgue eval quotes GOLD.jsonl`: scores quote extraction against a gold file.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "morgue eval",
        abstract: "Score quote extraction against a gold file (PolNeAR's quotes-gold.jsonl format)."
    )

    @Argument(help: "What to evaluate: quotes.")
    var what: String

    @Argument(help: "The gold file, JSON Lines.")
    var gold: String

    @Flag(name: .customLong("per-article"), help: "A line per article: id, gold, predicted, matched, speakers right.")
    var perArticle = false

    @Option(help: "Print up to N errors (missed, spurious, wrong speaker), to see what fails.")
    var errors = 0

    func run() throws {
        guard what == "quotes" else { throw ValidationError("only quotes can be evaluated: morgue eval quotes GOLD.jsonl") }
        let status = QuoteEvaluation.run(goldPath: gold, perArticle: perArticle, errors: errors)
        if status != 0 { throw ExitCode(status) }
    }
}
