import Engine
import Language

/// Where a statement came from, for error messages.
enum StatementOrigin: Equatable {
    /// A script file: errors read `script.morgue:LINE:COL: message`.
    case file(String)
    /// Typed, `-c`, or standard input: errors read `line L, col C: message`.
    case inline
}

/// Renders a diagnostic once, for every source: the place, the message, the line, and
/// carets under the part it points at.
enum DiagnosticRenderer {
    static func render(_ diagnostic: Diagnostic, statement: String, firstLine: Int, origin: StatementOrigin,
                       color: Bool = false) -> String {
        let source = SourceText(statement)
        let (line, column) = source.location(of: diagnostic.range.start)
        var message = diagnostic.message
        if let stage = diagnostic.stage { message = "in '\(stage)': " + message }
        let place: String
        switch origin {
        case .file(let path): place = "\(path):\(firstLine + line - 1):\(column): "
        case .inline: place = "line \(firstLine + line - 1), col \(column): "
        }
        let text = source.line(line)
        let scalars = Array(text.unicodeScalars)
        let before = scalars.prefix(column - 1)
        let marked = scalars.dropFirst(column - 1).prefix(max(1, diagnostic.range.end - diagnostic.range.start))
        let pad = before.map { $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of($0)) }.joined()
        let carets = String(repeating: "^", count: max(1, min(marked.reduce(0) { $0 + DisplayWidth.of($1) }, 60)))
        let (red, bold, plain) = color ? ("\u{1B}[1;31m", "\u{1B}[1m", "\u{1B}[0m") : ("", "", "")
        return red + place + message + plain + "\n  " + text + "\n  " + pad + bold + carets + plain + "\n"
    }
}
