/// Turns a statement's text into tokens. `#` starts a comment to the end of the line.
/// `/` starts a regular expression where an operand is expected, and divides elsewhere.
public struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var tokens: [Token] = []

    public static func tokens(_ text: String) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(scalars: Array(text.unicodeScalars))
        try lexer.run()
        return lexer.tokens
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Words after which an operand, not an operator, comes next.
    static let operandExpectedAfter: Set<String> = [
        "where", "and", "or", "not", "has", "contains", "startswith", "endswith", "in", "between",
        "by", "select", "extend", "take", "skip", "top", "sample", "seed", "summarize", "distinct", "is",
        "kwic", "collocates", "trend",
    ]

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func scalar(at offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func run() throws(Diagnostic) {
        while true {
            skipSpaceAndComments()
            guard let c = peek else { break }
            let start = index
            if c == "\"" || c == "'" {
                tokens.append(Token(kind: .string(try string(quote: c)), range: SourceRange(start, index)))
            } else if c.isDigit {
                tokens.append(Token(kind: try numberLike(), range: SourceRange(start, index)))
            } else if c.isNameStart {
                tokens.append(Token(kind: .identifier(name()), range: SourceRange(start, index)))
            } else if c == "$" {
                index += 1
                guard let next = peek, next.isNameStart else {
                    throw Diagnostic(.syntax, "expected a parameter name after '$'", at: SourceRange(start, index))
                }
                tokens.append(Token(kind: .parameter(name()), range: SourceRange(start, index)))
            } else if c == "/" && regexAllowed {
                tokens.append(Token(kind: try regex(), range: SourceRange(start, index)))
            } else if let symbol = symbol() {
                tokens.append(Token(kind: .symbol(symbol), range: SourceRange(start, index)))
            } else {
                throw Diagnostic(.syntax, "unexpected character '\(Character(c))'", at: SourceRange(start, start + 1))
            }
        }
        // The end sits just after the last token, so "expected ... after 'and'" points there
        // and not at trailing blank lines.
        let end = tokens.last?.range.end ?? 0
        tokens.append(Token(kind: .end, range: SourceRange(end, end)))
    }

    private var regexAllowed: Bool {
        guard let last = tokens.last else { return true }
        switch last.kind {
        case .number, .string, .date, .duration, .regex, .parameter: return false
        case .symbol(let s): return s != ")"
        case .identifier(let word): return Self.operandExpectedAfter.contains(word.lowercased())
        case .end: return true
        }
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek {
            if c.properties.isWhitespace {
                index += 1
            } else if c == "#" {
                while let d = peek, d != "\n" { index += 1 }
            } else {
                return
            }
        }
    }

    private mutating func name() -> String {
        let start = index
        while let c = peek, c.isNameStart || c.isDigit { index += 1 }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    private mutating func string(quote: Unicode.Scalar) throws(Diagnostic) -> String {
        let start = index
        index += 1
        var text = String.UnicodeScalarView()
        while let c = peek {
            index += 1
            if c == quote { return String(text) }
            if c == "\\" {
                guard let escaped = peek else { break }
                index += 1
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "\\", "\"", "'": text.append(escaped)
                default:
                    throw Diagnostic(.syntax, "unknown escape '\\\(Character(escaped))' in a string (use \\\\, \\\", \\n or \\t)",
                                     at: SourceRange(index - 2, index))
                }
                continue
            }
            text.append(c)
        }
        throw Diagnostic(.incomplete, "the string opened here is not closed", at: SourceRange(start, start + 1))
    }

    /// A number, a date (`2023-10-03`, `2023-10-03T14:05`), or a duration (`7d`, `1w`, `1mo`, `1y`).
    private mutating func numberLike() throws(Diagnostic) -> Token.Kind {
        let start = index
        if let date = date() { return date }
        while let c = peek, c.isDigit || c == "_" { index += 1 }
        var isInteger = true
        if peek == ".", let next = scalar(at: 1), next.isDigit {
            isInteger = false
            index += 1
            while let c = peek, c.isDigit { index += 1 }
        }
        if peek == "e" || peek == "E", let next = scalar(at: 1), next.isDigit || ((next == "-" || next == "+") && scalar(at: 2)?.isDigit == true) {
            isInteger = false
            index += 2
            while let c = peek, c.isDigit { index += 1 }
        }
        let digits = String(String.UnicodeScalarView(scalars[start..<index])).replacingUnderscores
        if isInteger, let unit = durationUnit() {
            guard let count = Int(digits), count > 0, count <= 10_000 else {
                throw Diagnostic(.syntax, "a duration needs a whole number from 1 to 10000", at: SourceRange(start, index))
            }
            switch unit {
            case "d": return .duration(.days(count))
            case "w": return .duration(.days(count * 7))
            case "mo": return .duration(.months(count))
            default: return .duration(.months(count * 12))
            }
        }
        if let next = peek, next.isNameStart {
            throw Diagnostic(.syntax, "unexpected '\(Character(next))' after a number (durations are 7d, 2w, 1mo, 1y)",
                             at: SourceRange(start, index + 1))
        }
        guard let value = Double(digits) else {
            throw Diagnostic(.syntax, "unreadable number", at: SourceRange(start, index))
        }
        return .number(value, isInteger: isInteger && abs(value) < 9e15)
    }

    private mutating func durationUnit() -> String? {
        for unit in ["mo", "d", "w", "y"] {
            let units = Array(unit.unicodeScalars)
            guard units.indices.allSatisfy({ scalar(at: $0) == units[$0] }) else { continue }
            if let after = scalar(at: units.count), after.isNameStart || after.isDigit { continue }
            index += units.count
            return unit
        }
        return nil
    }

    private mutating func date() -> Token.Kind? {
        func digits(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for k in 0..<count {
                guard let d = scalar(at: from + k), d.isDigit else { return nil }
                value = value * 10 + Int(d.value - 48)
            }
            return value
        }
        guard let year = digits(0, 4), scalar(at: 4) == "-", let month = digits(5, 2), scalar(at: 7) == "-",
              let day = digits(8, 2), scalar(at: 10).map({ !$0.isDigit }) ?? true else { return nil }
        var length = 10
        var hour = 0, minute = 0, second = 0, hasTime = false
        if scalar(at: 10) == "T", let h = digits(11, 2), scalar(at: 13) == ":", let m = digits(14, 2) {
            hour = h; minute = m; hasTime = true; length = 16
            if scalar(at: 16) == ":", let s = digits(17, 2) { second = s; length = 19 }
        }
        index += length
        return .date(year: year, month: month, day: day, hour: hour, minute: minute, second: second, hasTime: hasTime)
    }

    private mutating func regex() throws(Diagnostic) -> Token.Kind {
        let start = index
        index += 1
        var pattern = String.UnicodeScalarView()
        while let c = peek, c != "\n" {
            index += 1
            if c == "\\", let next = peek, next == "/" {
                pattern.append(next)
                index += 1
                continue
            }
            if c == "/" {
                let flagsStart = index
                while let f = peek, "imsx".unicodeScalars.contains(f) { index += 1 }
                return .regex(pattern: String(pattern), flags: String(String.UnicodeScalarView(scalars[flagsStart..<index])))
            }
            pattern.append(c)
        }
        throw Diagnostic(.syntax, "the regular expression opened here is not closed with '/'", at: SourceRange(start, start + 1))
    }

    private mutating func symbol() -> String? {
        for candidate in ["<=", ">=", "!=", "==", "!~", "=~", "<>", "|", "(", ")", ",", "=", "<", ">", "+", "-", "*", "/", "%", "~", ";", "[", "]"] {
            let parts = Array(candidate.unicodeScalars)
            if parts.indices.allSatisfy({ scalar(at: $0) == parts[$0] }) {
                index += parts.count
                return candidate == "<>" ? "!=" : candidate
            }
        }
        return nil
    }
}

extension Unicode.Scalar {
    var isDigit: Bool { value >= 48 && value <= 57 }
    var isNameStart: Bool { value == 95 || properties.isAlphabetic }
}

private extension String {
    var replacingUnderscores: String { String(unicodeScalars.filter { $0 != "_" }.map(Character.init)) }
}
