import Engine
import Language

/// `.help` and `.help TOPIC`: built from the same tables that drive the language and the
/// shell (functions, aggregates, modes, dot-commands), plus the stages and operators here.
enum Help {
    struct Entry {
        let name: String
        let syntax: String
        let summary: String
        let example: String
    }

    static let stages: [Entry] = [
        Entry(name: "where", syntax: "where CONDITION", summary: "keep the rows where the condition holds (null counts as false)",
              example: "articles | where section = \"tech\" and date >= 2024-01-01"),
        Entry(name: "select", syntax: "select EXPR [as NAME], ...", summary: "these columns only, computed from the row",
              example: "articles | select title, year(date) as year"),
        Entry(name: "extend", syntax: "extend NAME = EXPR, ...", summary: "add columns (or replace one of the same name)",
              example: "articles | extend long = words > 500"),
        Entry(name: "sort", syntax: "sort by EXPR [asc|desc], ...", summary: "order the rows, stably; nulls last either way",
              example: "articles | sort by date desc, title"),
        Entry(name: "take", syntax: "take N", summary: "the first N rows", example: "articles | take 5"),
        Entry(name: "skip", syntax: "skip N", summary: "all but the first N rows", example: "articles | sort by date | skip 10 | take 10"),
        Entry(name: "sample", syntax: "sample N [seed S]", summary: "N rows at random, in their order; the same seed gives the same rows",
              example: "articles | sample 3 seed 42"),
        Entry(name: "distinct", syntax: "distinct [EXPR, ...]", summary: "each combination once, in order of first appearance",
              example: "articles | distinct source"),
        Entry(name: "count", syntax: "count [by EXPR, ...]", summary: "the number of rows; by keys, most frequent first (ties by the keys)",
              example: "articles | count by section"),
        Entry(name: "summarize", syntax: "summarize AGG(x) [as NAME], ... [by EXPR, ...]",
              summary: "aggregates per group, groups in key order: " + AggregateFunction.allCases.map(\.rawValue).joined(separator: ", "),
              example: "articles | summarize count(), avg(words) by section"),
        Entry(name: "top", syntax: "top N [by EXPR [asc|desc], ...]", summary: "the first N by the keys (descending unless asc); without by, by count",
              example: "articles | count by author | top 5"),
        Entry(name: "quotes", syntax: "quotes", summary: "from articles to their quotes: text, speaker, mention, cue, kind (direct, partial, unattributed), words, start, end (docs/quotes.md)",
              example: "articles | where source = \"Harbour Gazette\" | quotes"),
        Entry(name: "articles", syntax: "articles", summary: "from quotes (or rows that came from articles) back to the articles",
              example: "articles | select title | articles"),
        Entry(name: "words", syntax: "words [all]", summary: "word, count, docs (articles with it), per_million; stop words left out unless all (.help stopwords)",
              example: "articles | where section = \"tech\" | words | top 20"),
        Entry(name: "ngrams", syntax: "ngrams N [all] [across]", summary: "sequences of N words (2 to 5) within a sentence (across: over sentence ends too), with the columns of words; without all, none starting or ending with a stop word",
              example: "articles | ngrams 2 | top 10"),
        Entry(name: "kwic", syntax: "kwic TERM [width N]", summary: "concordance: id, title, date, left, match, right, left1, right1; TERM a word, a \"phrase\" or a /regex/ for one word; N words of context (5)",
              example: "kwic \"harbour\" width 4 | sort by right1"),
        Entry(name: "collocates", syntax: "collocates TERM [window N] [by MEASURE] [all]", summary: "words within N (5) of the term, with O, E, f_node, f_collocate and the score; measures " + AssociationMeasure.allCases.map(\.rawValue).joined(separator: ", ") + " (logdice)",
              example: "collocates \"council\" window 4 by pmi | where o >= 2 | top 10"),
        Entry(name: "keyness", syntax: "keyness against PIPELINE [by MEASURE] [all]", summary: "words over- (score > 0) and under-used (< 0) against the reference; the target's articles are taken out of the reference when it holds them; target, reference, per-million, signed g2 and logratio; measures " + KeynessMeasure.allCases.map(\.rawValue).joined(separator: ", ") + " (llr)",
              example: "articles | where section = \"weather\" | keyness against articles | top 10"),
        Entry(name: "trend", syntax: "trend TERM by day|week|month|year", summary: "the term's count per period, the period's words, and per_million; undated articles left out",
              example: "trend \"flood\" by month | chart"),
        Entry(name: "chart", syntax: "chart [bar|line]", summary: "draws the last stage's label and number columns: bars, or for periods a line of blocks",
              example: "articles | count by section | chart"),
    ]

