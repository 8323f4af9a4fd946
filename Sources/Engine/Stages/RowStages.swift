import Language

/// Stages that keep columns and choose rows: where, sort, take, skip, sample, top.
enum RowStages {
    static func filter(_ table: Table, _ predicate: Expression, _ context: StageContext) throws(Diagnostic) -> Table {
        let compiled = try context.compiler(for: table).compile(predicate)
        guard compiled.type.fits(.bool) else {
            throw Diagnostic(.type, "'where' needs a condition (true or false), but \(context.source.slice(predicate.range)) is a \(compiled.type.rawValue)",
                             at: predicate.range)
        }
        var kept: [Int] = []
        try context.eachRow(table) { (row: Int) throws(Diagnostic) in
            if case .bool(true) = try compiled.evaluate(row) { kept.append(row) }
        }
        return table.selecting(kept)
    }

    /// A stable sort by the keys; nulls last whichever the direction.
    static func sort(_ table: Table, _ keys: [SortKey], _ context: StageContext) throws(Diagnostic) -> Table {
        let compiler = context.compiler(for: table)
        let compiled = try keys.map { (key: SortKey) throws(Diagnostic) in try compiler.compile(key.expression) }
        var keyValues = keys.map { _ in [Value]() }
        try context.eachRow(table) { (row: Int) throws(Diagnostic) in
            for k in compiled.indices { keyValues[k].append(try compiled[k].evaluate(row)) }
        }
        let columns = keys.indices.map { SortColumn(keyValues[$0], descending: keys[$0].descending) }
        keyValues = []
        defer { for column in columns { column.deallocate() } }
        let order = columns.withUnsafeBufferPointer { columns in
            (0..<table.count).sorted { a, b in
                for k in columns.indices {
                    let c = columns[k].compare(a, b)
                    if c != 0 { return c < 0 }
                }
                return a < b
            }
        }
        return table.selecting(order)
    }

    /// Compare for sorting: nulls last in either direction.
    static func orderedCompare(_ a: Value, _ b: Value, descending: Bool) -> Int {
        if a.isNull || b.isNull { return a.isNull == b.isNull ? 0 : (a.isNull ? 1 : -1) }
        let c = Value.compare(a, b)
        return descending ? -c : c
    }

    static func take(_ table: Table, _ count: Int) -> Table {
        table.selecting(Array(0..<min(count, table.count)))
    }

    static func skip(_ table: Table, _ count: Int) -> Table {
        table.selecting(Array(min(count, table.count)..<table.count))
    }

    /// `count` rows chosen at random, kept in their order; the same seed gives the same rows.
    static func sample(_ table: Table, count: Int, seed: UInt64) -> Table {
        guard count < table.count else { return table }
        var generator = SplitMix64(seed: seed)
        var positions = Array(0..<table.count)
        for i in 0..<count {
            let j = i + Int(generator.next() % UInt64(table.count - i))
            positions.swapAt(i, j)
        }
        return table.selecting(positions[0..<count].sorted())
    }

    /// The first `count` rows by the keys (descending unless `asc`), ties broken by the
    /// remaining columns ascending. Without keys: by `count` when the table has one.
    static func top(_ table: Table, count: Int, keys: [SortKey], _ context: StageContext) throws(Diagnostic) -> Table {
        var keys = keys
        if keys.isEmpty {
            guard let column = table.ranking.flatMap(table.columnIndex) ?? table.columnIndex("count") else {
                throw Diagnostic(.type, "'top' without 'by' ranks by a count column, and this table has none (top N by EXPR)",
                                 at: context.stage.range)
            }
            keys = [SortKey(expression: Expression(.field(table.columns[column].name), context.stage.range), descending: true)]
        }
        let ranked = try rankWithTieBreak(table, keys, context)
        return take(ranked, count)
    }

    /// Sorts by the keys, then by every column not among them, ascending: a stable order
    /// that does not depend on how the rows arrived. Articles and quotes have unique ids, so
    /// for them the id alone breaks ties (and their texts are not read).
    static func rankWithTieBreak(_ table: Table, _ keys: [SortKey], _ context: StageContext) throws(Diagnostic) -> Table {
        let keyNames = Set(keys.compactMap { key -> String? in
            if case .field(let name) = key.expression.kind { return name.lowercased() }
            return nil
        })
        var candidates = table.columns
        switch table.rows {
        case .articles, .quotes: candidates = candidates.filter { $0.name == "id" }
        case .values: break
        }
        let rest = candidates.filter { !keyNames.contains($0.name.lowercased()) }.map {
            SortKey(expression: Expression(.field($0.name), context.stage.range), descending: false)
        }
        return try sort(table, keys + rest, context)
    }
}

/// A small, fast, seedable random number generator (Steele, Lea and Flood's SplitMix64),
/// so that `sample N seed S` gives the same rows on every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
