import Foundation

/// An archive's quotes: built by a load, or read from a snapshot the first time a statement
/// asks for them. Most one-shot statements never do, and reading 450,000 quotes with their
/// strings is the largest part of opening a snapshot (docs/performance.md).
final class QuoteStore: @unchecked Sendable {
    private let lock = NSLock()
    private var column: QuoteColumn?
    /// The snapshot's quote section, until it is read.
    private var pending: SnapshotReader?
    private let articles: Int
    private let tokens: Int

    init(_ column: QuoteColumn) {
        self.column = column
        articles = column.articleStarts.count - 1
        tokens = 0
    }

    /// Quotes to read from `section` of a snapshot of `articles` articles and `tokens` words.
    init(reading section: SnapshotReader, articles: Int, tokens: Int) {
        pending = section
        self.articles = articles
        self.tokens = tokens
        // Bytes that are not a mapped file's may be gone later: read them now.
        if !section.isMapped {
            column = decodePending()
            pending = nil
        }
    }

    var quotes: QuoteColumn {
        lock.lock()
        defer { lock.unlock() }
        if let column { return column }
        let read = decodePending()
        column = read
        pending = nil
        return read
    }

    /// The pending section's quotes. The checksum has passed, so a section that does not read
    /// back was written wrong: the session goes on without quotes, and says so.
    private func decodePending() -> QuoteColumn {
        do {
            guard var reader = pending else { throw SnapshotError.truncated }
            let column = try QuoteColumn(from: &reader)
            guard reader.isAtEnd, column.articleStarts.count == articles + 1, column.articleStarts.last == column.count,
                  column.tokenRanges.count == column.count, column.tokenRanges.allSatisfy({ $0.upperBound <= tokens }) else {
                throw SnapshotError.corrupt("the quotes do not agree with the articles")
            }
            return column
        } catch {
            FileHandle.standardError.write(Data("morgue: the snapshot's quotes cannot be read; the session goes on without them (delete the snapshot to rebuild it)\n".utf8))
            return QuoteColumn(emptyFor: articles)
        }
    }
}
