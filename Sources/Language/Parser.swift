/// Tokens to syntax tree, by recursive descent. An error at the end of the text is
/// `.incomplete`, which tells the prompt to read another line (Lua's trick: the parser
/// alone decides when a statement is complete).
public struct Parser {
    var tokens: [Token]
    var index = 0

    /// The statements of a text, separated by `;`.
    public static func parse(_ text: String) throws(Diagnostic) -> [Statement] {
        var parser = Parser(tokens: try Lexer.tokens(text))
        var statements: [Statement] = []
        while true {
            while parser.current.isSymbol(";") { parser.index += 1 }
            if parser.current.kind == .end { break }
            statements.append(try parser.statement())
            guard parser.current.isSymbol(";") || parser.current.kind == .end else {
                throw parser.unexpected("expected '|' or the end of the statement")
            }
        }
        return statements
    }

    /// The stage names, for help, completion and suggestions.
    public static let stageNames = ["where", "select", "extend", "sort", "take", "skip", "sample", "distinct",
                                    "count", "summarize", "top", "quotes", "articles",
                                    "words", "ngrams", "kwic", "collocates", "keyness", "trend", "chart"]

    /// Stages that may open a statement, reading the articles: `kwic "said"`.
    static let wordStages: Set<String> = ["words", "ngrams", "kwic", "collocates", "keyness", "trend"]

    static let maximumDepth = 200
    var depth = 0

    /// One level deeper; past the limit an error, so that deep input cannot overflow the stack.
    /// The caller steps back out with `defer { depth -= 1 }`.
    mutating func enterNesting(_ what: String) throws(Diagnostic) {
        depth += 1
        guard depth < Self.maximumDepth else {
            depth -= 1
            throw Diagnostic(.syntax, "\(what) is nested more than \(Self.maximumDepth) deep", at: current.range)
        }
    }

    /// The tallest expression tree the parser builds. A chain of operators is a tree as
    /// deep as the chain ("a and b and c" is two levels of `and`), which nesting does not count.
    static let maximumHeight = 2000

    /// `expression`, or an error when its tree is taller than `maximumHeight`: a generated
    /// query of thousands of terms must not overflow the stack when it is compiled.
    func checkHeight(_ expression: Expression) throws(Diagnostic) -> Expression {
        guard expression.height <= Self.maximumHeight else {
            throw Diagnostic(.syntax, "the expression is more than \(Self.maximumHeight) operators deep; for a list of values use 'in (...)'",
                             at: expression.range)
        }
        return expression
    }

    var current: Token { tokens[index] }
    var previous: Token { tokens[max(index - 1, 0)] }

    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func accept(keyword: String) -> Bool {
        guard current.isKeyword(keyword) else { return false }
        index += 1
        return true
    }

    mutating func accept(symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        index += 1
        return true
    }

    mutating func expect(symbol: String, _ context: String) throws(Diagnostic) {
        guard accept(symbol: symbol) else { throw unexpected("expected '\(symbol)' \(context)") }
    }

    /// An error at the current token: incomplete when the text ran out.
    func unexpected(_ message: String) -> Diagnostic {
        if current.kind == .end { return Diagnostic(.incomplete, message, at: current.range) }
        return Diagnostic(.syntax, "\(message), found \(describe(current))", at: current.range)
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .identifier(let name): return "'\(name)'"
        case .string: return "a string"
        case .number: return "a number"
        case .date: return "a date"
        case .duration: return "a duration"
        case .regex: return "a regular expression"
        case .parameter(let name): return "'$\(name)'"
        case .symbol(let s): return "'\(s)'"
        case .end: return "the end"
        }
    }

    mutating func name(_ what: String) throws(Diagnostic) -> (String, SourceRange) {
        guard let name = current.identifier else { throw unexpected("expected \(what)") }
        return (name, advance().range)
    }

    // MARK: - Statements

    mutating func statement() throws(Diagnostic) -> Statement {
        let start = current.range
        if accept(keyword: "let") {
            let (name, _) = try self.name("a name after 'let'")
            try expect(symbol: "=", "after the name in 'let \(name)'")
            if startsPipeline(at: index) {
                let pipeline = try self.pipeline()
                return Statement(kind: .letTable(name: name, pipeline), range: .to(pipeline.range, from: start))
            }
            let value = try expression()
            return Statement(kind: .letValue(name: name, value), range: .to(value.range, from: start))
        }
        if startsPipeline(at: index) {
            let pipeline = try self.pipeline()
            return Statement(kind: .pipeline(pipeline), range: pipeline.range)
        }
        let value = try expression()
        if current.isSymbol("|") {
            throw Diagnostic(.syntax, "a pipeline starts with a table (articles, quotes or a let name), not an expression",
                             at: value.range)
        }
        return Statement(kind: .expression(value), range: value.range)
    }

    /// `articles`, `quotes`, `NAME |`, or `(` around one of these.
    func startsPipeline(at position: Int) -> Bool {
        let token = tokens[position]
        if token.isKeyword("articles") || token.isKeyword("quotes") { return true }
        if let word = token.identifier?.lowercased(), Self.wordStages.contains(word) { return true }
        if token.identifier != nil, tokens[min(position + 1, tokens.count - 1)].isSymbol("|") { return true }
        if token.isSymbol("(") { return startsPipeline(at: min(position + 1, tokens.count - 1)) }
        return false
    }

    mutating func pipeline() throws(Diagnostic) -> Pipeline {
        try enterNesting("the pipeline")
        defer { depth -= 1 }
        let start = current.range
        let source: Pipeline.Source
        if let word = current.identifier?.lowercased(), Self.wordStages.contains(word) {
            // `kwic "said"` alone reads the whole archive: `articles | kwic "said"`.
            let first = try stage()
            var stages = [first]
            while accept(symbol: "|") { stages.append(try stage()) }
            return Pipeline(source: .articles, sourceRange: SourceRange(start.start, start.start), stages: stages,
                            range: .to(previous.range, from: start))
        }
        if accept(symbol: "(") {
            let inner = try pipeline()
            try expect(symbol: ")", "to close the pipeline in brackets")
            source = .nested(inner)
        } else if accept(keyword: "articles") {
            source = .articles
        } else if accept(keyword: "quotes") {
            source = .quotes
        } else {
            let (name, _) = try self.name("a table: articles, quotes or a let name")
            source = .named(name)
        }
        let sourceRange = SourceRange.to(previous.range, from: start)
        var stages: [Stage] = []
        while accept(symbol: "|") {
            stages.append(try stage())
        }
        return Pipeline(source: source, sourceRange: sourceRange, stages: stages,
                        range: .to(previous.range, from: start))
    }
}
