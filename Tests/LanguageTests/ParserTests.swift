import Testing
@testable import Language

/// Parser cases as source text; errors carry the expected column, counted by hand.
@Suite struct ParserTests {
    private func error(_ text: String) -> Diagnostic? {
        do { _ = try Parser.parse(text); return nil } catch { return error }
    }

    @Test func aPipelineHasItsSourceAndStages() throws {
        let statements = try Parser.parse("articles | where year(date) = 2024 | count by section | top 3")
        guard case .pipeline(let pipeline) = try #require(statements.first).kind else { Issue.record("not a pipeline"); return }
        guard case .articles = pipeline.source else { Issue.record("source"); return }
        #expect(pipeline.stages.map(\.name) == ["where", "count", "top"])
    }

    @Test func semicolonsSeparateStatementsAndLetBinds() throws {
        let statements = try Parser.parse("let t = articles | take 2; t | count; let n = 3 + 4")
        #expect(statements.count == 3)
        guard case .letTable(let name, _) = statements[0].kind else { Issue.record("let table"); return }
        #expect(name == "t")
        guard case .letValue("n", _) = statements[2].kind else { Issue.record("let value"); return }
    }

    @Test func precedenceBindsAndTighterThanOr() throws {
        let statements = try Parser.parse("a or b and not c = 1 + 2 * 3")
        guard case .expression(let e) = statements[0].kind, case .binary(.or, _, let right) = e.kind,
              case .binary(.and, _, let notC) = right.kind, case .unary(.not, let comparison) = notC.kind,
              case .binary(.equal, _, let sum) = comparison.kind, case .binary(.add, _, let product) = sum.kind,
              case .binary(.multiply, _, _) = product.kind else {
            Issue.record("wrong tree")
            return
        }
    }

    @Test func wordOperatorsNegateAndListsAndRanges() throws {
        let statements = try Parser.parse("x not has \"a b\" and y not in (1, 2) and z not between 1 and 5 and w is not null and t !~ /x/i")
        guard case .expression(let e) = statements[0].kind else { Issue.record("expression"); return }
        var operators: [String] = []
        func walk(_ e: Expression) {
            switch e.kind {
            case .binary(let op, let l, let r): operators.append(op.rawValue); walk(l); walk(r)
            case .membership(_, let items, let negated): operators.append("in\(items.count)\(negated)")
            case .between(_, _, _, let negated): operators.append("between\(negated)")
            case .isNull(_, let negated): operators.append("isnull\(negated)")
            default: break
            }
        }
        walk(e)
        #expect(operators.sorted() == ["!~", "and", "and", "and", "and", "betweentrue", "in2true", "isnulltrue", "not has"])
    }

    @Test func regexAndDivisionAreToldApartByPlace() throws {
        let tokens = try Lexer.tokens("words / 2 ~ /a\\/b/i")
        #expect(tokens.map(\.kind) == [.identifier("words"), .symbol("/"), .number(2, isInteger: true), .symbol("~"),
                                       .regex(pattern: "a/b", flags: "i"), .end])
    }

    @Test func literalsOfEveryKind() throws {
        let tokens = try Lexer.tokens(#"2023-10-03 2023-10-03T14:05 1w 3mo 2y 7d 1_000 2.5e3 'it''s' "a\"b" $year"#)
        #expect(tokens.map(\.kind) == [
            .date(year: 2023, month: 10, day: 3, hour: 0, minute: 0, second: 0, hasTime: false),
            .date(year: 2023, month: 10, day: 3, hour: 14, minute: 5, second: 0, hasTime: true),
            .duration(.days(7)), .duration(.months(3)), .duration(.months(24)), .duration(.days(7)),
            .number(1000, isInteger: true), .number(2500, isInteger: false),
            .string("it"), .string("s"), .string("a\"b"), .parameter("year"), .end,
        ])
    }

    /// The column of each error, counted by hand from 1.
    @Test(arguments: [
        ("articles | where", Diagnostic.Kind.incomplete, "expected an expression after 'where'"),
        ("articles | where (a", .incomplete, "expected ')' to close '('"),
        ("articles | where title = \"open", .incomplete, "the string opened here is not closed"),
        ("articles |", .incomplete, "expected a stage after '|'"),
        ("articles | wher x", .syntax, "unknown stage 'wher'; did you mean 'where'?"),
        ("articles | count bye section", .syntax, "expected '|' or the end of the statement, found 'bye'"),
        ("articles | sort date", .syntax, "expected 'by' after 'sort', found 'date'"),
        ("1 + | 2", .syntax, "expected an expression after '+', found '|'"),
        ("articles | where x @ 1", .syntax, "unexpected character '@'"),
        ("articles | take 3x", .syntax, "unexpected 'x' after a number (durations are 7d, 2w, 1mo, 1y)"),
        ("1 + 2 | count", .syntax, "a pipeline starts with a table (articles, quotes or a let name), not an expression"),
    ])
    func errorsSayWhatWasExpected(text: String, kind: Diagnostic.Kind, message: String) {
        let diagnostic = error(text)
        #expect(diagnostic?.kind == kind)
        #expect(diagnostic?.message == message)
    }

    @Test(arguments: [("articles | where", 16), ("articles | wher x", 11), ("articles | count bye section", 17), ("articles | where x @ 1", 19)])
    func errorsPointAtTheirColumn(text: String, offset: Int) {
        #expect(error(text)?.range.start == offset)
    }

    @Test func nestingBeyondTheLimitIsADiagnostic() {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        #expect(error(deep)?.message == "the expression is nested more than 200 deep")
        let negations = String(repeating: "not ", count: 10_000) + "true"
        #expect(error(negations)?.message == "the expression is nested more than 200 deep")
        let minus = String(repeating: "-", count: 10_000) + "1"
        #expect(error(minus)?.message == "the expression is nested more than 200 deep")
    }

    /// A chain of operators is a tree as deep as the chain: generated queries of thousands
    /// of terms overflowed the stack when compiled, before the tree's height had a limit.
    @Test func treesTallerThan2000AreADiagnostic() throws {
        let limit = "the expression is more than 2000 operators deep; for a list of values use 'in (...)'"
        func chain(_ terms: Int, _ op: String = "+", _ term: String = "1") -> String {
            Array(repeating: term, count: terms).joined(separator: " \(op) ")
        }
        for op in ["+", "*", "and", "or"] {
            #expect(error("articles | where " + chain(20_000, op))?.message == limit)
        }
        // 1,999 operators are 2,000 levels; one more is too many.
        #expect(error("articles | where " + chain(2_000)) == nil)
        #expect(error("articles | where " + chain(2_001))?.message == limit)
        // Chains inside chains add up where they stack: a chain whose first term is a chain.
        #expect(error("articles | where (" + chain(1_000) + ") + " + chain(999)) == nil)
        #expect(error("articles | where (" + chain(1_000) + ") + " + chain(1_001))?.message == limit)
        // ... and not where they stand side by side: the last term hangs one level below the top.
        #expect(error("articles | where " + chain(1_500) + " + (" + chain(1_500) + ")") == nil)
    }

    @Test func suggestionsFindCloseNames() {
        #expect(Suggestion.closest(to: "autor", among: ["author", "title", "date"]) == "author")
        #expect(Suggestion.closest(to: "sectoin", among: ["section", "source"]) == "section")
        #expect(Suggestion.closest(to: "zzz", among: ["author", "title"]) == nil)
    }
}
