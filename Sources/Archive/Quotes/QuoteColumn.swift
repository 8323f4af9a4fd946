/// Every quote of the archive, grouped by article, with the words each holds.
public struct QuoteColumn: Sendable {
    public internal(set) var quotes: [Quote] = []
    /// Where each article's quotes begin in `quotes`; one more entry than articles.
    public internal(set) var articleStarts: [Int] = [0]
    /// The positions in the token column of each quote's words (inside its marks).
    public internal(set) var tokenRanges: [Range<Int>] = []

    public var count: Int { quotes.count }

    init() {}

    /// No quotes for any of `articles` articles.
    init(emptyFor articles: Int) {
        articleStarts = Array(repeating: 0, count: articles + 1)
    }

    public func range(ofArticle row: Int) -> Range<Int> { articleStarts[row]..<articleStarts[row + 1] }

    /// Quotes found in every text, on all cores, kept in article order.
    static func extract(_ texts: TextColumn, tokens: TokenColumn) -> QuoteColumn {
        let chunkCount = min(texts.count, Parallel.coreCount * 8)
        let bounds = (0...chunkCount).map { texts.count * $0 / max(chunkCount, 1) }
        // Each article's quotes, with the words each holds, found on the chunk's own core.
        let chunks = Parallel.map(chunkCount) { chunk -> [(quotes: [Quote], words: [Range<Int>])] in
            (bounds[chunk]..<bounds[chunk + 1]).map { row in
                let quotes = texts.withUTF8(row) { QuoteExtractor.quotes(in: $0, article: Int32(row)) }
                return (quotes, quotes.map { Self.words(of: $0, in: tokens) })
            }
        }
        var column = QuoteColumn()
        // Room for every quote at once: grown by appends, the arrays were copied again and
        // again: at twice AllSides' size 0.96 s, against 0.31 s with the room made first.
        let total = chunks.reduce(0) { $0 + $1.reduce(0) { $0 + $1.quotes.count } }
        column.quotes.reserveCapacity(total)
        column.tokenRanges.reserveCapacity(total)
        column.articleStarts.reserveCapacity(texts.count + 1)
        for perArticle in chunks {
            for article in perArticle {
                column.quotes.append(contentsOf: article.quotes)
                column.tokenRanges.append(contentsOf: article.words)
                column.articleStarts.append(column.quotes.count)
            }
        }
        return column
    }

    /// The article's words whose offsets fall between the quote's marks.
    static func words(of quote: Quote, in tokens: TokenColumn) -> Range<Int> {
        let range = tokens.range(ofArticle: Int(quote.article))
        func firstAtOrAfter(_ offset: Int) -> Int {
            var low = range.lowerBound, high = range.upperBound
            while low < high {
                let middle = (low + high) / 2
                if Int(tokens.offsets[middle]) < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return firstAtOrAfter(quote.start)..<firstAtOrAfter(quote.end)
    }
}
