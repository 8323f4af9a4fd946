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
        // Each chunk's quotes, with the words each holds and each article's count, found on
        // the chunk's own core, in arrays of the chunk's, not one per article.
        let chunks = Parallel.map(chunkCount) { chunk -> Chunk in
            var found = Chunk()
            for row in bounds[chunk]..<bounds[chunk + 1] {
                let first = found.quotes.count
                texts.withUTF8(row) { QuoteExtractor.append(in: $0, article: Int32(row), to: &found.quotes) }
                for index in first..<found.quotes.count { found.words.append(Self.words(of: found.quotes[index], in: tokens)) }
                found.counts.append(found.quotes.count - first)
            }
            return found
        }
        // The chunks laid end to end, each copied on a core of its own: on one core, as the
        // quotes of every article were appended one article at a time, this took 0.09 s of
        // AllSides' 1.26 s.
        var firsts = [0]
        for chunk in chunks { firsts.append(firsts[firsts.count - 1] + chunk.quotes.count) }
        let total = firsts[chunkCount]
        var column = QuoteColumn()
        column.quotes = [Quote](unsafeUninitializedCapacity: total) { buffer, count in
            let base = UInt(bitPattern: buffer.baseAddress)
            _ = Parallel.map(chunkCount) { [firsts] chunk in
                guard let out = UnsafeMutablePointer<Quote>(bitPattern: base) else { return }
                chunks[chunk].quotes.withUnsafeBufferPointer { quotes in
                    if let start = quotes.baseAddress { (out + firsts[chunk]).initialize(from: start, count: quotes.count) }
                }
            }
            count = total
        }
        column.tokenRanges.reserveCapacity(total)
        column.articleStarts.reserveCapacity(texts.count + 1)
        for chunk in chunks {
            column.tokenRanges.append(contentsOf: chunk.words)
            for count in chunk.counts { column.articleStarts.append(column.articleStarts[column.articleStarts.count - 1] + count) }
        }
        return column
    }

    /// One chunk's quotes, the words of each, and the number of each article's quotes.
    private struct Chunk: Sendable {
        var quotes: [Quote] = []
        var words: [Range<Int>] = []
        var counts: [Int] = []
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
