/// The shell's own commands, sqlite-style, with their help in the same table.
enum DotCommand: Equatable {
    case help, info, warnings, quit
    case unknown(String)
    case notACommand

    private static let table: [(names: [String], command: DotCommand, summary: String)] = [
        ([".help"], .help, "this list"),
        ([".info"], .info, "the archive: counts per source, section and year"),
        ([".warnings"], .warnings, "what the load skipped or read with a fallback, by file and line"),
        ([".quit", ".exit"], .quit, "leave morgue (Ctrl-D does too)"),
    ]

    static func parse(_ statement: String) -> DotCommand {
        guard statement.hasPrefix(".") else { return .notACommand }
        let word = String(statement.split(separator: " ").first ?? "")
        return table.first { $0.names.contains(word) }?.command ?? .unknown(word)
    }

    static var helpText: String {
        table.map { entry in
            let names = entry.names.joined(separator: ", ")
            return names + String(repeating: " ", count: max(1, 14 - names.count)) + entry.summary
        }.joined(separator: "\n")
    }
}
