import Language

/// Stages that make new columns: select, extend, distinct.
enum ColumnStages {
    static func select(_ table: Table, _ projections: [Projection], _ context: StageContext) throws(Diagnostic) -> Table {
        let (columns, compiled) = try compile(table, projections, context)
        var values: [[Value]] = []
        values.reserveCapacity(table.count)
        try context.eachRow(table) { (row: Int) throws(Diagnostic) in
            values.append(try compiled.map { (c: Compiled) throws(Diagnostic) in try c.evaluate(row) })
        }
        return table.replacingColumns(columns, values: values)
    }

    /// New columns after the existing ones; a name that exists is replaced in place.
    static func extend(_ table: Table, _ assignments: [(name: String, value: Expression)],
                       _ context: StageContext) throws(Diagnostic) -> Table {
        let compiler = context.compiler(for: table)
        var columns = table.columns
        var compiled: [(position: Int, Compiled)] = []
        for (name, expression) in assignments {
            let c = try compiler.compile(expression)
            let column = Column(name: name, type: c.type)
            if let existing = columns.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
                columns[existing] = column
                compiled.append((existing, c))
            } else {
                columns.append(column)
                compiled.append((columns.count - 1, c))
            }
        }
        var values: [[Value]] = []
        values.reserveCapacity(table.count)
        try context.eachRow(table) { (row: Int) throws(Diagnostic) in
            var cells = table.row(row)
            cells.append(contentsOf: repeatElement(Value.null, count: columns.count - cells.count))
            for (position, c) in compiled { cells[position] = try c.evaluate(row) }
            values.append(cells)
        }
        return table.replacingColumns(columns, values: values)
    }

    /// The distinct combinations of the expressions (of every column when none is given),
    /// in the order they first appear.
    static func distinct(_ table: Table, _ projections: [Projection], _ context: StageContext) throws(Diagnostic) -> Table {
        if projections.isEmpty {
            var seen = Set<[Value]>()
            var kept: [Int] = []
            try context.eachRow(table) { (row: Int) throws(Diagnostic) in
                if seen.insert(table.row(row)).inserted { kept.append(row) }
            }
            return table.selecting(kept)
        }
        let (columns, compiled) = try compile(table, projections, context)
        var seen = Set<[Value]>()
        var values: [[Value]] = []
        try context.eachRow(table) { (row: Int) throws(Diagnostic) in
            let cells = try compiled.map { (c: Compiled) throws(Diagnostic) in try c.evaluate(row) }
            if seen.insert(cells).inserted { values.append(cells) }
        }
        return Table(columns: columns, values: values)
    }

    /// The columns and compiled expressions of a projection list.
    static func compile(_ table: Table, _ projections: [Projection],
                        _ context: StageContext) throws(Diagnostic) -> ([Column], [Compiled]) {
        let compiler = context.compiler(for: table)
        let compiled = try projections.map { (p: Projection) throws(Diagnostic) in try compiler.compile(p.expression) }
        let names = StageContext.uniqueNames(projections.map { $0.alias ?? compiler.columnName(for: $0.expression) })
        return (zip(names, compiled).map { Column(name: $0, type: $1.type) }, compiled)
    }
}
