import Archive
import Language

/// What a statement gives back.
public enum StatementResult: Sendable {
    case table(Table)
    /// A table to draw: `... | chart [bar|line]`.
    case chart(Table, style: String?)
    /// A `let`: the name is bound, nothing to show.
    case bound(String)
}

/// Runs statements over an archive, keeping the session's `let` names and parameters.
public struct Interpreter: Sendable {
    public private(set) var archive: Archive
    /// `let NAME = pipeline`.
    public private(set) var tables: [String: Table] = [:]
    /// `let NAME = expression` and `--set NAME=VALUE`.
    public private(set) var values: [String: Value] = [:]
    /// Asked as rows are read; when it says yes, the statement stops with "interrupted".
    public var isCancelled: @Sendable () -> Bool = { false }
    /// What `words`, `ngrams`, `collocates` and `keyness` leave out without `all`.
    public var stopwords = Stopwords.english

    public init(archive: Archive) {
        self.archive = archive
    }

    /// Binds a table under a name, as `let` does.
    public mutating func bindTable(_ name: String, _ table: Table) {
        tables[name] = table
    }

    public mutating func replaceArchive(_ archive: Archive) {
        self.archive = archive
        tables = [:]
    }

    /// A script parameter: a number or a date when it reads as one, else text.
    public mutating func setParameter(_ name: String, _ text: String) {
        if let number = Double(text) {
            values[name] = Value.number(number)
        } else if let date = DateParser.parse(text), text.first?.isNumber == true {
            values[name] = .date(date)
        } else {
            values[name] = .string(text)
        }
    }

    public var names: [String] { Array(tables.keys) + Array(values.keys) }

    public mutating func run(_ statement: Statement, source: SourceText) throws(Diagnostic) -> StatementResult {
        switch statement.kind {
        case .pipeline(let pipeline):
            if let last = pipeline.stages.last, case .chart(let style) = last.kind {
                var shortened = pipeline
                shortened.stages.removeLast()
                let table = try run(shortened, source: source)
                try ChartCheck.check(table, stage: last)
                return .chart(table, style: style)
            }
            return .table(try run(pipeline, source: source))
        case .expression(let expression):
            if case .field(let name) = expression.kind, let table = tables[name] { return .table(table) }
            return .table(try evaluate(expression, source: source))
        case .letTable(let name, let pipeline):
            try checkNewName(name, at: statement.range)
            tables[name] = try run(pipeline, source: source)
            values[name] = nil
            return .bound(name)
        case .letValue(let name, let expression):
            try checkNewName(name, at: statement.range)
            if case .field(let other) = expression.kind, let table = tables[other] {
                tables[name] = table
                values[name] = nil
                return .bound(name)
            }
            let result = try evaluate(expression, source: source)
            values[name] = result.value(row: 0, column: 0)
            tables[name] = nil
            return .bound(name)
        }
    }

    private func checkNewName(_ name: String, at range: SourceRange) throws(Diagnostic) {
        if ["articles", "quotes"].contains(name.lowercased()) {
            throw Diagnostic(.name, "'\(name)' is a table of the archive; choose another name", at: range)
        }
    }

    /// An expression on its own: one row, one column named by its text.
    private func evaluate(_ expression: Expression, source: SourceText) throws(Diagnostic) -> Table {
        let empty = Table(columns: [], values: [[]])
        let compiled = try ExpressionCompiler(table: empty, values: values, source: source).compile(expression)
        let value = try compiled.evaluate(0)
        return Table(columns: [Column(name: source.slice(expression.range), type: compiled.type)], values: [[value]])
    }

    func run(_ pipeline: Pipeline, source: SourceText) throws(Diagnostic) -> Table {
        var table: Table
        switch pipeline.source {
        case .articles: table = .articles(archive)
        case .quotes: table = QuoteSchema.table(archive)
        case .nested(let inner): table = try run(inner, source: source)
        case .named(let name):
            guard let bound = tables[name] else {
                let hint = Suggestion.closest(to: name, among: ["articles", "quotes"] + Array(tables.keys))
                throw Diagnostic(.name, "no table '\(name)'" + (hint.map { "; did you mean '\($0)'?" } ?? "; tables are articles, quotes and let names"),
                                 at: pipeline.sourceRange)
            }
            table = bound
        }
        var index = 0
        while index < pipeline.stages.count {
            let stage = pipeline.stages[index]
            let context = StageContext(values: values, source: source, stage: stage, isCancelled: isCancelled)
            // "kwic "said" | count": the lines are counted, not made.
            if case .kwic(let term, let width) = stage.kind, index + 1 < pipeline.stages.count,
               case .count(let keys) = pipeline.stages[index + 1].kind, keys.isEmpty {
                _ = try Self.kwicWidth(width, table, context)   // a bad width is the same error
                let lines = try Concordance.lineCount(table, term: term, context)
                table = Table(columns: [Column(name: "count", type: .number)], values: [[.int(lines)]])
                index += 2          // the count is done too
                continue
            }
            // "ngrams 2 | top 20": top ranks as words and ngrams do, so only their first rows need making.
            var limit: Int?
            var onlyWords: Set<String>?
            if index + 1 < pipeline.stages.count {
                switch pipeline.stages[index + 1].kind {
                case .top(let count, let keys) where keys.isEmpty:
                    limit = try? context.count(count, in: table, what: "number of rows")
                case .where(let predicate):
                    // "words | where word = "x"": only the rows of the words named need making;
                    // the where still runs after.
                    onlyWords = WordStages.namedWords(in: predicate)
                default:
                    break
                }
            }
            table = try run(stage, on: table, context: context, limit: limit, onlyWords: onlyWords)
            index += 1
        }
        return table
    }

