/// Which articles hold each word: a posting list of article rows per word id, ascending.
/// `has` asks it first and reads an article's words only to confirm a phrase, so a search
/// touches the few articles with the word instead of every word of the archive.
public struct WordIndex: Sendable {
    /// Word id `w`'s articles are `rows[starts[w]..<starts[w + 1]]`.
    let starts: StoredArray<Int>
    let rows: StoredArray<Int32>

    /// Built on every core, in two passes over runs of articles: the first counts, for each
    /// run, the articles that hold each word; from those counts every run knows where its
    /// articles go in each word's list, and the second pass writes them there. So the lists
    /// are written once, in place, with no per-run copies to lay end to end.
    /// `parts` sets the number of runs (tests); the index is the same whatever it is.
    init(tokens: TokenColumn, vocabularySize: Int, parts wanted: Int? = nil) {
        let articleCount = tokens.articleStarts.count - 1
        let partCount = max(1, min(articleCount, wanted ?? Parallel.coreCount))
        let parts = (0..<partCount).map { articleCount * $0 / partCount..<articleCount * ($0 + 1) / partCount }
        // Each run's count of articles per word, then, in place, where its first one goes.
        var places = Parallel.map(partCount) { part in
            var counts = [Int](repeating: 0, count: vocabularySize)
            counts.withUnsafeMutableBufferPointer { counts in
                Self.forEachFirstOccurrence(tokens, parts[part], vocabularySize: vocabularySize) { id, _ in counts[id] += 1 }
            }
            return counts
        }
        var starts = [Int](repeating: 0, count: vocabularySize + 1)
        var total = 0
        for id in 0..<vocabularySize {
            starts[id] = total
            for part in 0..<partCount {
                let count = places[part][id]
                places[part][id] = total
                total += count
            }
        }
        starts[vocabularySize] = total
        let rows = [Int32](unsafeUninitializedCapacity: total) { rows, count in
            let base = UInt(bitPattern: rows.baseAddress)
            _ = Parallel.map(partCount) { [places] part in
                guard let rows = UnsafeMutablePointer<Int32>(bitPattern: base) else { return }
                var next = places[part]
                next.withUnsafeMutableBufferPointer { next in
                    Self.forEachFirstOccurrence(tokens, parts[part], vocabularySize: vocabularySize) { id, row in
                        rows[next[id]] = row
                        next[id] += 1
                    }
                }
            }
            count = total
        }
        self.starts = StoredArray(starts)
        self.rows = StoredArray(rows)
    }

    /// Each word's first occurrence in each of the articles, in order.
    private static func forEachFirstOccurrence(_ tokens: TokenColumn, _ articles: Range<Int>, vocabularySize: Int,
                                               _ body: (Int, Int32) -> Void) {
        // The last article each word was seen in; through a buffer, as an array captured
        // by the caller's closure would be checked for uniqueness at every word.
        let lastRow = UnsafeMutableBufferPointer<Int32>.allocate(capacity: vocabularySize)
        defer { lastRow.deallocate() }
        lastRow.initialize(repeating: -1)
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