    static let operators: [Entry] = [
        Entry(name: "=", syntax: "a = b, a != b, a < b, a <= b, a > b, a >= b", summary: "compare numbers, text, dates; a date without a time compares by day; with null, null",
              example: "articles | where date = 2024-11-18"),
        Entry(name: "=~", syntax: "a =~ b", summary: "equal, ignoring case", example: "articles | where section =~ \"TECH\""),
        Entry(name: "and", syntax: "a and b, a or b, not a", summary: "logic with SQL's nulls: null and false is false, null or true is true",
              example: "articles | where section = \"health\" or section = \"weather\""),
        Entry(name: "contains", syntax: "a [not] contains b, startswith, endswith", summary: "text tests, ignoring case",
              example: "articles | where title contains \"storm\""),
        Entry(name: "has", syntax: "a [not] has \"word\" or \"a phrase\"", summary: "whole words, ignoring case, by the archive's word rule",
              example: "articles | where text has \"harbour wall\""),
        Entry(name: "~", syntax: "a ~ /regex/flags, a !~ /regex/", summary: "a regular expression (ICU syntax) matches somewhere; flags i, m, s, x",
              example: "articles | where title ~ /^storm/i"),
        Entry(name: "in", syntax: "a [not] in (x, y, ...)", summary: "one of the values", example: "articles | where section in (\"sport\", \"tech\")"),
        Entry(name: "between", syntax: "a [not] between x and y", summary: "x <= a <= y; with dates, whole days",
              example: "articles | where date between 2024-01-01 and 2024-06-30"),
        Entry(name: "is null", syntax: "a is [not] null", summary: "whether the value is missing", example: "articles | where author is null"),
        Entry(name: "+", syntax: "a + b, a - b, a * b, a / b, a % b", summary: "arithmetic; date ± days; date - date in days; text + text joins; division by zero gives null",
              example: "articles | select title, words / 100 as minutes"),
    ]

    static var overview: String {
        func names(_ list: [String]) -> String { list.joined(separator: " ") }
        return """
            A statement is a pipeline, `let NAME = ...`, or a dot-command:
              articles | where section = "tech" | count by source
              let recent = articles | where date >= 2025-01-01

            stages      \(names(stages.map(\.name)))
            functions   \(names(Functions.all.map(\.name)))
            aggregates  \(names(AggregateFunction.allCases.map(\.rawValue)))
            operators   = != < <= > >= =~ and or not contains startswith endswith has ~ !~ in between is null + - * / %
            literals    "text"  42  3.5  true  false  null  2024-03-01  2024-03-01T14:05  /regex/i  7d 1w 1mo 1y  $parameter
            modes       \(names(OutputMode.allCases.map(\.rawValue)))

            commands
            """ + "\n" + DotCommands.all.map { "  " + $0.usage.padding(40) + $0.summary }.joined(separator: "\n")
            + "\n\n.help TOPIC tells more: .help where, .help month, .help has, .help csv, .help .mode, .help stopwords"
    }

    /// The help on a topic, or nil when there is none.
    static func text(for topic: String?) -> String? {
        guard let topic = topic?.lowercased() else { return overview }
        if let stage = stages.first(where: { $0.name == topic }) { return entry(stage, kind: "stage") }
        if let function = Functions.all.first(where: { $0.name == topic }) {
            return "\(function.signature)  (function)\n  \(function.summary)"
        }
        if topic == "stopwords" { return stopwordHelp }
        if let measure = AssociationMeasure(rawValue: topic) { return "\(measure.rawValue)  (collocation measure)\n  \(measure.summary)" }
        if let measure = KeynessMeasure(rawValue: topic), AssociationMeasure(rawValue: topic) == nil {
            return "\(measure.rawValue)  (keyness measure)\n  \(measure.summary)"
        }
        if let aggregate = AggregateFunction(rawValue: topic) { return "\(aggregate.rawValue)(x)  (aggregate, in summarize)\n  \(aggregate.summary)" }
        if let op = operators.first(where: { $0.name == topic || $0.syntax.contains(" \(topic) ") }) { return entry(op, kind: "operator") }
        if let mode = OutputMode(rawValue: topic) { return "\(mode.rawValue)  (output mode, .mode \(mode.rawValue))\n  \(mode.summary)" }
        let dotted = topic.hasPrefix(".") ? topic : "." + topic
        if let command = DotCommands.all.first(where: { $0.names.contains(dotted) }) {
            return "\(command.usage)  (command)\n  \(command.summary)"
        }
        return nil
    }

    /// Why there is no help on a topic, with the closest one.
    static func unknown(_ topic: String) -> String {
        let everything = stages.map(\.name) + Functions.all.map(\.name) + AggregateFunction.allCases.map(\.rawValue)
            + operators.map(\.name) + OutputMode.allCases.map(\.rawValue) + DotCommands.all.flatMap(\.names)
        return "no help on '\(topic)'" + Suggestion.hint(for: topic, among: everything) + "; .help lists the topics"
    }

    /// The stop words in use; set by the session.
    nonisolated(unsafe) static var currentStopwords = Stopwords.english

    static var stopwordHelp: String {
        let words = currentStopwords.words.sorted()
        var lines = ["stop words (\(currentStopwords.name), \(words.count)): left out by words, ngrams, collocates and keyness unless all",
                     "change them with .set stopwords FILE (one or more words a line, # comments), none, or english", ""]
        var line = ""
        for word in words {
            if line.count + word.count + 1 > 90 { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    private static func entry(_ entry: Entry, kind: String) -> String {
        "\(entry.syntax)  (\(kind))\n  \(entry.summary)\n  example: \(entry.example)"
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