    private static func kwicWidth(_ width: Expression?, _ table: Table, _ context: StageContext) throws(Diagnostic) -> Int {
        try context.number(width, in: table, default: 5, range: 0...50, what: "the width")
    }

    /// Runs one stage; `limit` is how many rows the next stage keeps, when it keeps the first;
    /// `onlyWords`, the words it keeps, when it keeps only words it names.
    private func run(_ stage: Stage, on table: Table, context: StageContext, limit: Int?,
                     onlyWords: Set<String>?) throws(Diagnostic) -> Table {
        switch stage.kind {
        case .where(let predicate): return try RowStages.filter(table, predicate, context)
        case .select(let projections): return try ColumnStages.select(table, projections, context)
        case .extend(let assignments): return try ColumnStages.extend(table, assignments, context)
        case .sort(let keys): return try RowStages.sort(table, keys, context)
        case .take(let count): return RowStages.take(table, try context.count(count, in: table, what: "number of rows"))
        case .skip(let count): return RowStages.skip(table, try context.count(count, in: table, what: "number of rows"))
        case .sample(let count, let seed):
            let n = try context.count(count, in: table, what: "number of rows")
            let s = try seed.map { (e: Expression) throws(Diagnostic) in UInt64(try context.count(e, in: table, what: "seed")) }
            return RowStages.sample(table, count: n, seed: s ?? UInt64.random(in: 0...UInt64.max))
        case .distinct(let projections): return try ColumnStages.distinct(table, projections, context)
        case .count(let keys): return try Grouping.count(table, by: keys, context)
        case .summarize(let aggregates, let keys): return try Grouping.summarize(table, aggregates, by: keys, context)
        case .top(let count, let keys):
            return try RowStages.top(table, count: try context.count(count, in: table, what: "number of rows"), keys: keys, context)
        case .quotes:
            guard let (archive, rows) = table.articleRows else { throw notArticles(stage) }
            var seen = Set<Int32>()
            return QuoteSchema.table(archive, articles: rows.filter { seen.insert($0).inserted })
        case .words(let all):
            return try WordStages.words(table, all: all, limit: limit, only: onlyWords, stopwords: stopwords, context)
        case .ngrams(let size, let all, let across):
            let n = try context.number(size, in: table, default: 2, range: 2...5, what: "the n-gram size")
            return try WordStages.ngrams(table, size: n, all: all, across: across, limit: limit, stopwords: stopwords, context)
        case .kwic(let term, let width):
            return try Concordance.lines(table, term: term, width: try Self.kwicWidth(width, table, context), context)
        case .collocates(let term, let window, let measureName, let all):
            let n = try context.number(window, in: table, default: 5, range: 1...20, what: "the window")
            let measure = try Self.measure(measureName, AssociationMeasure.self, default: .default, stage: stage)
            return try Collocation.collocates(table, term: term, window: n, measure: measure, all: all, stopwords: stopwords, context)
        case .keyness(let referencePipeline, let measureName, let all):
            let measure = try Self.measure(measureName, KeynessMeasure.self, default: .default, stage: stage)
            let reference = try run(referencePipeline, source: context.source)
            return try Keyness.keywords(table, reference: reference, measure: measure, all: all, stopwords: stopwords, context)
        case .trend(let term, let period):
            return try Trend.periods(table, term: term, period: period, context)
        case .chart:
            throw Diagnostic(.syntax, "'chart' draws a result, so it is the last stage", at: stage.range)
        case .articles:
            if case .articles = table.rows { return table }
            if let (archive, rows) = table.articleRows {
                var seen = Set<Int32>()
                return .articles(archive, rows: rows.filter { seen.insert($0).inserted })
            }
            throw Diagnostic(.type, "'articles' needs rows that come from articles or quotes", at: stage.range)
        }
    }

    private static func measure<M: RawRepresentable & CaseIterable>(_ name: String?, _ type: M.Type, default value: M,
                                                                      stage: Stage) throws(Diagnostic) -> M where M.RawValue == String {
        guard let name else { return value }
        guard let measure = M(rawValue: name) else {
            let names = M.allCases.map(\.rawValue)
            throw Diagnostic(.name, "unknown measure '\(name)'" + Suggestion.hint(for: name, among: names)
                             + "; measures are " + names.joined(separator: ", "), at: stage.range)
        }
        return measure
    }

    private func notArticles(_ stage: Stage) -> Diagnostic {
        Diagnostic(.type, "'\(stage.name)' needs rows that come from articles", at: stage.range)
    }
}
