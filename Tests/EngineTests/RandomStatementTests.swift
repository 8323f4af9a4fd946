import Testing
@testable import Archive
@testable import Engine
@testable import Language

/// Nothing crashes: generated and mutated statements, 120,000 of them, go through the
/// parser, the type checker, the interpreter and every renderer. Each gives a result or a
/// diagnostic that points inside the statement.
@Suite struct RandomStatementTests {
    @Test func anyTextGivesAResultOrADiagnostic() throws {
        var random = TestRandom(seed: 20261129)
        var interpreter = Interpreter(archive: Example.archive)
        interpreter.setParameter("year", "2024")
        var results = 0, diagnostics = 0
        for round in 0..<120_000 {
            let text: String
            switch round % 4 {
            case 0: text = StatementGenerator.statement(&random)
            case 1, 2: text = StatementGenerator.mutate(StatementGenerator.statement(&random), &random)
            default: text = StatementGenerator.noise(&random)
            }
            let length = text.unicodeScalars.count
            if let diagnostic = Self.run(text, &interpreter, render: round % 16 == 0) {
                diagnostics += 1
                #expect(diagnostic.range.start >= 0 && diagnostic.range.start <= length && diagnostic.range.end <= length,
                        "range \(diagnostic.range) outside '\(text)'")
            } else {
                results += 1
            }
        }
        #expect(results + diagnostics == 120_000)
        #expect(results > 10_000) // the generator makes many valid statements, not only noise
    }
}

extension RandomStatementTests {
    /// Runs the text; its diagnostic, or nil when it ran.
    static func run(_ text: String, _ interpreter: inout Interpreter, render: Bool) -> Diagnostic? {
        let statements: [Statement]
        do { statements = try Parser.parse(text) } catch { return error }
        for statement in statements {
            let result: StatementResult
            do { result = try interpreter.run(statement, source: SourceText(text)) } catch { return error }
            if render, case .table(let table) = result {
                for mode in OutputMode.allCases {
                    _ = TableRenderer.render(table, mode: mode, options: RenderOptions(width: 20 + text.count % 100, maxRows: 5))
                }
            }
        }
        return nil
    }
}

/// Repeatable random choices, from the engine's own SplitMix64.
struct TestRandom {
    private var generator: SplitMix64
    init(seed: UInt64) { generator = SplitMix64(seed: seed) }
    mutating func next() -> UInt64 { generator.next() }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Statements from the grammar, with fields, literals and names both real and wrong.
enum StatementGenerator {
    static let fields = ["id", "title", "author", "date", "updated", "source", "section", "text", "words", "paragraphs",
                         "quotes", "url", "caption", "credit", "count", "autor", "nope", "$year", "$missing"]
    static let functions = Functions.all.map(\.name) + ["iif", "nosuch", "count", "avg"]
    static let literals = ["1", "0", "-3", "2.5", "1e308", "99999999999999999999", "\"harbour\"", "\"\"", "'x'", "true",
                           "false", "null", "2024-11-18", "2025-02-30", "2024-01-01T10:30", "1w", "1mo", "7d", "/har/i",
                           "/(/", "\"council wall\"", "[1, 2]"]
    static let binary = ["=", "!=", "<", "<=", ">", ">=", "=~", "+", "-", "*", "/", "%", "and", "or", "contains",
                         "startswith", "endswith", "has", "not has", "~", "!~", "not contains"]

    static func expression(_ r: inout TestRandom, depth: Int = 0) -> String {
        if depth > 3 || r.chance(30) { return r.chance(50) ? r.pick(fields) : r.pick(literals) }
        switch r.below(8) {
        case 0: return "\(expression(&r, depth: depth + 1)) \(r.pick(binary)) \(expression(&r, depth: depth + 1))"
        case 1: return "not \(expression(&r, depth: depth + 1))"
        case 2: return "(\(expression(&r, depth: depth + 1)))"
        case 3:
            let count = r.below(4)
            return "\(r.pick(functions))(" + (0..<count).map { _ in expression(&r, depth: depth + 1) }.joined(separator: ", ") + ")"
        case 4: return "\(r.pick(fields)) in (\(r.pick(literals)), \(r.pick(literals)))"
        case 5: return "\(r.pick(fields)) between \(r.pick(literals)) and \(r.pick(literals))"
        case 6: return "\(r.pick(fields)) is \(r.chance(50) ? "not " : "")null"
        default: return "-\(expression(&r, depth: depth + 1))"
        }
    }

    static func stage(_ r: inout TestRandom) -> String {
        switch r.below(14) {
        case 0, 1: return "where \(expression(&r))"
        case 2: return "select \(expression(&r)) as a, \(r.pick(fields))"
        case 3: return "extend x = \(expression(&r))"
        case 4: return "sort by \(expression(&r)) \(r.pick(["asc", "desc", ""]))"
        case 5: return "take \(r.pick(["0", "3", "100000000000", "-1", "2.5", "words"]))"
        case 6: return "skip \(r.pick(["0", "3", "99"]))"
        case 7: return "sample \(r.pick(["2", "50"])) seed \(r.below(5))"
        case 8: return "distinct \(r.chance(50) ? r.pick(fields) : "")"
        case 9: return "count" + (r.chance(70) ? " by \(expression(&r))" : "")
        case 10: return "summarize \(r.pick(["count()", "avg(words)", "sum(x)", "median(words)", "stdev(words)", "dcount(source)", "first(title)", "max(date)", "min(title)", "nosuch(1)", "avg(title)"])) by \(r.pick(fields))"
        case 11: return "top \(r.pick(["1", "5"]))" + (r.chance(50) ? " by \(expression(&r))" : "")
        case 12: return r.pick(["quotes", "articles"])
        default: return r.pick(["wher x", "count bye", "sort", "top", "select", "extend y"])
        }
    }

    static func statement(_ r: inout TestRandom) -> String {
        switch r.below(10) {
        case 0: return expression(&r)
        case 1: return "let \(r.pick(["t", "u", "articles"])) = " + (r.chance(50) ? pipeline(&r) : expression(&r))
        default: return pipeline(&r)
        }
    }

    static func pipeline(_ r: inout TestRandom) -> String {
        let source = r.pick(["articles", "articles", "quotes", "t", "(articles | take 4)", "nosuch"])
        return ([source] + (0..<r.below(5)).map { _ in stage(&r) }).joined(separator: " | ")
    }

    static let pieces = ["|", "(", ")", "\"", "'", "/", ",", ";", " ", "\n", "where", "and", "not", "by", "#", "$", "é", "“",
                         "\u{0}", "\\", ".", "-", "9", "2024-", "[", "]"]

    static func mutate(_ text: String, _ r: inout TestRandom) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0...r.below(3) {
            let at = r.below(scalars.count + 1)
            switch r.below(3) {
            case 0 where !scalars.isEmpty:
                let end = min(scalars.count, at + 1 + r.below(6))
                if at < end { scalars.removeSubrange(at..<end) }
            case 1: scalars.insert(contentsOf: r.pick(pieces).unicodeScalars, at: at)
            default:
                if at < scalars.count { scalars[at] = r.pick(pieces).unicodeScalars.first ?? " " }
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static func noise(_ r: inout TestRandom) -> String {
        (0..<r.below(30)).map { _ in r.pick(pieces + literals + binary + fields) }.joined(separator: r.chance(50) ? " " : "")
    }
}
