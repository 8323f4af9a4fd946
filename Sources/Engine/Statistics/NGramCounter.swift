import Archive

/// Counts the n-grams of a set of articles on every core. The hash range is split into
/// parts, and each core owns a run of parts: it reads every article, in order, but keeps only
/// the n-grams whose hash falls in its parts, so no two cores count the same n-gram and
/// nothing is merged afterwards (one table per core, merged at the end, held every n-gram
/// twice for a moment and took a tenth of the time). Within a core, a batch of n-grams is
/// sorted by part and each part added to a small table of its own. What remains is mostly
/// cache misses: the tables together are far larger than the cache, whatever their number.
struct NGramCounter {
    static let partBits = 8
    static var partCount: Int { 1 << partBits }
    private static let batchSize = 1 << 16

    let size: Int
    /// The parts of the hash range this counter keeps.
    let owned: Range<Int>
    /// Counted so far, one table per owned part.
    private(set) var parts: [NGramTable]
    /// N-grams waiting to be added: the first `batchCount` entries. Written through a
    /// pointer, since every position of every article passes here.
    private var batch: [(key: NGramKey, row: Int32)]
    private var batchCount = 0

    init(size: Int, owned: Range<Int>) {
        self.size = size
        self.owned = owned
        parts = owned.map { _ in NGramTable(size: size) }
        batch = Array(repeating: (NGramKey(a: 0, b: 0, c: 0), -1), count: Self.batchSize)
    }

    private static func part(_ key: NGramKey) -> Int { (key.hash >> (64 - partBits)) & (partCount - 1) }

    /// Counts the n-grams of `ids[range]` for article `row` (articles in order) whose part
    /// this counter owns. An n-gram crosses no position in `barriers` (sentence starts) unless
    /// it is nil; with `stop`, one that starts or ends with a stop word is left out; with
    /// `keep`, only n-grams made of words it keeps are counted.
    mutating func count(_ ids: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, row: Int32, barriers: BitSet?, stop: [Bool]?,
                        keep: [Bool]?) {
        guard range.count >= size, let base = ids.baseAddress else { return }
        let size = size, first = owned.lowerBound, ownedCount = UInt(owned.count)
        var start = range.lowerBound
        while start + size <= range.upperBound {
            // Fill the batch as far as it goes, then add it to the tables.
            let filled = batch.withUnsafeMutableBufferPointer { batch in
                var filled = batchCount
                while start + size <= range.upperBound, filled < batch.count {
                    if let keep, let left = (start..<(start + size)).last(where: { !keep[Int(base[$0])] }) {
                        start = left + 1    // no window holding a word left out counts
                        continue
                    }
                    if let barriers, let restart = (start + 1..<(start + size)).last(where: { barriers.contains($0) }) {
                        start = restart     // a sentence starts inside the window: move past it
                        continue
                    }
                    if let stop, stop[Int(base[start])] || stop[Int(base[start + size - 1])] {
                        start += 1
                        continue
                    }
                    let key = NGramKey(base + start, size: size)
                    if UInt(bitPattern: Self.part(key) - first) < ownedCount {
                        batch[filled] = (key, row)
                        filled += 1
                    }
                    start += 1
                }
                return filled
            }
            batchCount = filled
            if batchCount == Self.batchSize { flush() }
        }
    }

    /// Sorts the batch by part (stably, so rows stay in order) and adds each part to its table.
    mutating func flush() {
        guard batchCount > 0 else { return }
        let first = owned.lowerBound
        var starts = [Int](repeating: 0, count: owned.count + 1)
        let sorted = batch.withUnsafeBufferPointer { all in
            let batch = UnsafeBufferPointer(rebasing: all[0..<batchCount])
            for entry in batch { starts[Self.part(entry.key) - first + 1] += 1 }
            for part in 0..<owned.count { starts[part + 1] += starts[part] }
            var next = starts
            return [(key: NGramKey, row: Int32)](unsafeUninitializedCapacity: batch.count) { buffer, count in
                for entry in batch {
                    let part = Self.part(entry.key) - first
                    (buffer.baseAddress! + next[part]).initialize(to: entry)
                    next[part] += 1
                }
                count = batch.count
            }
        }
        sorted.withUnsafeBufferPointer { sorted in
            for part in 0..<owned.count where starts[part] < starts[part + 1] {
                parts[part].add(UnsafeBufferPointer(rebasing: sorted[starts[part]..<starts[part + 1]]))
            }
        }
        batchCount = 0
    }

    /// The n-grams of the articles `rows` (with their word ranges), one table per part of the
    /// hash range; nil when cancelled. Each core counts the parts it owns, over every article;
    /// with `keep`, which leaves few n-grams, each core counts a run of the articles instead,
    /// and the small tables are merged.
    static func count(size: Int, ids: StoredArray<UInt32>, rows: [Int32], ranges: [Range<Int>], barriers: BitSet?, stop: [Bool]?,
                      keep: [Bool]? = nil, isCancelled: @escaping @Sendable () -> Bool) -> [NGramTable]? {
        let cores = min(Parallel.coreCount, partCount)
        let runs = keep == nil ? Array(repeating: rows.indices, count: cores) : RowRuns.split(rows, into: cores)
        let counted = Parallel.map(runs.count) { core in
            let owned = keep == nil ? (partCount * core / cores)..<(partCount * (core + 1) / cores) : 0..<partCount
            var counter = NGramCounter(size: size, owned: owned)
            ids.withUnsafeBufferPointer { ids in
                for index in runs[core] {
                    if index & 255 == 0, isCancelled() { return }
                    counter.count(ids, ranges[index], row: rows[index], barriers: barriers, stop: stop, keep: keep)
                }
            }
            counter.flush()
            return counter.parts
        }
        if isCancelled() { return nil }
        guard keep != nil, var merged = counted.first else { return counted.flatMap { $0 } }
        for parts in counted.dropFirst() {
            for part in parts.indices { merged[part].merge(parts[part]) }
        }
        return merged
    }
}
