import Language

/// One piece of a script: a dot-command line or a statement of the language, with the
/// line it starts on.
struct ScriptPiece: Equatable {
    enum Kind: Equatable { case dotCommand, statement }
    var kind: Kind
    var text: String
    /// The script line the piece starts on, from 1.
    var line: Int
}

/// Splits a script into pieces. A statement goes on while the parser finds it incomplete
/// (open brackets or quotes, a trailing operator or `|`), or while the next line starts
/// with `|`. A line starting with `.` outside a statement is a dot-command.
enum ScriptSplitter {
    static func pieces(of script: String) -> [ScriptPiece] {
        let lines = script.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        var pieces: [ScriptPiece] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") || (index == 0 && line.hasPrefix("#!")) {
                index += 1
                continue
            }
            if trimmed.hasPrefix(".") {
                pieces.append(ScriptPiece(kind: .dotCommand, text: trimmed, line: index + 1))
                index += 1
                continue
            }
            let start = index
            var text = line
            index += 1
            while index < lines.count, continues(text, next: lines[index]) {
                text += "\n" + lines[index]
                index += 1
            }
            pieces.append(ScriptPiece(kind: .statement, text: text, line: start + 1))
        }
        return pieces
    }

    /// Whether the statement so far takes the next line too.
    static func continues(_ text: String, next: String) -> Bool {
        if next.trimmingSpaces.hasPrefix("|") { return true }
        return isIncomplete(text)
    }

    /// Whether the parser wants more text: it stopped at the end with `.incomplete`.
    static func isIncomplete(_ text: String) -> Bool {
        do {
            _ = try Parser.parse(text)
            return false
        } catch {
            return error.kind == .incomplete
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
