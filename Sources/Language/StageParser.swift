/// The stages of a pipeline, after each `|`.
extension Parser {
    mutating func stage() throws(Diagnostic) -> Stage {
        guard let word = current.identifier else { throw unexpected("expected a stage after '|'") }
        let start = advance().range
        let kind: Stage.Kind
        switch word.lowercased() {
        case "where", "filter":
            kind = .where(try expression(after: word))
        case "select", "project":
            kind = .select(try projections(after: word))
        case "extend":
            kind = .extend(try assignments())
        case "sort", "order":
            guard accept(keyword: "by") else { throw unexpected("expected 'by' after '\(word)'") }
            kind = .sort(try sortKeys(defaultDescending: false))
        case "take", "limit":
            kind = .take(try expression(after: word))
        case "skip":
            kind = .skip(try expression(after: word))
        case "sample":
            let count = try expression(after: word)
            kind = .sample(count: count, seed: accept(keyword: "seed") ? try expression(after: "seed") : nil)
        case "distinct":
            kind = .distinct(endsStage ? [] : try projections(after: word))
        case "count":
            kind = .count(by: accept(keyword: "by") ? try projections(after: "by") : [])
        case "summarize":
            let aggregates = try self.aggregates()
            kind = .summarize(aggregates, by: accept(keyword: "by") ? try projections(after: "by") : [])
        case "top":
            let count = try expression(after: word)
            kind = .top(count: count, by: accept(keyword: "by") ? try sortKeys(defaultDescending: true) : [])
        case "quotes":
            kind = .quotes
        case "articles":
            kind = .articles
        case "words":
            kind = .words(all: accept(keyword: "all"))
        case "ngrams":
            let size = try expression(after: word)
            var all = false, across = false
            while true {
                if accept(keyword: "all") { all = true }
                else if accept(keyword: "across") { across = true }
                else { break }
            }
            kind = .ngrams(size: size, all: all, across: across)
        case "kwic":
            let term = try searchTerm(after: word)
            kind = .kwic(term, width: accept(keyword: "width") ? try expression(after: "width") : nil)
        case "collocates":
            let term = try searchTerm(after: word)
            var window: Expression?, measure: String?, all = false
            while true {
                if accept(keyword: "window") { window = try expression(after: "window") }
                else if accept(keyword: "by") { measure = try name("a measure after 'by'").0.lowercased() }
                else if accept(keyword: "all") { all = true }
                else { break }
            }
            kind = .collocates(term, window: window, measure: measure, all: all)
        case "keyness":
            guard accept(keyword: "against") else { throw unexpected("expected 'against' after 'keyness' (keyness against PIPELINE)") }
            let reference = try referencePipeline()
            var measure: String?, all = false
            while true {
                if accept(keyword: "by") { measure = try name("a measure after 'by'").0.lowercased() }
                else if accept(keyword: "all") { all = true }
                else { break }
            }
            kind = .keyness(reference: reference, measure: measure, all: all)
        case "trend":
            let term = try searchTerm(after: word)
            guard accept(keyword: "by") else { throw unexpected("expected 'by' and a period after the term (trend TERM by month)") }
            let (period, periodRange) = try name("a period: day, week, month or year")
            guard ["day", "week", "month", "year"].contains(period.lowercased()) else {
                throw Diagnostic(.syntax, "unknown period '\(period)'; periods are day, week, month and year", at: periodRange)
            }
            kind = .trend(term, period: period.lowercased())
        case "chart":
            var style: String?
            if let next = current.identifier?.lowercased() {
                guard next == "bar" || next == "line" else {
                    throw Diagnostic(.syntax, "'chart' draws a bar chart or a line: chart [bar|line], not '\(next)'", at: current.range)
                }
                style = next
                index += 1
            }
            kind = .chart(style)
        default:
            throw Diagnostic(.syntax, "unknown stage '\(word)'" + Suggestion.hint(for: word, among: Parser.stageNames),
                             at: start)
        }
        return Stage(kind: kind, name: word.lowercased(), range: .to(previous.range, from: start))
    }

