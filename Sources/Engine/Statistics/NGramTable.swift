import Archive
import CPrefetch

/// N-gram counts in an open-addressing table keyed by the word ids themselves (a Swift
/// Dictionary hashed every key with SipHash and took most of `ngrams`' time). A slot is 32
/// bytes, key and counters together, so a lookup reads one place. `NGramCounter` keeps
/// many small tables, one per range of hashes.
struct NGramTable {
    /// Up to five ids packed in `a`, `b` and `c`, and the counters; `count` 0 marks an empty slot.
    private struct Slot {
        var a: UInt64 = 0, b: UInt64 = 0
        var c: UInt32 = 0
        var count: UInt32 = 0
        var documents: UInt32 = 0
        /// The row that last added to the slot, to count each article once.
        var lastRow: Int32 = -1
    }

    /// How many n-grams ahead a slot is fetched.
    private static let prefetchDistance = 12

    let size: Int
    private var slots: [Slot]
    private var bits: Int
    private(set) var occupied = 0

    init(size: Int, bits: Int = 10) {
        self.size = size
        self.bits = bits
        slots = [Slot](repeating: Slot(), count: 1 << bits)
    }

    var capacity: Int { 1 << bits }

    /// Adds n-grams, each of an article `row`; rows come in order, so an article counts once.
    mutating func add(_ entries: UnsafeBufferPointer<(key: NGramKey, row: Int32)>) {
        var start = 0
        while start < entries.count {
            // As many as fit below the load limit even if every one is new; the table grows
            // only as it fills, not by the length of a batch of repeats.
            if (occupied + 1) * 10 > capacity * 7 { grow() }
            let end = min(entries.count, start + max(1, capacity * 7 / 10 - occupied))
            let mask = capacity - 1
            var added = 0
            slots.withUnsafeMutableBufferPointer { slots in
                for index in start..<end {
                    // The slot of an n-gram a few places on is fetched while this one is added:
                    // most of the time went to waiting for slots to come from memory.
                    if index + Self.prefetchDistance < end {
                        morgue_prefetch_for_write(slots.baseAddress! + (entries[index + Self.prefetchDistance].key.hash & mask))
                    }
                    let (key, row) = entries[index]
                    if Self.add(key.a, key.b, key.c, hash: key.hash, count: 1, documents: 1, row: row, into: slots, mask: mask) {
                        added += 1
                    }
                }
            }
            occupied += added
            start = end
        }
    }

    /// Adds to the slot of key (a, b, c), for article `row`; true when the key is new.
    private static func add(_ a: UInt64, _ b: UInt64, _ c: UInt32, hash: Int, count: UInt32, documents: UInt32, row: Int32,
                            into slots: UnsafeMutableBufferPointer<Slot>, mask: Int) -> Bool {
        var index = hash & mask
        while slots[index].count != 0 {
            if slots[index].a == a && slots[index].b == b && slots[index].c == c {
                slots[index].count &+= count
                if slots[index].lastRow != row {
                    slots[index].documents &+= documents
                    slots[index].lastRow = row
                }
                return false
            }
            index = (index + 1) & mask
        }
        slots[index] = Slot(a: a, b: b, c: c, count: count, documents: documents, lastRow: row)
        return true
    }

    /// Twice the slots; each n-gram keeps its counts and the row that last added to it.
    private mutating func grow() {
        let old = slots
        bits += 1
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        let mask = capacity - 1
        slots.withUnsafeMutableBufferPointer { slots in
            for slot in old where slot.count != 0 {
                _ = Self.add(slot.a, slot.b, slot.c, hash: NGramKey.hash(slot.a, slot.b, slot.c), count: slot.count,
                             documents: slot.documents, row: slot.lastRow, into: slots, mask: mask)
            }
        }
    }

    /// Adds the counts of `other`, whose articles are not this table's.
    mutating func merge(_ other: NGramTable) {
        for slot in other.slots where slot.count != 0 {
            if (occupied + 1) * 10 > capacity * 7 { grow() }
            let mask = capacity - 1
            let added = slots.withUnsafeMutableBufferPointer { slots in
                Self.add(slot.a, slot.b, slot.c, hash: NGramKey.hash(slot.a, slot.b, slot.c), count: slot.count,
                         documents: slot.documents, row: slot.lastRow, into: slots, mask: mask)
            }
            if added { occupied += 1 }
        }
    }

    /// Each n-gram's count, in no order.
    var counts: some Sequence<Int> {
        slots.lazy.filter { $0.count != 0 }.map { Int($0.count) }
    }

    /// Each n-gram's count, its number of articles and its packed words (see `NGramKey.ids`).
    func forEach(_ body: (_ count: Int, _ documents: Int, _ words: (UInt64, UInt64, UInt32)) -> Void) {
        for slot in slots where slot.count != 0 {
            body(Int(slot.count), Int(slot.documents), (slot.a, slot.b, slot.c))
        }
    }
}

/// Up to five word ids packed in three integers, with their hash.
struct NGramKey {
    let a: UInt64, b: UInt64, c: UInt32
    let hash: Int

    init(a: UInt64, b: UInt64, c: UInt32) {
        self.a = a
        self.b = b
        self.c = c
        hash = Self.hash(a, b, c)
    }

    init(_ ids: UnsafePointer<UInt32>, size: Int) {
        var a = UInt64(ids[0]), b: UInt64 = 0, c: UInt32 = 0
        if size > 1 { a |= UInt64(ids[1]) << 32 }
        if size > 2 { b = UInt64(ids[2]) }
        if size > 3 { b |= UInt64(ids[3]) << 32 }
        if size > 4 { c = ids[4] }
        self.a = a
        self.b = b
        self.c = c
        hash = Self.hash(a, b, c)
    }

    /// The first `size` word ids packed in `words`.
    static func ids(_ words: (UInt64, UInt64, UInt32), size: Int) -> [UInt32] {
        let all = [UInt32(truncatingIfNeeded: words.0), UInt32(truncatingIfNeeded: words.0 >> 32),
                   UInt32(truncatingIfNeeded: words.1), UInt32(truncatingIfNeeded: words.1 >> 32), words.2]
        return Array(all.prefix(size))
    }

    static func hash(_ a: UInt64, _ b: UInt64, _ c: UInt32) -> Int {
        var h = a &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 32) ^ b) &* 0xC2B2_AE3D_27D4_EB4F
        h = (h ^ (h >> 29) ^ UInt64(c)) &* 0x1656_67B1_9E37_79F9
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
