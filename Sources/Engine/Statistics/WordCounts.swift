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
    /// are counted (the others count zero): a test per word instead of three lookups, or
    /// for a few words (`fewWords`) a count of each over every row's words, which the
    /// compiler makes a vector loop.
    init(archive: Archive, rows: [Int32], ranges: [Range<Int>]? = nil, only: [UInt32]? = nil,
         isCancelled: @escaping @Sendable () -> Bool) throws(CancelledError) {
        let ranges = ranges ?? rows.map { archive.tokens.range(ofArticle: Int($0)) }
        self.ranges = ranges
        self.archive = archive
        self.rows = rows
        self.total = ranges.reduce(0) { $0 + $1.count }
        let size = archive.vocabulary.count
        let chunks = RowRuns.split(rows, into: Parallel.coreCount)
        if let only, case let words = Array(Set(only)), words.count <= Self.fewWords {
            var counts = [Int](repeating: 0, count: size)
            var documents = [Int](repeating: 0, count: size)
            for part in try Self.count(words, archive: archive, rows: rows, ranges: ranges, chunks: chunks, isCancelled: isCancelled) {
                for (slot, id) in words.enumerated() {
                    counts[Int(id)] += part.counts[slot]
                    documents[Int(id)] += part.documents[slot]
                }
            }
            self.counts = counts
            self.documents = documents
            return
        }
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
    }

    /// Up to this many words named by the `where` after `words` are each counted over every
    /// row's words; more are counted in one pass, with a test per word.
    static let fewWords = 4

    /// Occurrences and articles of each of `words` (by its place in `words`), per run of
    /// rows, on every core: no table as large as the vocabulary is made and zeroed per run.
    private static func count(_ words: [UInt32], archive: Archive, rows: [Int32], ranges: [Range<Int>], chunks: [Range<Int>],
                              isCancelled: @escaping @Sendable () -> Bool) throws(CancelledError)
        -> [(counts: [Int], documents: [Int])] {
        let parts = Parallel.map(chunks.count) { chunk in
            var counts = [Int](repeating: 0, count: words.count)
            var documents = [Int](repeating: 0, count: words.count)
            var lastRow = [Int32](repeating: -1, count: words.count)
            archive.tokens.ids.withUnsafeBufferPointer { ids in
                for index in chunks[chunk] {
                    if index & 255 == 0, isCancelled() { return }
                    let row = rows[index]
                    let tokens = UnsafeBufferPointer(rebasing: ids[ranges[index]])
                    for (slot, word) in words.enumerated() {
                        let found = tokens.reduce(0) { $0 &+ ($1 == word ? 1 : 0) }
                        guard found > 0 else { continue }
                        counts[slot] += found
                        if lastRow[slot] != row {
                            lastRow[slot] = row
                            documents[slot] += 1
                        }
                    }
                }
            }
            return (counts, documents)
        }
        if isCancelled() { throw CancelledError() }
        return parts
    }
}

struct CancelledError: Error {}
