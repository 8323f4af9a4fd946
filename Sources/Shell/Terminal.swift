#if canImport(Glibc)
import Glibc
#endif

/// Facts about standard input and output, and raw writes that bypass Swift's buffering.
enum Terminal {
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Colour only on a terminal, and never with `NO_COLOR` set (no-color.org).
    static var colorAllowed: Bool { getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true }
    static var colorOutput: Bool { outputIsTerminal && colorAllowed }
    static var colorErrors: Bool { errorIsTerminal && colorAllowed }

    /// Columns of the terminal on standard output; else `COLUMNS`, else 100.
    static var width: Int {
        var size = winsize()
        if outputIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
        return 100
    }

    static func writeError(_ text: String) { write(text, to: STDERR_FILENO) }

    static func writeOutput(_ text: String) { write(text, to: STDOUT_FILENO) }

    static func write(_ text: String, to descriptor: Int32) {
        var copy = text
        copy.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 {
                    if written < 0 && errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}

/// Errors for the user, on standard error, prefixed `morgue: `.
func printError(_ message: String) {
    Terminal.writeError("morgue: \(message)\n")
}
