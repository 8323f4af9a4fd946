import Archive
import Language

/// `kwic TERM [width N]`: each occurrence with N words of context on either side, and the
/// words right next to it (`left1`, `right1`) to sort by, as CQP sorts on match[-1].
enum Concordance {
    static let columns = [
        Column(name: "id", type: .string), Column(name: "title", type: .string), Column(name: "date", type: .date),
        Column(name: "left", type: .string, role: .before), Column(name: "match", type: .string, role: .match),
        Column(name: "right", type: .string), Column(name: "left1", type: .string), Column(name: "right1", type: .string),
    ]

    /// The lines of all the rows, made on every core in runs of rows, kept in row order.
    static func lines(_ table: Table, term: SearchTerm, width: Int, _ context: StageContext) throws(Diagnostic) -> Table {
        let (archive, rows, ranges) = try context.wordSpans(of: table)
        let matcher = try TermMatcher(term, archive: archive, at: context.stage.range, isCancelled: context.isCancelled)
        let runs = RowRuns.split(rows, into: Parallel.coreCount * 4)
        let isCancelled = context.isCancelled
        let parts = Parallel.map(runs.count) { run in
            lines(archive, rows: rows, ranges: ranges, indices: runs[run], matcher: matcher, width: width, isCancelled: isCancelled)
        }
        try context.checkCancelled()
        var result = Table(columns: columns, values: parts.flatMap(\.values), articles: (archive, parts.flatMap(\.rows)))
        result.summaryColumns = ["id", "date", "left", "match", "right"]
        return result
    }

    /// How many lines `lines` would make, without making them: what `kwic ... | count` asks.
    static func lineCount(_ table: Table, term: SearchTerm, _ context: StageContext) throws(Diagnostic) -> Int {
        let (archive, rows, ranges) = try context.wordSpans(of: table)
        let matcher = try TermMatcher(term, archive: archive, at: context.stage.range, isCancelled: context.isCancelled)
        let runs = RowRuns.split(rows, into: Parallel.coreCount)
        let isCancelled = context.isCancelled
        let counts = Parallel.map(runs.count) { run in
            archive.tokens.ids.withUnsafeBufferPointer { ids in
                var found = 0
                for index in runs[run] {
                    if index & 255 == 0, isCancelled() { break }
                    found += matcher.count(in: ranges[index], ids: ids)
                }
                return found
            }
        }
        try context.checkCancelled()
        return counts.reduce(0, +)
    }

    private static func lines(_ archive: Archive, rows: [Int32], ranges: [Range<Int>], indices: Range<Int>, matcher: TermMatcher,
                              width: Int, isCancelled: () -> Bool) -> (values: [[Value]], rows: [Int32]) {
        var values: [[Value]] = []
        var articleRows: [Int32] = []
        let tokens = archive.tokens
        for index in indices {
            if index & 255 == 0, isCancelled() { break }
            let row = rows[index]
            let range = ranges[index]
            var positions: [Int] = []
            tokens.ids.withUnsafeBufferPointer { ids in matcher.matches(in: range, ids: ids) { positions.append($0) } }
            guard !positions.isEmpty else { continue }
            let article = archive.article(Int(row))
            // Once per article, not per line: an article often holds the term many times.
            let id = Value.string(article.id), title = article.title.map(Value.string) ?? .null
            let date = article.date.map(Value.date) ?? .null
            archive.texts.withUTF8(Int(row)) { text in
                for position in positions {
                    let last = position + matcher.length - 1
                    let matchStart = Int(tokens.offsets[position])
                    let matchEnd = Tokenizer.wordEnd(in: text, from: Int(tokens.offsets[last]))
                    let leftStart = Int(tokens.offsets[max(range.lowerBound, position - width)])
                    let rightLast = min(range.upperBound - 1, last + width)
                    let rightEnd = rightLast > last ? Tokenizer.wordEnd(in: text, from: Int(tokens.offsets[rightLast])) : matchEnd
                    values.append([
                        id, title, date,
                        .string(oneLine(text, leftStart..<matchStart)), .string(oneLine(text, matchStart..<matchEnd)),
                        .string(oneLine(text, matchEnd..<rightEnd)),
                        position > range.lowerBound ? .string(archive.vocabulary[tokens.ids[position - 1]]) : .null,
                        last + 1 < range.upperBound ? .string(archive.vocabulary[tokens.ids[last + 1]]) : .null,
                    ])
                    articleRows.append(row)
                }
            }
        }
        return (values, articleRows)
    }

    /// Text with its line breaks and runs of white space as single spaces, trimmed.
    static func oneLine(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        guard range.lowerBound < range.upperBound else { return "" }
        return ByteScan.singleLine(UnsafeBufferPointer(rebasing: text[range]))
    }
}
