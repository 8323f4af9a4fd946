import Language

/// What a stage needs besides its input: the names in scope, and the statement's text for
/// column names and messages.
struct StageContext {
    let values: [String: Value]
    let source: SourceText
    let stage: Stage
    let isCancelled: @Sendable () -> Bool

    func compiler(for table: Table) -> ExpressionCompiler {
        ExpressionCompiler(table: table, values: values, source: source, isCancelled: isCancelled)
    }

    /// A whole number that does not depend on the row: `take 10`, `sample 5 seed 1`.
    func count(_ expression: Expression, in table: Table, what: String) throws(Diagnostic) -> Int {
        let compiled = try compiler(for: table).compile(expression)
        guard compiled.isConstant else {
            throw Diagnostic(.type, "'\(stage.name)' needs a fixed \(what), not one that depends on the row", at: expression.range)
        }
        let value = try compiled.value()
        guard let number = value.number, number.rounded() == number, number >= 0 else {
            throw Diagnostic(.type, "'\(stage.name)' needs a whole number of 0 or more, not \(source.slice(expression.range))",
                             at: expression.range)
        }
        return number > Double(Int.max / 2) ? Int.max / 2 : Int(number)
    }

    /// Runs `body` on each row, with a failure pointing at this stage; every 64 rows it
    /// asks whether the user interrupted (Ctrl-C), so a long statement stops at once.
    func eachRow(_ table: Table, _ body: (Int) throws(Diagnostic) -> Void) throws(Diagnostic) {
        for row in 0..<table.count {
            if row & 63 == 0, isCancelled() {
                throw Diagnostic(.interrupted, "interrupted", at: stage.range, stage: stage.name)
            }
            do throws(Diagnostic) {
                try body(row)
            } catch {
                var located = error
                located.stage = located.stage ?? stage.name
                throw located
            }
        }
    }

    /// Distinct names for new columns: a repeat gets `_2`, `_3`.
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            let count = (seen[name.lowercased()] ?? 0) + 1
            seen[name.lowercased()] = count
            return count == 1 ? name : "\(name)_\(count)"
        }
    }
}
