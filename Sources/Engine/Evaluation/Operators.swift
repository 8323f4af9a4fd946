import Archive
import Foundation
import Language

/// The binary operators: logic with SQL's three-valued nulls, comparisons, arithmetic, and
/// the text operators (`contains`, `startswith`, `endswith` ignoring case; `has` for whole
/// words; `~` for regular expressions).
enum Operators {
    static func compile(_ op: BinaryOperator, _ leftExpression: Expression, _ rightExpression: Expression,
                        range: SourceRange, compiler: ExpressionCompiler) throws(Diagnostic) -> Compiled {
        if op == .matches || op == .notMatches {
            return try regexMatch(leftExpression, rightExpression, negated: op == .notMatches, compiler: compiler)
        }
        let text = { (e: Expression) in compiler.source.slice(e.range) }
        // "where speaker = null" keeps no row, as SQL's nulls go: an error that says what was meant.
        if op.isComparison, case let (null, other) = isNullLiteral(leftExpression) ? (leftExpression, rightExpression) : (rightExpression, leftExpression),
           isNullLiteral(null) {
            let meant = op == .notEqual ? "is not null" : "is null"
            throw Diagnostic(.type, "a comparison with null is never true (it is null); write '\(text(other)) \(meant)'", at: range)
        }
        var left = try compiler.compile(leftExpression)
        var right = try compiler.compile(rightExpression)
        switch op {
        case .and, .or:
            try compiler.require(left, is: .bool, in: op.rawValue, at: leftExpression)
            try compiler.require(right, is: .bool, in: op.rawValue, at: rightExpression)
            return logic(op, left, right)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .equalIgnoringCase:
            try coerceDateStrings(&left, &right, leftExpression, rightExpression)
            guard comparable(left.type, right.type) else {
                throw Diagnostic(.type, "cannot compare \(text(leftExpression)) (\(left.type.rawValue)) with \(text(rightExpression)) (\(right.type.rawValue))",
                                 at: range)
            }
            return comparison(op, left, right)
        case .add, .subtract, .multiply, .divide, .remainder:
            return try arithmetic(op, left, right, leftExpression, rightExpression, range: range, compiler: compiler)
        case .contains, .startswith, .endswith, .notContains, .notStartswith, .notEndswith:
            try compiler.require(left, is: .string, in: op.rawValue, at: leftExpression)
            try compiler.require(right, is: .string, in: op.rawValue, at: rightExpression)
            return textTest(op, left, right)
        case .has, .notHas:
            try compiler.require(left, is: .string, in: "has", at: leftExpression)
            try compiler.require(right, is: .string, in: "has", at: rightExpression)
            return try WordSearch.compile(leftExpression, left, right, negated: op == .notHas, compiler: compiler)
        case .matches, .notMatches:
            return try regexMatch(leftExpression, rightExpression, negated: op == .notMatches, compiler: compiler)
        }
    }

    private static func isNullLiteral(_ expression: Expression) -> Bool {
        if case .null = expression.kind { return true }
        return false
    }

    static func comparable(_ a: ValueType, _ b: ValueType) -> Bool {
        a.fits(b) || b.fits(a)
    }

    /// `date >= "2024-01-01"`: a string that reads as a date is one, here.
    private static func coerceDateStrings(_ left: inout Compiled, _ right: inout Compiled,
                                          _ leftExpression: Expression, _ rightExpression: Expression) throws(Diagnostic) {
        func coerce(_ side: inout Compiled, _ expression: Expression) throws(Diagnostic) {
            guard side.isConstant, case .string(let text) = try side.value() else { return }
            guard let date = DateParser.parse(text) else {
                throw Diagnostic(.type, "'\(text)' is not a date this side of a date comparison", at: expression.range)
            }
            side = .constant(.date(date))
        }
        if left.type == .date && right.type == .string { try coerce(&right, rightExpression) }
        if right.type == .date && left.type == .string { try coerce(&left, leftExpression) }
    }

    private static func logic(_ op: BinaryOperator, _ left: Compiled, _ right: Compiled) -> Compiled {
        Compiled(type: .bool, isConstant: left.isConstant && right.isConstant) { (row: Int) throws(Diagnostic) in
            let a = try left.evaluate(row)
            // Short-circuit where the answer is settled: false and _, true or _.
            if case .bool(let x) = a, x == (op == .or) { return .bool(x) }
            let b = try right.evaluate(row)
            switch (a, b) {
            case (.bool(let x), .bool(let y)): return .bool(op == .and ? x && y : x || y)
            case (_, .bool(let y)) where y == (op == .or): return .bool(y)
            default: return .null
            }
        }
    }

