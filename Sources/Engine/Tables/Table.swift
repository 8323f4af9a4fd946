import Archive

public struct Column: Sendable, Equatable {
    public enum Role: Sendable, Equatable {
        case plain
        /// Text before a match: right-aligned, cut at its start (a concordance's left side).
        case before
        /// A match, highlighted on a terminal.
        case match
    }

    public var name: String
    public var type: ValueType
    public var role: Role = .plain

    public init(name: String, type: ValueType, role: Role = .plain) {
        self.name = name
        self.type = type
        self.role = role
    }
}

/// A result: named, typed columns over rows. Rows of the archive's articles or quotes stay
/// row numbers into it until a stage needs other columns; then the table holds values, and
/// remembers which article (if any) each row came from, for stages such as `quotes`.
public struct Table: Sendable {
    public enum Rows: Sendable {
        /// The `articles` table, or a subset of it in some order.
        case articles(Archive, [Int32])
        /// The `quotes` table, or a subset of it in some order: positions in the archive's
        /// quote column (taken once, as a snapshot's quotes are read behind a lock).
        case quotes(Archive, QuoteColumn, [Int32])
        /// Values, with the article each row came from when that is still known.
        case values([[Value]], articles: (Archive, [Int32])?)
    }

    public private(set) var columns: [Column]
    public private(set) var rows: Rows
    /// For word statistics: the archive and articles whose words the rows count, so that a
    /// row can be opened as its concordance (`.kwic N`).
    public var wordSource: (Archive, [Int32])?
    /// The column `top N` ranks by when given no `by` (a measure's score); else `count`.
    public var ranking: String?
    /// The columns table mode shows, when not all (a concordance's, say); the rest are named.
    public var summaryColumns: [String]?
    /// For quotes: each row's words, as positions in the archive's token column.
    public var tokenRanges: [Range<Int>]? {
        if case .quotes(_, let quotes, let rows) = rows { return rows.map { quotes.tokenRanges[Int($0)] } }
        return quoteWords
    }
    /// `tokenRanges` once quotes' rows have become values.
    private var quoteWords: [Range<Int>]?

    public init(columns: [Column], values: [[Value]], articles: (Archive, [Int32])? = nil) {
        self.columns = columns
        self.rows = .values(values, articles: articles)
    }

    public static func articles(_ archive: Archive, rows: [Int32]? = nil) -> Table {
        Table(columns: ArticleSchema.columns(of: archive), rows: .articles(archive, rows ?? (0..<Int32(archive.count)).map { $0 }))
    }

    /// The quotes at these positions of `quotes`, the archive's quote column.
    static func quotes(_ archive: Archive, _ quotes: QuoteColumn, rows: [Int32]) -> Table {
        Table(columns: QuoteSchema.columns, rows: .quotes(archive, quotes, rows))
    }

    private init(columns: [Column], rows: Rows) {
        self.columns = columns
        self.rows = rows
    }

    public var count: Int {
        switch rows {
        case .articles(_, let rows), .quotes(_, _, let rows): return rows.count
        case .values(let values, _): return values.count
        }
    }

    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex { $0.name == name } ?? columns.firstIndex { $0.name.lowercased() == name.lowercased() }
    }

    public func value(row: Int, column: Int) -> Value {
        switch rows {
        case .articles(let archive, let rows): return ArticleSchema.value(archive, row: Int(rows[row]), column: column)
        case .quotes(let archive, let quotes, let rows): return QuoteSchema.value(archive, quotes, row: Int(rows[row]), column: column)
        case .values(let values, _): return values[row][column]
        }
    }

    /// What `value(row:column:)` gives for one column, with the rows' storage taken apart
    /// once: taken apart for every value, it retained and released the archive and the quote
    /// column's arrays each time, two fifths of `quotes | count by kind`.
    public func reader(column: Int) -> (Int) -> Value {
        switch rows {
        case .articles(let archive, let rows):
            return { ArticleSchema.value(archive, row: Int(rows[$0]), column: column) }
        case .quotes(let archive, let quotes, let rows):
            return { QuoteSchema.value(archive, quotes, row: Int(rows[$0]), column: column) }
        case .values(let values, _):
            return { values[$0][column] }
        }
    }

    public func row(_ row: Int) -> [Value] {
        (0..<columns.count).map { value(row: row, column: $0) }
    }

    /// The archive and article row of each row, where known.
    public var articleRows: (Archive, [Int32])? {
        switch rows {
        case .articles(let archive, let rows): return (archive, rows)
        case .quotes(let archive, let quotes, let rows): return (archive, rows.map { quotes.quotes[Int($0)].article })
        case .values(_, let articles): return articles
        }
    }

    /// The rows at `positions`, in that order: what `where`, `sort`, `take` and the like keep.
    public func selecting(_ positions: [Int]) -> Table {
        var result: Table
        switch rows {
        case .articles(let archive, let rows):
            result = Table(columns: columns, rows: .articles(archive, positions.map { rows[$0] }))
        case .quotes(let archive, let quotes, let rows):
            result = Table(columns: columns, rows: .quotes(archive, quotes, positions.map { rows[$0] }))
        case .values(let values, let articles):
            let kept = articles.map { ($0.0, positions.map { [rows = $0.1] in rows[$0] }) }
            result = Table(columns: columns, rows: .values(positions.map { values[$0] }, articles: kept))
        }
        result.wordSource = wordSource
        result.ranking = ranking
        result.summaryColumns = summaryColumns
        result.quoteWords = quoteWords.map { ranges in positions.map { ranges[$0] } }
        return result
    }

    /// These columns only, by name, in this order (names the table lacks are skipped).
    func projected(_ names: [String]) -> Table {
        let indices = names.compactMap { columnIndex($0) }
        let values = (0..<count).map { row in indices.map { value(row: row, column: $0) } }
        return replacingColumns(indices.map { columns[$0] }, values: values)
    }

    /// The same rows with other columns (`select`, `extend`): the link to articles stays.
    public func replacingColumns(_ columns: [Column], values: [[Value]]) -> Table {
        var result = Table(columns: columns, rows: .values(values, articles: articleRows))
        result.wordSource = wordSource
        result.quoteWords = tokenRanges
        return result
    }
}
