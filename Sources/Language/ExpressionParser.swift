/// Expressions, by precedence from loosest to tightest: `or`, `and`, `not`, comparisons
/// and word operators, `+ -`, `* / %`, unary minus, then literals, names and calls.
extension Parser {
    mutating func expression() throws(Diagnostic) -> Expression {
        try enterNesting("the expression")
        defer { depth -= 1 }
        return try or()
    }

    private mutating func or() throws(Diagnostic) -> Expression {
        var left = try and()
        while accept(keyword: "or") {
            let right = try operand(after: "or") { (p: inout Parser) throws(Diagnostic) in try p.and() }
            left = try checkHeight(Expression(.binary(.or, left, right), .to(right.range, from: left.range)))
        }
        return left
    }

    private mutating func and() throws(Diagnostic) -> Expression {
        var left = try not()
        while accept(keyword: "and") {
            let right = try operand(after: "and") { (p: inout Parser) throws(Diagnostic) in try p.not() }
            left = try checkHeight(Expression(.binary(.and, left, right), .to(right.range, from: left.range)))
        }
        return left
    }

    private mutating func not() throws(Diagnostic) -> Expression {
        let start = current.range
        if accept(keyword: "not") {
            try enterNesting("the expression")
            defer { depth -= 1 }
            let inner = try operand(after: "not") { (p: inout Parser) throws(Diagnostic) in try p.not() }
            return Expression(.unary(.not, inner), .to(inner.range, from: start))
        }
        return try comparison()
    }

    /// Runs `parse`, first checking that an operand follows `word` at all.
    private mutating func operand(after word: String,
                                  _ parse: (inout Parser) throws(Diagnostic) -> Expression) throws(Diagnostic) -> Expression {
        if endsStage || current.isSymbol(",") { throw unexpected("expected an expression after '\(word)'") }
        return try parse(&self)
    }

    private static let wordOperators: [String: (BinaryOperator, BinaryOperator)] = [
        "contains": (.contains, .notContains), "startswith": (.startswith, .notStartswith),
        "endswith": (.endswith, .notEndswith), "has": (.has, .notHas),
    ]

    private mutating func comparison() throws(Diagnostic) -> Expression {
        let left = try additive()
        if case .symbol(let s) = current.kind, let op = BinaryOperator(rawValue: s == "==" ? "=" : s),
           op.isComparison || op == .matches || op == .notMatches {
            index += 1
            let right = try operand(after: s) { (p: inout Parser) throws(Diagnostic) in try p.additive() }
            return Expression(.binary(op, left, right), .to(right.range, from: left.range))
        }
        if accept(keyword: "is") {
            let negated = accept(keyword: "not")
            guard accept(keyword: "null") else { throw unexpected("expected 'null' after 'is\(negated ? " not" : "")'") }
            return Expression(.isNull(left, negated: negated), .to(previous.range, from: left.range))
        }
        let negated = current.isKeyword("not") && {
            let next = tokens[index + 1]
            return next.isKeyword("in") || next.isKeyword("between") || Self.wordOperators[next.identifier?.lowercased() ?? ""] != nil
        }()
        if negated { index += 1 }
        guard let word = current.identifier?.lowercased() else { return left }
        if let (plain, negatedOperator) = Self.wordOperators[word] {
            index += 1
            let right = try operand(after: word) { (p: inout Parser) throws(Diagnostic) in try p.additive() }
            return Expression(.binary(negated ? negatedOperator : plain, left, right), .to(right.range, from: left.range))
        }
        if word == "in" {
            index += 1
            try expect(symbol: "(", "after 'in' (x in (\"a\", \"b\"))")
            let items = try list(closing: ")")
            return Expression(.membership(left, items, negated: negated), .to(previous.range, from: left.range))
        }
        if word == "between" {
            index += 1
            let low = try operand(after: "between") { (p: inout Parser) throws(Diagnostic) in try p.additive() }
            guard accept(keyword: "and") else { throw unexpected("expected 'and' in 'between A and B'") }
            let high = try operand(after: "and") { (p: inout Parser) throws(Diagnostic) in try p.additive() }
            return Expression(.between(left, low, high, negated: negated), .to(high.range, from: left.range))
        }
        return left
    }

    private mutating func additive() throws(Diagnostic) -> Expression {
        var left = try multiplicative()
        while case .symbol(let s) = current.kind, s == "+" || s == "-" {
            index += 1
            let right = try operand(after: s) { (p: inout Parser) throws(Diagnostic) in try p.multiplicative() }
            left = try checkHeight(Expression(.binary(s == "+" ? .add : .subtract, left, right), .to(right.range, from: left.range)))
        }
        return left
    }

    private mutating func multiplicative() throws(Diagnostic) -> Expression {
        var left = try unary()
        while case .symbol(let s) = current.kind, s == "*" || s == "/" || s == "%" {
            index += 1
            let right = try operand(after: s) { (p: inout Parser) throws(Diagnostic) in try p.unary() }
            let op: BinaryOperator = s == "*" ? .multiply : s == "/" ? .divide : .remainder
            left = try checkHeight(Expression(.binary(op, left, right), .to(right.range, from: left.range)))
        }
        return left
    }

    private mutating func unary() throws(Diagnostic) -> Expression {
        let start = current.range
        if accept(symbol: "-") {
            try enterNesting("the expression")
            defer { depth -= 1 }
            let inner = try operand(after: "-") { (p: inout Parser) throws(Diagnostic) in try p.unary() }
            return Expression(.unary(.negate, inner), .to(inner.range, from: start))
        }
        return try primary()
    }

    private mutating func primary() throws(Diagnostic) -> Expression {
        let token = current
        switch token.kind {
        case .string(let s): index += 1; return Expression(.string(s), token.range)
        case .number(let n, let isInteger): index += 1; return Expression(.number(n, isInteger: isInteger), token.range)
        case .date(let y, let m, let d, let h, let mi, let s, let hasTime):
            index += 1
            return Expression(.date(year: y, month: m, day: d, hour: h, minute: mi, second: s, hasTime: hasTime), token.range)
        case .duration(let duration): index += 1; return Expression(.duration(duration), token.range)
        case .regex(let pattern, let flags): index += 1; return Expression(.regex(pattern: pattern, flags: flags), token.range)
        case .parameter(let name): index += 1; return Expression(.parameter(name), token.range)
        case .symbol("("):
            index += 1
            let inner = try expression()
            try expect(symbol: ")", "to close '('")
            return Expression(inner.kind, .to(previous.range, from: token.range))
        case .symbol("["):
            index += 1
            let items = try list(closing: "]")
            return Expression(.list(items), .to(previous.range, from: token.range))
        case .identifier(let name):
            index += 1
            switch name.lowercased() {
            case "true": return Expression(.bool(true), token.range)
            case "false": return Expression(.bool(false), token.range)
            case "null": return Expression(.null, token.range)
            default: break
            }
            if accept(symbol: "(") {
                let arguments = try list(closing: ")")
                return Expression(.call(name.lowercased(), arguments), .to(previous.range, from: token.range))
            }
            return Expression(.field(name), token.range)
        default:
            throw unexpected("expected an expression")
        }
    }

    /// Comma-separated expressions up to `closing`, which is consumed.
    private mutating func list(closing: String) throws(Diagnostic) -> [Expression] {
        var items: [Expression] = []
        if accept(symbol: closing) { return items }
        repeat {
            items.append(try expression())
        } while accept(symbol: ",")
        try expect(symbol: closing, "to close the list")
        return items
    }
}
