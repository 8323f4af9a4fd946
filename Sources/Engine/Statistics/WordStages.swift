import Archive
import Language

/// `words` and `ngrams N`: frequencies, the articles holding each, and per million words.
enum WordStages {
    static func words(_ table: Table, all: Bool, stopwords: Stopwords, _ context: StageContext) throws(Diagnostic) -> Table {
        let counts = try context.counts(of: table)
        let stop = all ? nil : stopwords.mask(for: counts.archive)
        var rows: [(id: Int, count: Int)] = []
        for id in counts.counts.indices where counts.counts[id] > 0 && !(stop?[id] ?? false) {
            rows.append((id, counts.counts[id]))
        }
        let vocabulary = counts.archive.vocabulary
        let words = rows.map { vocabulary[UInt32($0.id)] }
        let order = rows.indices.sorted { a, b in
            rows[a].count != rows[b].count ? rows[a].count > rows[b].count : words[a] < words[b]
        }
        let perMillion = counts.total > 0 ? 1e6 / Double(counts.total) : 0
        let values: [[Value]] = order.map { index in
            let id = rows[index].id
            return [.string(words[index]), .int(rows[index].count), .int(counts.documents[id]),
                    Value.number(Double(rows[index].count) * perMillion)]
        }
        var result = Table(columns: frequencyColumns(first: "word"), values: values)
        result.wordSource = (counts.archive, counts.rows)
        return result
    }

    static func frequencyColumns(first: String) -> [Column] {
        [Column(name: first, type: .string), Column(name: "count", type: .number),
         Column(name: "docs", type: .number), Column(name: "per_million", type: .number)]
    }

    /// N-grams within sentences: none crosses a full stop, a question or exclamation mark,
    /// or a line break. Without `all`, an n-gram that starts or ends with a stop word is left out.
    static func ngrams(_ table: Table, size: Int, all: Bool, stopwords: Stopwords,
                       _ context: StageContext) throws(Diagnostic) -> Table {
        let (archive, rows, ranges) = try context.wordSpans(of: table)
        let stop = all ? nil : stopwords.mask(for: archive)
        var counts: [NGram: (count: Int, documents: Int, lastRow: Int32)] = [:]
        var total = 0
        let tokens = archive.tokens
        for (index, row) in rows.enumerated() {
            if index & 255 == 0 { try context.checkCancelled() }
            let range = ranges[index]
            total += range.count
            guard range.count >= size else { continue }
            var start = range.lowerBound
            while start + size <= range.upperBound {
                // A sentence starting inside the window: move past it.
                if let restart = (start + 1..<(start + size)).last(where: { tokens.sentenceStarts.contains($0) }) {
                    start = restart
                    continue
                }
                let first = Int(tokens.ids[start]), last = Int(tokens.ids[start + size - 1])
                if let stop, stop[first] || stop[last] {
                    start += 1
                    continue
                }
                let key = NGram(tokens.ids[start..<(start + size)])
                if let entry = counts[key] {
                    counts[key] = (entry.count + 1, entry.documents + (entry.lastRow == row ? 0 : 1), row)
                } else {
                    counts[key] = (1, 1, row)
                }
                start += 1
            }
        }
        try context.checkCancelled()
        let perMillion = total > 0 ? 1e6 / Double(total) : 0
        let entries = counts.map { (text: $0.key.text(archive.vocabulary), count: $0.value.count, documents: $0.value.documents) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
        let values: [[Value]] = entries.map {
            [.string($0.text), .int($0.count), .int($0.documents), Value.number(Double($0.count) * perMillion)]
        }
        var result = Table(columns: frequencyColumns(first: "ngram"), values: values)
        result.wordSource = (archive, rows)
        return result
    }
}

/// Up to five word ids, as a dictionary key.
struct NGram: Hashable {
    private var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0
    private let size: Int

    init(_ ids: ArraySlice<UInt32>) {
        size = ids.count
        let values = ids.map { UInt64($0) }
        a = values[0] | (values.count > 1 ? values[1] << 32 : 0)
        if values.count > 2 { b = values[2] | (values.count > 3 ? values[3] << 32 : 0) }
        if values.count > 4 { c = values[4] }
    }

    var ids: [UInt32] {
        let all = [UInt32(truncatingIfNeeded: a), UInt32(truncatingIfNeeded: a >> 32),
                   UInt32(truncatingIfNeeded: b), UInt32(truncatingIfNeeded: b >> 32), UInt32(truncatingIfNeeded: c)]
        return Array(all.prefix(size))
    }

    func text(_ vocabulary: Vocabulary) -> String {
        ids.map { vocabulary[$0] }.joined(separator: " ")
    }
}