    /// A word, a "quoted phrase", or a /regular expression/.
    mutating func searchTerm(after word: String) throws(Diagnostic) -> SearchTerm {
        switch current.kind {
        case .string(let text):
            index += 1
            return .words(text)
        case .regex(let pattern, let flags):
            index += 1
            return .regex(pattern: pattern, flags: flags)
        case .identifier(let name) where !endsStage:
            index += 1
            return .words(name)
        default:
            throw unexpected("expected a word, a \"phrase\" or a /regex/ after '\(word)'")
        }
    }

    /// The pipeline after `keyness against`: in brackets, or up to the end of the stage.
    mutating func referencePipeline() throws(Diagnostic) -> Pipeline {
        if current.isSymbol("(") { return try pipeline() }
        let start = current.range
        let source: Pipeline.Source
        if accept(keyword: "articles") { source = .articles }
        else if accept(keyword: "quotes") { source = .quotes }
        else { source = .named(try name("a table after 'against': articles, a let name, or a (pipeline)").0) }
        return Pipeline(source: source, sourceRange: .to(previous.range, from: start), stages: [], range: .to(previous.range, from: start))
    }

    /// Whether the current token ends a stage: `|`, `;`, `)` or the end.
    var endsStage: Bool {
        current.kind == .end || current.isSymbol("|") || current.isSymbol(";") || current.isSymbol(")")
    }

    mutating func expression(after word: String) throws(Diagnostic) -> Expression {
        if endsStage { throw unexpected("expected an expression after '\(word)'") }
        return try expression()
    }

    mutating func projections(after word: String) throws(Diagnostic) -> [Projection] {
        var result: [Projection] = []
        repeat {
            let value = try expression(after: result.isEmpty ? word : ",")
            var alias: String?
            if accept(keyword: "as") { alias = try name("a column name after 'as'").0 }
            result.append(Projection(expression: value, alias: alias))
        } while accept(symbol: ",")
        return result
    }

    mutating func assignments() throws(Diagnostic) -> [(name: String, value: Expression)] {
        var result: [(name: String, value: Expression)] = []
        repeat {
            let (name, _) = try self.name("a column name, as in 'extend NAME = EXPR'")
            try expect(symbol: "=", "after '\(name)' (extend NAME = EXPR)")
            result.append((name, try expression(after: "=")))
        } while accept(symbol: ",")
        return result
    }

    mutating func sortKeys(defaultDescending: Bool) throws(Diagnostic) -> [SortKey] {
        var keys: [SortKey] = []
        repeat {
            let value = try expression(after: keys.isEmpty ? "by" : ",")
            var descending = defaultDescending
            if accept(keyword: "desc") { descending = true } else if accept(keyword: "asc") { descending = false }
            keys.append(SortKey(expression: value, descending: descending))
        } while accept(symbol: ",")
        return keys
    }

    /// `count()`, `avg(words) as w`, or `w = avg(words)`.
    mutating func aggregates() throws(Diagnostic) -> [Aggregate] {
        var result: [Aggregate] = []
        repeat {
            let start = current.range
            var alias: String?
            if current.identifier != nil, tokens[index + 1].isSymbol("="), !tokens[index + 1].isSymbol("==") {
                alias = advance().identifier
                index += 1
            }
            guard let function = current.identifier else {
                throw unexpected("expected an aggregate such as count(), avg(words)")
            }
            index += 1
            try expect(symbol: "(", "after '\(function)' (aggregates are called: \(function)(...))")
            let argument = current.isSymbol(")") ? nil : try expression()
            try expect(symbol: ")", "to close '\(function)('")
            if accept(keyword: "as") { alias = try name("a column name after 'as'").0 }
            result.append(Aggregate(function: function.lowercased(), argument: argument, alias: alias,
                                    range: .to(previous.range, from: start)))
        } while accept(symbol: ",")
        return result
    }
}