    private static func comparison(_ op: BinaryOperator, _ left: Compiled, _ right: Compiled) -> Compiled {
        Compiled(type: .bool, isConstant: left.isConstant && right.isConstant) { (row: Int) throws(Diagnostic) in
            let a = try left.evaluate(row), b = try right.evaluate(row)
            if a.isNull || b.isNull { return .null }
            if op == .equalIgnoringCase, let x = a.string, let y = b.string {
                return .bool(x.lowercased() == y.lowercased())
            }
            let order = compareForComparison(a, b)
            switch op {
            case .equal, .equalIgnoringCase: return .bool(order == 0)
            case .notEqual: return .bool(order != 0)
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        }
    }

    /// As `Value.compare`, except that a date without a time compares by day, so that
    /// `date = 2024-03-01` holds for an article stamped 2024-03-01 14:05.
    static func compareForComparison(_ a: Value, _ b: Value) -> Int {
        if case .date(let x) = a, case .date(let y) = b, !x.hasTime || !y.hasTime {
            return x.daysFromEpoch == y.daysFromEpoch ? 0 : (x.daysFromEpoch < y.daysFromEpoch ? -1 : 1)
        }
        return Value.compare(a, b)
    }

    private static func arithmetic(_ op: BinaryOperator, _ left: Compiled, _ right: Compiled,
                                   _ leftExpression: Expression, _ rightExpression: Expression,
                                   range: SourceRange, compiler: ExpressionCompiler) throws(Diagnostic) -> Compiled {
        let types = (left.type, right.type)
        let resultType: ValueType
        switch (op, types) {
        case (_, (.number, .number)), (_, (.number, .any)), (_, (.any, .number)), (_, (.any, .any)),
             (_, (.null, _)), (_, (_, .null)):
            resultType = types.0 == .any || types.1 == .any ? .any : .number
        case (.add, (.date, .number)), (.subtract, (.date, .number)), (.add, (.number, .date)):
            resultType = .date
        case (.subtract, (.date, .date)):
            resultType = .number
        case (.add, (.string, .string)):
            resultType = .string
        default:
            throw Diagnostic(.type, "cannot use '\(op.rawValue)' on \(compiler.source.slice(leftExpression.range)) (\(types.0.rawValue)) and \(compiler.source.slice(rightExpression.range)) (\(types.1.rawValue))",
                             at: range)
        }
        return Compiled(type: resultType, isConstant: left.isConstant && right.isConstant) { (row: Int) throws(Diagnostic) in
            let a = try left.evaluate(row), b = try right.evaluate(row)
            return apply(op, a, b)
        }
    }

    /// Arithmetic on values; division by zero and a mismatch at run time give null.
    static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            switch op {
            case .add: let (r, o) = x.addingReportingOverflow(y); return o ? .double(Double(x) + Double(y)) : .int(r)
            case .subtract: let (r, o) = x.subtractingReportingOverflow(y); return o ? .double(Double(x) - Double(y)) : .int(r)
            case .multiply: let (r, o) = x.multipliedReportingOverflow(by: y); return o ? .double(Double(x) * Double(y)) : .int(r)
            case .divide: return y == 0 ? .null : Value.number(Double(x) / Double(y))
            default:
                let (r, o) = x.remainderReportingOverflow(dividingBy: y)
                return y == 0 ? .null : (o ? .int(0) : .int(r))
            }
        case (.date(let d), _) where b.number != nil:
            return shifted(d, days: op == .subtract ? -b.number! : b.number!)
        case (_, .date(let d)) where a.number != nil && op == .add:
            return shifted(d, days: a.number!)
        case (.date(let x), .date(let y)) where op == .subtract:
            return .int(Int(x.daysFromEpoch - y.daysFromEpoch))
        case (.string(let x), .string(let y)) where op == .add:
            return .string(x + y)
        default:
            guard let x = a.number, let y = b.number else { return .null }
            switch op {
            case .add: return Value.number(x + y)
            case .subtract: return Value.number(x - y)
            case .multiply: return Value.number(x * y)
            case .divide: return y == 0 ? .null : Value.number(x / y)
            default: return y == 0 ? .null : Value.number(x.truncatingRemainder(dividingBy: y))
            }
        }
    }

    /// A date moved by whole days; null beyond the years 1 to 9999.
    static func shifted(_ date: NewsDate, days: Double) -> Value {
        let whole = days.rounded()
        guard abs(whole) < 4_000_000 else { return .null }
        let moved = NewsDate(wallSeconds: date.wallSeconds + Int64(whole) * 86_400, hasTime: date.hasTime)
        return (1...9999).contains(moved.year) ? .date(moved) : .null
    }

    private static func textTest(_ op: BinaryOperator, _ left: Compiled, _ right: Compiled) -> Compiled {
        let negated = [.notContains, .notStartswith, .notEndswith].contains(op)
        return Compiled(type: .bool, isConstant: left.isConstant && right.isConstant) { (row: Int) throws(Diagnostic) in
            guard let text = try left.evaluate(row).string, let part = try right.evaluate(row).string else { return .null }
            let found: Bool
            switch op {
            case .contains, .notContains: found = CaseInsensitiveSearch.contains(text, part)
            case .startswith, .notStartswith: found = text.range(of: part, options: [.caseInsensitive, .anchored]) != nil
            default: found = text.range(of: part, options: [.caseInsensitive, .anchored, .backwards]) != nil
            }
            return .bool(found != negated)
        }
    }

    static func membership(_ leftExpression: Expression, _ items: [Expression], negated: Bool,
                           compiler: ExpressionCompiler) throws(Diagnostic) -> Compiled {
        let left = try compiler.compile(leftExpression)
        var compiled: [Compiled] = []
        for item in items {
            var value = try compiler.compile(item)
            var probe = left
            try coerceDateStrings(&probe, &value, leftExpression, item)
            guard comparable(left.type, value.type) else {
                throw Diagnostic(.type, "cannot compare \(compiler.source.slice(leftExpression.range)) (\(left.type.rawValue)) with \(compiler.source.slice(item.range)) (\(value.type.rawValue))",
                                 at: item.range)
            }
            compiled.append(value)
        }
        let isConstant = left.isConstant && compiled.allSatisfy(\.isConstant)
        return Compiled(type: .bool, isConstant: isConstant) { (row: Int) throws(Diagnostic) in
            let value = try left.evaluate(row)
            if value.isNull { return .null }
            for item in compiled where compareForComparison(value, try item.evaluate(row)) == 0 {
                return .bool(!negated)
            }
            return .bool(negated)
        }
    }

    static func between(_ valueExpression: Expression, _ lowExpression: Expression, _ highExpression: Expression,
                        negated: Bool, compiler: ExpressionCompiler) throws(Diagnostic) -> Compiled {
        var value = try compiler.compile(valueExpression)
        var low = try compiler.compile(lowExpression)
        var high = try compiler.compile(highExpression)
        var probe = value
        try coerceDateStrings(&value, &low, valueExpression, lowExpression)
        try coerceDateStrings(&probe, &high, valueExpression, highExpression)
        for (bound, expression) in [(low, lowExpression), (high, highExpression)] where !comparable(value.type, bound.type) {
            throw Diagnostic(.type, "cannot compare \(compiler.source.slice(valueExpression.range)) (\(value.type.rawValue)) with \(compiler.source.slice(expression.range)) (\(bound.type.rawValue))",
                             at: expression.range)
        }
        return Compiled(type: .bool, isConstant: value.isConstant && low.isConstant && high.isConstant) { (row: Int) throws(Diagnostic) in
            let v = try value.evaluate(row), a = try low.evaluate(row), b = try high.evaluate(row)
            if v.isNull || a.isNull || b.isNull { return .null }
            let inside = compareForComparison(v, a) >= 0 && compareForComparison(v, b) <= 0
            return .bool(inside != negated)
        }
    }

    private static func regexMatch(_ leftExpression: Expression, _ rightExpression: Expression, negated: Bool,
                                   compiler: ExpressionCompiler) throws(Diagnostic) -> Compiled {
        let left = try compiler.compile(leftExpression)
        try compiler.require(left, is: .string, in: negated ? "!~" : "~", at: leftExpression)
        let pattern: String, flags: String
        switch rightExpression.kind {
        case .regex(let p, let f): (pattern, flags) = (p, f)
        default:
            let right = try compiler.compile(rightExpression)
            guard right.isConstant, case .string(let p) = try right.value() else {
                throw Diagnostic(.type, "'~' needs a regular expression such as /clim(ate)?/i, or a string", at: rightExpression.range)
            }
            (pattern, flags) = (p, "")
        }
        let regex = try RegexCache.compile(pattern, flags: flags, at: rightExpression.range)
        let watched = RegexCache.mayBacktrackWithoutEnd(pattern)
        let isCancelled = compiler.isCancelled
        let literal = RegexLiteral(pattern: pattern, flags: flags)
        return Compiled(type: .bool, isConstant: left.isConstant) { (row: Int) throws(Diagnostic) in
            guard let text = try left.evaluate(row).string else { return .null }
            if let literal, !literal.mayMatch(text) { return .bool(negated) }
            switch RegexCache.search(regex, in: text, watched: watched, isCancelled: isCancelled) {
            case .found: return .bool(!negated)
            case .notFound: return .bool(negated)
            case .interrupted: throw Diagnostic(.interrupted, "interrupted", at: rightExpression.range)
            case .tooSlow(let seconds):
                throw Diagnostic(.runtime, "/\(pattern)/ ran \(seconds) s on one text without an answer and was stopped; "
                                 + "nested repeats such as (a+)+ backtrack without end: rewrite it", at: rightExpression.range)
            }
        }
    }
}
