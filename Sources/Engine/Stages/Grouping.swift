import Language

/// `count [by ...]` and `summarize AGG, ... [by ...]`: rows folded into groups.
enum Grouping {
    /// `count` alone: one row, one column. `count by k`: the keys and their count, most
    /// frequent first, ties by the keys ascending.
    static func count(_ table: Table, by keys: [Projection], _ context: StageContext) throws(Diagnostic) -> Table {
        // The rows are not read: `quotes | count` builds none of their values.
        if keys.isEmpty { return Table(columns: [Column(name: "count", type: .number)], values: [[.int(table.count)]]) }
        let countAll = Aggregate(function: "count", argument: nil, alias: nil, range: context.stage.range)
        // Not sorted by the keys first: the ranking below orders by them after the count.
        let grouped = try summarize(table, [countAll], by: keys, context, sortedByKeys: false)
        guard !keys.isEmpty else { return grouped }
        let countColumn = grouped.columns.count - 1
        let order = [SortKey(expression: Expression(.field(grouped.columns[countColumn].name), context.stage.range), descending: true)]
        return try RowStages.rankWithTieBreak(grouped, order, context)
    }

    /// One row per distinct key, keys ascending (else in the order they came); one column
    /// per key then per aggregate.
    static func summarize(_ table: Table, _ aggregates: [Aggregate], by keys: [Projection],
                          _ context: StageContext, sortedByKeys: Bool = true) throws(Diagnostic) -> Table {
        let compiler = context.compiler(for: table)
        let (keyColumns, keyCompiled) = try ColumnStages.compile(table, keys, context)
        var specs: [(AggregateFunction, Compiled?)] = []
        var aggregateColumns: [Column] = []
        for aggregate in aggregates {
            guard let function = AggregateFunction(rawValue: aggregate.function) else {
                throw Diagnostic(.name, "no aggregate '\(aggregate.function)'"
                                 + Suggestion.hint(for: aggregate.function, among: AggregateFunction.allCases.map(\.rawValue)),
                                 at: aggregate.range)
            }
            let argument = try aggregate.argument.map { (e: Expression) throws(Diagnostic) in try compiler.compile(e) }
            if argument == nil && function != .count {
                throw Diagnostic(.type, "\(function.rawValue) needs a value: \(function.rawValue)(x)", at: aggregate.range)
            }
            if function.needsNumbers, let argument, let expression = aggregate.argument, !argument.type.fits(.number) {
                throw Diagnostic(.type, "\(function.rawValue) needs numbers, but \(context.source.slice(expression.range)) is a \(argument.type.rawValue)",
                                 at: expression.range)
            }
            specs.append((function, argument))
            aggregateColumns.append(Column(name: name(of: aggregate, function, compiler), type: function.resultType(argument?.type)))
        }

        var groups: [[Value]: Int] = [:]
        // By one key, the key alone: an array of one value made and hashed per row took a
        // third of `count by source`.
        var groupsByOneKey: [Value: Int] = [:]
        var groupKeys: [[Value]] = []
        var accumulators: [[Accumulator]] = []
        // Each group's rows, which `count()` is: counted here rather than by an accumulator,
        // whose update in an array of arrays took half of `quotes | count by kind`.
        var groupRows: [Int] = []
        let withArguments = specs.indices.filter { specs[$0].1 != nil }
        func newGroup(_ key: [Value]) -> Int {
            groupKeys.append(key)
            accumulators.append(specs.map { Accumulator($0.0) })
            groupRows.append(0)
            return groupKeys.count - 1
        }
        // By one column the archive keeps coded (`count by source`), its codes: a value made
        // and hashed per row took 9 ms of AllSides' 37,554 articles and 60 ms of its quotes.
        var categories: CategoryCodes?
        if keys.count == 1, case .field(let name) = keys[0].expression.kind, let column = table.columnIndex(name) {
            categories = table.categoryCodes(column: column)
        }
        var groupOfCode = [Int](repeating: -1, count: categories?.values.count ?? 0)
        try context.eachRow(table) { (row: Int) throws(Diagnostic) in
            let group: Int
            if let categories {
                let code = Int(categories.codes[row])
                if groupOfCode[code] >= 0 {
                    group = groupOfCode[code]
                } else {
                    group = newGroup([categories.values[code]])
                    groupOfCode[code] = group
                }
            } else if keyCompiled.count == 1 {
                let key = try keyCompiled[0].evaluate(row)
                if let existing = groupsByOneKey[key] {
                    group = existing
                } else {
                    group = newGroup([key])
                    groupsByOneKey[key] = group
                }
            } else {
                let key = try keyCompiled.map { (c: Compiled) throws(Diagnostic) in try c.evaluate(row) }
                if let existing = groups[key] {
                    group = existing
                } else {
                    group = newGroup(key)
                    groups[key] = group
                }
            }
            groupRows[group] += 1
            for index in withArguments {
                accumulators[group][index].add(try specs[index].1?.evaluate(row))
            }
        }
        if keys.isEmpty && groupKeys.isEmpty { // no rows: one row of empty aggregates, as SQL gives
            _ = newGroup([])
        }
        let rows = groupKeys.indices.map { group in
            groupKeys[group] + zip(specs, accumulators[group]).map { spec, accumulator in
                spec.1 == nil ? .int(groupRows[group]) : accumulator.result(countsRows: false)
            }
        }
        let names = StageContext.uniqueNames(keyColumns.map(\.name) + aggregateColumns.map(\.name))
        let columns = zip(names, keyColumns + aggregateColumns).map { Column(name: $0, type: $1.type) }
        var result = Table(columns: columns, values: rows)
        if sortedByKeys && !keys.isEmpty {
            let order = columns.prefix(keys.count).map {
                SortKey(expression: Expression(.field($0.name), context.stage.range), descending: false)
            }
            result = try RowStages.sort(result, order, context)
        }
        return result
    }

    /// `count`, `avg_words`, or the aggregate's name when its argument is not a field.
    private static func name(of aggregate: Aggregate, _ function: AggregateFunction, _ compiler: ExpressionCompiler) -> String {
        if let alias = aggregate.alias { return alias }
        guard let argument = aggregate.argument else { return function.rawValue }
        if case .field = argument.kind { return "\(function.rawValue)_\(compiler.columnName(for: argument))" }
        return function.rawValue
    }
}
