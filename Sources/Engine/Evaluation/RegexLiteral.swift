import Archive

/// A run of plain characters that every match of a regular expression holds: `border wall`
/// in `/border wall/`, `clim` in `/clim(ate)?/`. A text without it cannot match, and is
/// answered on its bytes without asking the regular expression library, which reads each
/// text as UTF-16 (`articles | where text ~ /border wall/` took 2.4 s over AllSides, most
/// texts lacking the words).
///
/// Read from the pattern's text, and only where that is certain: no alternation outside a
/// group, no inline options (`(?i)`), no `\Q` quoting, no comments mode (`x`), no class
/// inside a class, no escape but a sign or a one-letter class or anchor (`\.`, `\b`, `\w`;
/// not `\u0041` or `\1`). Groups and classes are passed over (they may be optional); a
/// character before `?`, `*` or `{` is optional, one before `+` ends the run.
struct RegexLiteral {
    let bytes: [UInt8]
    /// The `i` flag: ASCII letters in either case, and texts that hold a character whose case
    /// folding has ASCII letters (ß, ſ, the Kelvin sign) are left to the library.
    let ignoringCase: Bool

    init?(pattern: String, flags: String) {
        if flags.contains("x") || pattern.contains("(?") || pattern.contains("\\Q") { return nil }
        let characters = Array(pattern.unicodeScalars)
        var runs: [[Unicode.Scalar]] = [], run: [Unicode.Scalar] = []
        func endRun() {
            if !run.isEmpty { runs.append(run) }
            run = []
        }
        var i = 0
        while i < characters.count {
            let character = characters[i]
            switch character {
            case "|": return nil
            case "(":
                endRun()
                guard let end = Self.end(ofGroupAt: i, in: characters) else { return nil }
                i = end
            case "[":
                endRun()
                guard let end = Self.end(ofClassAt: i, in: characters) else { return nil }
                i = end
            case "?", "*", "{":
                if !run.isEmpty { run.removeLast() }
                endRun()
                i = Self.end(ofQuantifierAt: i, in: characters)
            case "+":
                endRun()
                i = Self.end(ofQuantifierAt: i, in: characters)
            case "\\":
                // An escaped sign stands for itself; an escaped letter of these is one atom.
                guard i + 1 < characters.count, characters[i + 1].isASCII else { return nil }
                let escaped = characters[i + 1]
                if Self.oneLetterEscapes.contains(escaped) {
                    endRun()
                } else if escaped.properties.isAlphabetic || ("0"..."9").contains(escaped) {
                    return nil
                } else {
                    run.append(escaped)
                }
                i += 1
            case ".", "^", "$", ")": endRun()
            default: run.append(character)
            }
            i += 1
        }
        endRun()
        guard let longest = runs.max(by: { $0.count < $1.count }) else { return nil }
        ignoringCase = flags.contains("i")
        if ignoringCase && !longest.allSatisfy(\.isASCII) { return nil }
        bytes = Array(String(String.UnicodeScalarView(longest)).utf8)
    }

    /// Escapes of one letter that stand for a class of characters, a place or a control.
    private static let oneLetterEscapes = Set("bBdDsSwWhHvVRXntrfaeAZzG".unicodeScalars)

    /// Whether `text` may match: it holds the run, or cannot be told from its bytes.
    func mayMatch(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { text in
            guard ignoringCase else { return ByteScan.next(bytes, in: text, from: 0) != nil }
            return bytes.withUnsafeBufferPointer { ByteScan.next(ignoringASCIICase: $0, in: text, from: 0) != nil }
                || CaseInsensitiveSearch.holdsAFoldingToASCII(text)
        }
    }

    /// The index of the `)` that closes the group opened at `start`, past escapes, classes
    /// and groups inside; nil when it is not closed or a class inside cannot be read.
    private static func end(ofGroupAt start: Int, in characters: [Unicode.Scalar]) -> Int? {
        var depth = 0, i = start
        while i < characters.count {
            switch characters[i] {
            case "\\": i += 1
            case "[":
                guard let end = end(ofClassAt: i, in: characters) else { return nil }
                i = end
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The index of the `]` that closes the class opened at `start`, past escapes (a `]`
    /// first in the class is a member); nil when it is not closed or holds a class.
    private static func end(ofClassAt start: Int, in characters: [Unicode.Scalar]) -> Int? {
        var i = start + 1
        if i < characters.count, characters[i] == "^" { i += 1 }
        if i < characters.count, characters[i] == "]" { i += 1 }
        while i < characters.count {
            switch characters[i] {
            case "\\": i += 1
            case "[": return nil
            case "]": return i
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The last index of the quantifier at `start`: its `{n,m}`, and a `?` or `+` after it
    /// that makes it lazy or possessive.
    private static func end(ofQuantifierAt start: Int, in characters: [Unicode.Scalar]) -> Int {
        var i = start
        if characters[i] == "{" {
            while i < characters.count - 1 && characters[i] != "}" { i += 1 }
        }
        if i + 1 < characters.count, characters[i + 1] == "?" || characters[i + 1] == "+" { i += 1 }
        return i
    }
}
