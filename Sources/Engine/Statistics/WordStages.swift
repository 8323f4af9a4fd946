import Archive
import Language

/// `words` and `ngrams N`: frequencies, the articles holding each, and per million words.
enum WordStages {
    /// Word frequencies; with `limit` (from a `top N` that follows), only the first `limit`
    /// rows; with `only` (from a `where` that names words), only the rows of those words.
    static func words(_ table: Table, all: Bool, limit: Int? = nil, only: Set<String>? = nil, stopwords: Stopwords,
                      _ context: StageContext) throws(Diagnostic) -> Table {
        let (archive, _) = try context.articles(of: table)
        let vocabulary = archive.vocabulary
        let named = only.map { words in words.compactMap { vocabulary.id(of: $0) } }
        // A few named words are counted alone (a test per word); many, with all the others.
        let counts = try context.counts(of: table, only: (named?.count ?? 0) <= 8 ? named : nil)
        let stop = all ? nil : stopwords.mask(for: archive)
        let candidates = named.map { $0.map(Int.init) } ?? Array(counts.counts.indices)
        let ids = candidates.filter { counts.counts[$0] > 0 && !(stop?[$0] ?? false) }
        let perMillion = counts.total > 0 ? 1e6 / Double(counts.total) : 0
        let values: [[Value]] = FrequencyRanking.ranked(ids, count: { counts.counts[$0] }, text: { vocabulary[UInt32($0)] },
                                                        limit: limit).map { entry in
            [.string(entry.text), .int(entry.count), .int(counts.documents[entry.item]), Value.number(Double(entry.count) * perMillion)]
        }
        var result = Table(columns: frequencyColumns(first: "word"), values: values)
        result.wordSource = (counts.archive, counts.rows)
        return result
    }

    /// The words a `where` keeps when it only names them: `word = "x"`, `"x" = word`,
    /// `word in ("x", "y")`; nil for any other condition.
    static func namedWords(in predicate: Expression) -> Set<String>? {
        switch predicate.kind {
        case .binary(.equal, let left, let right):
            switch (left.kind, right.kind) {
            case (.field("word"), .string(let word)), (.string(let word), .field("word")): return [word]
            default: return nil
            }
        case .membership(let value, let items, negated: false):
            guard case .field("word") = value.kind else { return nil }
            var words: Set<String> = []
            for item in items {
                guard case .string(let word) = item.kind else { return nil }
                words.insert(word)
            }
            return words
        default:
            return nil
        }
    }

    static func frequencyColumns(first: String) -> [Column] {
        [Column(name: first, type: .string), Column(name: "count", type: .number),
         Column(name: "docs", type: .number), Column(name: "per_million", type: .number)]
    }

    /// N-grams within sentences: none crosses a full stop, a question or exclamation mark,
    /// or a line break, unless `across`. Without `all`, an n-gram that starts or ends with a
    /// stop word is left out. With `limit` (from a `top N` that follows), only the first
    /// `limit` rows are made.
    static func ngrams(_ table: Table, size: Int, all: Bool, across: Bool, limit: Int? = nil, stopwords: Stopwords,
                       _ context: StageContext) throws(Diagnostic) -> Table {
        let (archive, rows, ranges) = try context.wordSpans(of: table)
        let stop = all ? nil : stopwords.mask(for: archive)
        let barriers = across ? nil : archive.tokens.sentenceStarts
        func counted(keep: [Bool]?) throws(Diagnostic) -> [NGramTable] {
            guard let tables = NGramCounter.count(size: size, ids: archive.tokens.ids, rows: rows, ranges: ranges,
                                                  barriers: barriers, stop: stop, keep: keep, isCancelled: context.isCancelled) else {
                throw Diagnostic(.interrupted, "interrupted", at: context.stage.range, stage: context.stage.name)
            }
            return tables
        }
        // The limit-th largest count, 0 when fewer were counted.
        func kth(_ tables: [NGramTable], _ limit: Int) -> Int {
            tables.reduce(0) { $0 + $1.occupied } < limit ? 0 : FrequencyRanking.kthLargest(tables.lazy.flatMap(\.counts), limit)
        }
        var tables: [NGramTable]
        // With a `top N` after, first only the n-grams of the most frequent words; again with
        // more words when those do not prove the top (NGramCandidates).
        // A pair starts and ends with its words, so without `all` no stop word is in one.
        let excluded = size == 2 ? stop : nil
        if let limit, limit > 0, limit <= NGramCandidates.firstGuess,
           case let wordCounts = try context.counts(of: table),
           let guess = NGramCandidates.guess(counts: wordCounts.counts, excluded: excluded) {
            tables = try counted(keep: guess.keep)
            let found = kth(tables, limit)
            if !guess.holdsTop(kth: found) {
                let wider = found > 1 ? NGramCandidates(counts: wordCounts.counts, threshold: found, excluded: excluded) : nil
                tables = try counted(keep: wider?.keep)
            }
        } else {
            tables = try counted(keep: nil)
        }
        // With a `top N` after, only the n-grams counted at least as often as the N-th are
        // copied out of the tables: millions of rows otherwise, held beside the tables.
        let distinct = tables.reduce(0) { $0 + $1.occupied }
        var threshold = Int.min
        if let limit, limit < distinct {
            threshold = limit > 0 ? kth(tables, limit) : .max
        }
        var counts: [Int] = [], documents: [Int] = [], words: [(UInt64, UInt64, UInt32)] = []
        let kept = threshold == Int.min ? distinct : 0
        counts.reserveCapacity(kept)
        documents.reserveCapacity(kept)
        words.reserveCapacity(kept)
        for table in tables {
            table.forEach { count, docs, packed in
                guard count >= threshold else { return }
                counts.append(count)
                documents.append(docs)
                words.append(packed)
            }
        }
        let total = ranges.reduce(0) { $0 + $1.count }
        let perMillion = total > 0 ? 1e6 / Double(total) : 0
        let vocabulary = archive.vocabulary
        let values: [[Value]] = FrequencyRanking.ranked(Array(counts.indices), count: { counts[$0] }, text: { index in
            NGramKey.ids(words[index], size: size).map { vocabulary[$0] }.joined(separator: " ")
        }, limit: limit).map {
            [.string($0.text), .int($0.count), .int(documents[$0.item]), Value.number(Double($0.count) * perMillion)]
        }
        var result = Table(columns: frequencyColumns(first: "ngram"), values: values)
        result.wordSource = (archive, rows)
        return result
    }
}

