import Archive
import Foundation
import Language

/// Checks an expression's types against a table and turns it into a closure over rows.
/// Type errors are found here, before a pipeline runs: `where title > 3` fails at once.
struct ExpressionCompiler {
    let table: Table
    /// `let` values and `--set` parameters.
    let values: [String: Value]
    let source: SourceText
    /// Asked while a long regular expression match runs, so Ctrl-C stops it.
    var isCancelled: @Sendable () -> Bool = { false }

    func compile(_ expression: Expression) throws(Diagnostic) -> Compiled {
        let range = expression.range
        switch expression.kind {
        case .string(let s): return .constant(.string(s))
        case .number(let n, let isInteger): return .constant(isInteger ? .int(n.clampedInt) : Value.number(n))
        case .bool(let b): return .constant(.bool(b))
        case .null: return .constant(.null)
        case .date(let y, let m, let d, let h, let mi, let s, let hasTime):
            guard let date = NewsDate(year: y, month: m, day: d, hour: h, minute: mi, second: s, hasTime: hasTime) else {
                throw Diagnostic(.syntax, "\(source.slice(range)) is not a real date", at: range)
            }
            return .constant(.date(date))
        case .duration(let duration): return .constant(.duration(duration))
        case .regex:
            throw Diagnostic(.type, "a regular expression can only stand after '~' or '!~'", at: range)
        case .field(let name): return try field(name, range: range)
        case .parameter(let name):
            guard let value = values[name] else {
                throw Diagnostic(.name, "no parameter '$\(name)' (give one with --set \(name)=VALUE or let \(name) = ...)"
                                 + Suggestion.hint(for: name, among: values.keys), at: range)
            }
            return .constant(value)
        case .call(let name, let arguments):
            return try Functions.compile(name, arguments.map { (e: Expression) throws(Diagnostic) in try (compile(e), e) },
                                         range: range, source: source)
        case .unary(.negate, let inner):
            let operand = try compile(inner)
            try require(operand, is: .number, in: "-", at: inner)
            return map(operand, type: .number) { value in value.number.map { Value.number(-$0) } ?? .null }
        case .unary(.not, let inner):
            let operand = try compile(inner)
            try require(operand, is: .bool, in: "not", at: inner)
            return map(operand, type: .bool) { value in if case .bool(let b) = value { return .bool(!b) }; return .null }
        case .binary(let op, let left, let right):
            return try Operators.compile(op, left, right, range: range, compiler: self)
        case .list(let items):
            let compiled = try items.map { (e: Expression) throws(Diagnostic) in try compile(e) }
            return Compiled(type: .list, isConstant: compiled.allSatisfy(\.isConstant)) { (row: Int) throws(Diagnostic) in
                .list(try compiled.map { (c: Compiled) throws(Diagnostic) in try c.evaluate(row) })
            }
        case .membership(let left, let items, let negated):
            return try Operators.membership(left, items, negated: negated, compiler: self)
        case .between(let value, let low, let high, let negated):
            return try Operators.between(value, low, high, negated: negated, compiler: self)
        case .isNull(let inner, let negated):
            let operand = try compile(inner)
            return map(operand, type: .bool, keepNull: true) { value in .bool(value.isNull != negated) }
        }
    }

    private func field(_ name: String, range: SourceRange) throws(Diagnostic) -> Compiled {
        if let column = table.columnIndex(name) {
            let read = table.reader(column: column)
            return Compiled(type: table.columns[column].type, isConstant: false) { (row: Int) throws(Diagnostic) in read(row) }
        }
        if let value = values[name] { return .constant(value) }
        let names = table.columns.map(\.name)
        throw Diagnostic(.name, "no field '\(name)'" + (Suggestion.closest(to: name, among: names).map { "; did you mean '\($0)'?" }
                         ?? "; the fields are " + names.prefix(20).joined(separator: ", ")), at: range)
    }

    /// A type error naming the operator and what it got.
    func require(_ operand: Compiled, is type: ValueType, in context: String, at expression: Expression) throws(Diagnostic) {
        guard operand.type.fits(type) else {
            throw Diagnostic(.type, "'\(context)' needs a \(type.rawValue), but \(source.slice(expression.range)) is a \(operand.type.rawValue)",
                             at: expression.range)
        }
    }

    /// A one-operand operation; null in gives null out unless `keepNull`.
    func map(_ operand: Compiled, type: ValueType, keepNull: Bool = false,
             _ transform: @escaping (Value) -> Value) -> Compiled {
        Compiled(type: type, isConstant: operand.isConstant) { (row: Int) throws(Diagnostic) in
            let value = try operand.evaluate(row)
            if value.isNull && !keepNull { return .null }
            return transform(value)
        }
    }

    /// The column name an expression gets when nothing names it: a field's name, a call's
    /// function name, else the expression's text.
    func columnName(for expression: Expression) -> String {
        switch expression.kind {
        case .field(let name): return table.columnIndex(name).map { table.columns[$0].name } ?? name
        case .call(let name, _): return name
        default: return source.slice(expression.range)
        }
    }
}
