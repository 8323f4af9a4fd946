import Archive

/// The words of a set of articles, counted once for the statistics stages.
struct WordCounts {
    let archive: Archive
    let rows: [Int32]
    /// Occurrences of each word id in these articles.
    let counts: [Int]
    /// Articles holding each word id.
    let documents: [Int]
    /// Words in these articles.
    let total: Int
    /// The words read for each row: the article's, or a quote's.
    let ranges: [Range<Int>]

    init(archive: Archive, rows: [Int32], ranges: [Range<Int>]? = nil, isCancelled: () -> Bool) throws(CancelledError) {
        let ranges = ranges ?? rows.map { archive.tokens.range(ofArticle: Int($0)) }
        self.ranges = ranges
        self.archive = archive
        self.rows = rows
        var counts = [Int](repeating: 0, count: archive.vocabulary.count)
        var documents = [Int](repeating: 0, count: archive.vocabulary.count)
        var lastRow = [Int32](repeating: -1, count: archive.vocabulary.count)
        var total = 0
        archive.tokens.ids.withUnsafeBufferPointer { ids in
            for (index, row) in rows.enumerated() {
                if index & 255 == 0, isCancelled() { return }
                let range = ranges[index]
                total += range.count
                for position in range {
                    let id = Int(ids[position])
                    counts[id] += 1
                    if lastRow[id] != row {
                        lastRow[id] = row
                        documents[id] += 1
                    }
                }
            }
        }
        if isCancelled() { throw CancelledError() }
        self.counts = counts
        self.documents = documents
        self.total = total
    }
}

struct CancelledError: Error {}
