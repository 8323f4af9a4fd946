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

    /// Counted on every core, each over a run of rows that ends where the row changes (so
    /// that an article counts once per word), then summed. With `only`, only those words
    /// are counted (the others count zero): a test per word instead of three lookups.
    init(archive: Archive, rows: [Int32], ranges: [Range<Int>]? = nil, only: [UInt32]? = nil,
         isCancelled: @escaping @Sendable () -> Bool) throws(CancelledError) {
        let ranges = ranges ?? rows.map { archive.tokens.range(ofArticle: Int($0)) }
        self.ranges = ranges
        self.archive = archive
        self.rows = rows
        let size = archive.vocabulary.count
        let chunks = RowRuns.split(rows, into: Parallel.coreCount)
        let parts = Parallel.map(chunks.count) { chunk in
            var counts = [Int32](repeating: 0, count: size)
            var documents = [Int32](repeating: 0, count: size)
            var lastRow = [Int32](repeating: -1, count: size)
            counts.withUnsafeMutableBufferPointer { counts in
                documents.withUnsafeMutableBufferPointer { documents in
                    lastRow.withUnsafeMutableBufferPointer { lastRow in
                        archive.tokens.ids.withUnsafeBufferPointer { ids in
                            for index in chunks[chunk] {
                                if index & 255 == 0, isCancelled() { return }
                                let row = rows[index]
                                for position in ranges[index] {
                                    let id = Int(ids[position])
                                    if let only, !only.contains(UInt32(id)) { continue }
                                    counts[id] &+= 1
                                    if lastRow[id] != row {
                                        lastRow[id] = row
                                        documents[id] &+= 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return (counts, documents)
        }
        if isCancelled() { throw CancelledError() }
        var counts = [Int](repeating: 0, count: size)
        var documents = [Int](repeating: 0, count: size)
        let counted = only.map { Set($0).map(Int.init) } ?? Array(0..<size)
        for part in parts {
            for id in counted {
                counts[id] += Int(part.0[id])
                documents[id] += Int(part.1[id])
            }
        }
        self.counts = counts
        self.documents = documents
        self.total = ranges.reduce(0) { $0 + $1.count }
    }
}

struct CancelledError: Error {}
