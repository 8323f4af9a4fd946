import Archive

/// N-gram counts in an open-addressing table keyed by the word ids themselves. A Swift
/// Dictionary of n-gram structs hashed every key with SipHash and took most of `ngrams`'
/// time on a large archive; here a key is its ids, a slot three counters.
struct NGramTable {
    let size: Int
    /// `size` ids per slot.
    private var keys: [UInt32]
    /// Occurrences per slot; 0 marks an empty slot.
    private var counts: [UInt32]
    private var documents: [UInt32]
    /// The row that last added to a slot, to count each article once.
    private var lastRows: [Int32]
    private var bits: Int
    private(set) var occupied = 0

    init(size: Int, bits: Int = 16) {
        self.size = size
        self.bits = bits
        keys = [UInt32](repeating: 0, count: (1 << bits) * size)
        counts = [UInt32](repeating: 0, count: 1 << bits)
        documents = [UInt32](repeating: 0, count: 1 << bits)
        lastRows = [Int32](repeating: -1, count: 1 << bits)
    }

    private var capacity: Int { 1 << bits }

    private static func hash(_ ids: UnsafePointer<UInt32>, _ size: Int) -> UInt64 {
        var h: UInt64 = 0
        for k in 0..<size { h = (h ^ UInt64(ids[k])) &* 0x9E37_79B9_7F4A_7C15 }
        return h ^ (h >> 29)
    }

    /// Counts the n-grams of `ids[range]` for article `row`. An n-gram crosses no position
    /// in `barriers` (sentence starts) unless it is nil; with `stop`, one that starts or ends
    /// with a stop word is left out.
    mutating func count(_ ids: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, row: Int32,
                        barriers: BitSet?, stop: [Bool]?) {
        guard range.count >= size, let base = ids.baseAddress else { return }
        var start = range.lowerBound
        while start + size <= range.upperBound {
            if let barriers, let restart = (start + 1..<(start + size)).last(where: { barriers.contains($0) }) {
                start = restart     // a sentence starts inside the window: move past it
                continue
            }
            if let stop, stop[Int(ids[start])] || stop[Int(ids[start + size - 1])] {
                start += 1
                continue
            }
            add(base + start, count: 1, documents: 1, row: row)
            start += 1
        }
    }

    /// Adds one n-gram at `key` for article `row`, or (with row -1) a merged table's counts.
    private mutating func add(_ key: UnsafePointer<UInt32>, count: UInt32, documents added: UInt32, row: Int32) {
        if (occupied + 1) * 10 > capacity * 7 { grow() }
        let size = self.size
        let mask = capacity - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key, size)) & mask
        while counts[slot] != 0 {
            var same = true
            for k in 0..<size where keys[slot * size + k] != key[k] { same = false; break }
            if same {
                counts[slot] &+= count
                if row < 0 || lastRows[slot] != row {
                    documents[slot] &+= added
                    lastRows[slot] = row
                }
                return
            }
            slot = (slot + 1) & mask
        }
        for k in 0..<size { keys[slot * size + k] = key[k] }
        counts[slot] = count
        documents[slot] = added
        lastRows[slot] = row
        occupied += 1
    }

    /// Twice the slots; each n-gram keeps its counts and the row that last added to it.
    private mutating func grow() {
        let old = self
        self = NGramTable(size: size, bits: bits + 1)
        old.forEachSlot { key, count, documents, lastRow in add(key, count: count, documents: documents, row: lastRow) }
    }

    private func forEachSlot(_ body: (UnsafePointer<UInt32>, UInt32, UInt32, Int32) -> Void) {
        keys.withUnsafeBufferPointer { keys in
            for slot in 0..<capacity where counts[slot] != 0 {
                body(keys.baseAddress! + slot * size, counts[slot], documents[slot], lastRows[slot])
            }
        }
    }

    /// Adds another table's counts; its articles must be other articles than this one's.
    mutating func merge(_ other: NGramTable) {
        other.forEachSlot { key, count, documents, _ in add(key, count: count, documents: documents, row: -1) }
    }

    /// The n-grams by count, most frequent first, ties by text (see `FrequencyRanking`).
    func ranked(_ vocabulary: Vocabulary, limit: Int?) -> [(text: String, count: Int, documents: Int)] {
        let slots = (0..<capacity).filter { counts[$0] != 0 }
        return keys.withUnsafeBufferPointer { keys in
            FrequencyRanking.ranked(slots, count: { Int(counts[$0]) }, text: { slot in
                (0..<size).map { vocabulary[keys[slot * size + $0]] }.joined(separator: " ")
            }, limit: limit).map { ($0.text, $0.count, Int(documents[$0.item])) }
        }
    }
}
