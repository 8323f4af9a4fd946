import Archive
import Language

extension StageContext {
    /// The articles whose words a statistics stage reads.
    func articles(of table: Table) throws(Diagnostic) -> (Archive, [Int32]) {
        guard let articles = table.articleRows else {
            throw Diagnostic(.type, "'\(stage.name)' needs rows that come from articles (start from articles, or a let table of them)",
                             at: stage.range)
        }
        return articles
    }

    /// The words a statistics stage reads: each article's, or each quote's own words.
    func wordSpans(of table: Table) throws(Diagnostic) -> (Archive, [Int32], [Range<Int>]) {
        let (archive, rows) = try articles(of: table)
        let ranges = table.tokenRanges ?? rows.map { archive.tokens.range(ofArticle: Int($0)) }
        return (archive, rows, ranges)
    }

    /// The words of the table's articles counted; with `only` (a few word ids), only those.
    func counts(of table: Table, only: [UInt32]? = nil) throws(Diagnostic) -> WordCounts {
        let (archive, rows, ranges) = try wordSpans(of: table)
        do {
            return try WordCounts(archive: archive, rows: rows, ranges: ranges, only: only, isCancelled: isCancelled)
        } catch {
            throw Diagnostic(.interrupted, "interrupted", at: stage.range, stage: stage.name)
        }
    }

    func checkCancelled() throws(Diagnostic) {
        if isCancelled() { throw Diagnostic(.interrupted, "interrupted", at: stage.range, stage: stage.name) }
    }

    /// A number from the stage's own arguments (`ngrams 3`, `width 6`), within a range.
    func number(_ expression: Expression?, in table: Table, default value: Int, range: ClosedRange<Int>,
                what: String) throws(Diagnostic) -> Int {
        guard let expression else { return value }
        let n = try count(expression, in: table, what: what)
        guard range.contains(n) else {
            throw Diagnostic(.type, "\(what) must be from \(range.lowerBound) to \(range.upperBound), not \(n)", at: expression.range)
        }
        return n
    }
}
