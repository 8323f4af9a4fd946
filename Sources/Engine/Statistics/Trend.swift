import Archive
import Language

/// `trend TERM by day|week|month|year`: the term's occurrences per period, with the words
/// of that period and the frequency per million. Articles without a date are left out.
enum Trend {
    static func periods(_ table: Table, term: SearchTerm, period: String, _ context: StageContext) throws(Diagnostic) -> Table {
        let (archive, rows, ranges) = try context.wordSpans(of: table)
        let matcher = try TermMatcher(term, archive: archive, at: context.stage.range, isCancelled: context.isCancelled)
        var totals: [String: (count: Int, words: Int)] = [:]
        let tokens = archive.tokens
        for (index, row) in rows.enumerated() {
            if index & 255 == 0 { try context.checkCancelled() }
            guard let date = archive.dates[Int(row)] else { continue }
            let key = label(date, period)
            let range = ranges[index]
            let found = tokens.ids.withUnsafeBufferPointer { matcher.count(in: range, ids: $0) }
            let sum = totals[key] ?? (0, 0)
            totals[key] = (sum.count + found, sum.words + range.count)
        }
        let values: [[Value]] = totals.sorted { $0.key < $1.key }.map { key, sum in
            [.string(key), .int(sum.count), .int(sum.words), Value.number(sum.words > 0 ? Double(sum.count) * 1e6 / Double(sum.words) : 0)]
        }
        let columns = [Column(name: period, type: .string), Column(name: "count", type: .number),
                       Column(name: "words", type: .number), Column(name: "per_million", type: .number)]
        return Table(columns: columns, values: values)
    }

    static func label(_ date: NewsDate, _ period: String) -> String {
        switch period {
        case "year": return Functions.pad(date.year, 4)
        case "month": let (y, m, _) = date.civil; return Functions.yearAnd(y, "-", m)
        case "week": let (y, w) = Functions.isoWeek(date); return Functions.yearAnd(y, "-W", w)
        default: return date.day.description
        }
    }
}
