/// Which articles hold each word: a posting list of article rows per word id, ascending.
/// `has` asks it first and reads an article's words only to confirm a phrase, so a search
/// touches the few articles with the word instead of every word of the archive.
public struct WordIndex: Sendable {
    /// Word id `w`'s articles are `rows[starts[w]..<starts[w + 1]]`.
    let starts: StoredArray<Int>
    let rows: StoredArray<Int32>

    /// Built on every core: each takes a run of articles and lists, word by word, which of
    /// its articles hold the word; the runs are then laid end to end per word.
    init(tokens: TokenColumn, vocabularySize: Int) {
        let articleCount = tokens.articleStarts.count - 1
        let step = max(1, (articleCount + Parallel.coreCount - 1) / Parallel.coreCount)
        let parts = stride(from: 0, to: articleCount, by: step).map { $0..<min(articleCount, $0 + step) }
        let lists = Parallel.map(parts.count) { part in
            Self.postings(tokens, rows: parts[part], vocabularySize: vocabularySize)
        }
        var starts = [Int](repeating: 0, count: vocabularySize + 1)
        var rows: [Int32] = []
        rows.reserveCapacity(lists.reduce(0) { $0 + $1.rows.count })
        for id in 0..<vocabularySize {
            starts[id] = rows.count
            for list in lists { rows.append(contentsOf: list.rows[list.starts[id]..<list.starts[id + 1]]) }
        }
        starts[vocabularySize] = rows.count
        self.starts = StoredArray(starts)
        self.rows = StoredArray(rows)
    }

    /// The postings of the articles `rows` alone: each word's first occurrence in each
    /// article counted, then placed. Through buffers: arrays captured by a closure, as
    /// these loops were written first, are checked for uniqueness at every word.
    private static func postings(_ tokens: TokenColumn, rows articles: Range<Int>,
                                 vocabularySize: Int) -> (starts: [Int], rows: [Int32]) {
        var starts = [Int](repeating: 0, count: vocabularySize + 1)
        var lastRow = [Int32](repeating: -1, count: vocabularySize)
        starts.withUnsafeMutableBufferPointer { starts in
            lastRow.withUnsafeMutableBufferPointer { lastRow in
                forEachFirstOccurrence(tokens, articles, lastRow) { id, _ in starts[id + 1] += 1 }
            }
        }
        for id in 0..<vocabularySize { starts[id + 1] += starts[id] }
        var next = starts
        var rows = [Int32](repeating: 0, count: starts[vocabularySize])
        lastRow = [Int32](repeating: -1, count: vocabularySize)
        next.withUnsafeMutableBufferPointer { next in
            rows.withUnsafeMutableBufferPointer { rows in
                lastRow.withUnsafeMutableBufferPointer { lastRow in
                    forEachFirstOccurrence(tokens, articles, lastRow) { id, row in
                        rows[next[id]] = row
                        next[id] += 1
                    }
                }
            }
        }
        return (starts, rows)
    }

    /// Each word's first occurrence in each of the articles, in order; `lastRow` holds -1
    /// for every word to begin with.
    private static func forEachFirstOccurrence(_ tokens: TokenColumn, _ articles: Range<Int>,
                                               _ lastRow: UnsafeMutableBufferPointer<Int32>, _ body: (Int, Int32) -> Void) {
        tokens.ids.withUnsafeBufferPointer { ids in
            for row in articles {
                for position in tokens.range(ofArticle: row) {
                    let id = Int(ids[position])
                    if lastRow[id] != Int32(row) {
                        lastRow[id] = Int32(row)
                        body(id, Int32(row))
                    }
                }
            }
        }
    }

    /// Postings read back from a snapshot.
    init(starts: StoredArray<Int>, rows: StoredArray<Int32>) {
        self.starts = starts
        self.rows = rows
    }

    /// The articles holding word `id`, ascending.
    public func articles(with id: UInt32) -> Slice<StoredArray<Int32>> {
        rows[starts[Int(id)]..<starts[Int(id) + 1]]
    }

    /// Whether article `row` holds word `id`.
    public func article(_ row: Int32, has id: UInt32) -> Bool {
        let postings = articles(with: id)
        var low = postings.startIndex, high = postings.endIndex
        while low < high {
            let middle = (low + high) / 2
            if postings[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low < postings.endIndex && postings[low] == row
    }
}
