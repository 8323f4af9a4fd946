import ArgumentParser
import Archive
import Shell

@main
struct Morgue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "morgue",
        abstract: "A shell for news archives: load a folder of articles, then ask it questions."
    )

    @Argument(help: "Files or folders of articles (text, JSON, JSON Lines, CSV, TSV, any gzip'd).")
    var archive: [String] = []

    @Option(name: .customLong("map"), help: ArgumentHelp("Read an article field from a named column, e.g. text=body_raw.", valueName: "FIELD=COLUMN"))
    var mappings: [String] = []

    @Flag(help: "Print counts per source, section and year, then exit.")
    var info = false

    @Flag(help: "Print every load warning, then exit.")
    var warnings = false

    @Flag(name: .shortAndLong, help: "No load summary on standard error.")
    var quiet = false

    func run() throws {
        let status = Startup.run(paths: archive, mappings: mappings, info: info, warnings: warnings, quiet: quiet)
        if status != 0 { throw ExitCode(status) }
    }
}
