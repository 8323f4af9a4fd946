import Archive
#if canImport(Glibc)
import Glibc
#endif

/// The prompt. For now it knows the archive's dot-commands; the query language comes next.
public struct PromptSession {
    let archive: Archive
    let name: String

    public init(archive: Archive, name: String) {
        self.archive = archive
        self.name = name
    }

    /// Reads statements until `.quit` or the end of input; returns the exit status.
    public func run() -> Int32 {
        let interactive = isatty(STDIN_FILENO) != 0
        var failed = false
        while true {
            if interactive {
                print("morgue \(name)> ", terminator: "")
                fflush(nil)
            }
            guard let line = readLine() else { break }
            let statement = line.trimmingSpaces
            if statement.isEmpty || statement.hasPrefix("#") { continue }
            switch DotCommand.parse(statement) {
            case .quit: return failed ? 1 : 0
            case .info: print(ArchiveReport.info(archive))
            case .warnings: printWarnings()
            case .help: print(DotCommand.helpText)
            case .unknown(let word):
                failed = true
                printError("unknown command '\(word)'; .help lists the commands")
            case .notACommand:
                failed = true
                printError("queries are not available yet in this build; .help lists what is")
            }
        }
        return failed ? 1 : 0
    }

    private func printWarnings() {
        if archive.warnings.isEmpty { print("no warnings") }
        for warning in archive.warnings { print(warning) }
    }
}

func printError(_ message: String) {
    FileHandleOutput.standardError.write("morgue: \(message)\n")
}

/// Writes to standard error without buffering behind standard output.
enum FileHandleOutput {
    case standardError

    func write(_ text: String) {
        var copy = text
        copy.withUTF8 { buffer in _ = Glibc.write(STDERR_FILENO, buffer.baseAddress, buffer.count) }
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }
}
