import CPrefetch

/// Every distinct word of the archive, each with a dense `UInt32` id.
///
/// An open-addressing hash table over one byte arena, held in a struct: interning a word is
/// a hash, a probe or two and a comparison, with no `String` made per word.
public struct Vocabulary: Sendable {
    var arena: [UInt8] = []
    var starts: [Int] = [0]
    /// Two `UInt64`s a slot: the word's key (up to eight bytes) or its place in the arena
    /// (longer words), then its tag (hash and length) in the high half and its id + 1 in the
    /// low half; 0 is an empty slot. A word of up to eight bytes is told by its key and
    /// length alone, so most probes read one cache line and never the arena: with the id
    /// alone in the slot, interning waited on three cache misses a word (slot, start, bytes).
    var slots: [UInt64]

    public init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size * 2)
    }

    /// A word's hash with its length in the low four bits (15 for 15 bytes or more), never 0,
    /// and a key that, with the length, gives the word's bytes when it has at most eight.
    struct Key {
        var tag: UInt32
        var bytes: UInt64
        var isShort: Bool { tag & 0xF <= 8 }
        /// The slot a probe starts from, in a table of `mask + 1` slots.
        @inline(__always) func home(_ mask: Int) -> Int { Int(tag &>> 4) & mask }
    }

    @inline(__always) static func entry(id: Int, tag: UInt32) -> UInt64 { UInt64(tag) &<< 32 | UInt64(id &+ 1) }
    /// The id in a slot's entry that is not empty.
    @inline(__always) static func id(inEntry entry: UInt64) -> Int { Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) &- 1 }
    @inline(__always) static func tag(inEntry entry: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: entry &>> 32) }

    public var count: Int { starts.count - 1 }
    var slotCount: Int { slots.count / 2 }

    /// The id of `word`, adding it when new.
    public mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        intern(word, key: Self.key(word))
    }

    /// A word with its key, waiting to be interned.
    struct KeyedWord {
        var key: Key
        var bytes: UnsafeBufferPointer<UInt8>
    }

    /// How many words ahead of its turn a word's slot is fetched: far enough for the memory
    /// to answer, near enough for the line to still be in the cache.
    private static let prefetchDistance = 16

    /// The ids of `words` into `ids`, each word's slot brought into the cache a few words
    /// before its turn. Interned one at a time as the tokenizer found them, most words
    /// waited on memory for their slot: a sixth of a load's time.
    mutating func intern(_ words: UnsafeBufferPointer<KeyedWord>, into ids: UnsafeMutablePointer<UInt32>) {
        for k in 0..<min(Self.prefetchDistance, words.count) { prefetch(words[k].key) }
        for k in words.indices {
            if k &+ Self.prefetchDistance < words.count { prefetch(words[k &+ Self.prefetchDistance].key) }
            ids[k] = intern(words[k].bytes, key: words[k].key)
        }
    }

    @inline(__always) private func prefetch(_ key: Key) {
        slots.withUnsafeBufferPointer { morgue_prefetch_for_read($0.baseAddress! + 2 * key.home(slotCount - 1)) }
    }

    /// The id of `word`, whose key is `key`, adding it when new.
    private mutating func intern(_ word: UnsafeBufferPointer<UInt8>, key: Key) -> UInt32 {
        let (found, slot) = find(word, key: key)
        if let found { return UInt32(truncatingIfNeeded: found) }
        let id = count
        slots[2 * slot] = key.isShort ? key.bytes : Self.place(start: arena.count, length: word.count)
        slots[2 * slot + 1] = Self.entry(id: id, tag: key.tag)
        arena.append(contentsOf: word)
        starts.append(arena.count)
        if count * 2 > slotCount { grow() }
        return UInt32(id)
    }

    /// The id of `word` when the vocabulary has it, and the slot that holds it or would.
    private func find(_ word: UnsafeBufferPointer<UInt8>, key: Key) -> (id: Int?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                let mask = slots.count / 2 - 1
                var slot = key.home(mask)
                while true {
                    let entry = slots[2 &* slot &+ 1]
                    if entry == 0 { return (nil, slot) }
                    if Self.tag(inEntry: entry) == key.tag {
                        let first = slots[2 &* slot]
                        if key.isShort {
                            if first == key.bytes { return (Self.id(inEntry: entry), slot) }
                        } else if first & Self.unknownLength == Self.unknownLength {
                            if equals(Self.id(inEntry: entry), word) { return (Self.id(inEntry: entry), slot) }
                        } else if Int(first & Self.unknownLength) == word.count, let place = arena.baseAddress,
                                  Self.sameBytes(place + Int(first &>> 24), word.baseAddress!, word.count) {
                            return (Self.id(inEntry: entry), slot)
                        }
                    }
                    slot = (slot &+ 1) & mask
                }
            }
        }
    }

    /// A longer word's half of its slot: where it starts in the arena, in the high 40 bits,
    /// and its length in the low 24 (all ones for 16 MB or more, read from `starts` then).
    /// Read from the slot, a word that was found needs no look at `starts`, a second wait
    /// on memory.
    static func place(start: Int, length: Int) -> UInt64 {
        UInt64(start) &<< 24 | UInt64(min(length, Int(unknownLength)))
    }

    static let unknownLength: UInt64 = 0xFF_FFFF

    /// The ids of every word of `other`, in the order of its ids, added when new.
    mutating func ids(of other: Vocabulary) -> [UInt32] {
        (0..<UInt32(other.count)).map { id in other.withWord(id) { intern($0) } }
    }

    public mutating func intern(_ word: String) -> UInt32 {
        var copy = word
        return copy.withUTF8 { intern($0) }
    }

    /// The id of `word` (already lower-cased), or nil when the archive never has it.
    public func id(of word: String) -> UInt32? {
        var copy = word
        return copy.withUTF8 { find($0, key: Self.key($0)).id.map { UInt32($0) } }
    }

    public subscript(id: UInt32) -> String {
        let i = Int(id)
        return String(decoding: arena[starts[i]..<starts[i + 1]], as: UTF8.self)
    }

    /// The UTF-8 of word `id`, without making a string of it.
    func withWord<Result>(_ id: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let i = Int(id)
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[i]..<starts[i + 1]])) }
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == word.count else { return false }
        guard let wordBase = word.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { Self.sameBytes($0.baseAddress! + start, wordBase, word.count) }
    }

    /// Whether the arrays hold together, as a snapshot read from disk must: the starts in
    /// order within the arena, a table at most half full (a probe for an absent word ends at
    /// an empty slot), and every slot's id and place within bounds.
    var isWellFormed: Bool {
        let count = starts.count - 1
        guard starts.first == 0, starts.last == arena.count, zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
              slots.count >= 2, slots.count.nonzeroBitCount == 1, count * 2 <= slotCount,
              (0..<slotCount).count(where: { slots[2 * $0 + 1] != 0 }) == count else { return false }
        return (0..<slotCount).allSatisfy { slot in
            let entry = slots[2 * slot + 1], first = slots[2 * slot]
            guard entry != 0 else { return true }
            guard (0..<count).contains(Self.id(inEntry: entry)) else { return false }
            let isShort = Self.tag(inEntry: entry) & 0xF <= 8
            return isShort || first & Self.unknownLength == Self.unknownLength
                || Int(first &>> 24) + Int(first & Self.unknownLength) <= arena.count
        }
    }

    private mutating func grow() {
        let size = slotCount * 2
        var newSlots = [UInt64](repeating: 0, count: size * 2)
        for slot in 0..<slotCount where slots[2 * slot + 1] != 0 {
            let key = Key(tag: Self.tag(inEntry: slots[2 * slot + 1]), bytes: slots[2 * slot])
            var target = key.home(size - 1)
            while newSlots[2 * target + 1] != 0 { target = (target + 1) & (size - 1) }
            newSlots[2 * target] = slots[2 * slot]
            newSlots[2 * target + 1] = slots[2 * slot + 1]
        }
        slots = newSlots
    }

    /// Eight bytes at a time, read with loads that never pass the word's ends (the last
    /// eight, or four and four, overlap the ones before), mixed by multiplications and
    /// folded to 32 bits. A byte-by-byte hash (FNV-1a) was a chain of multiplications as long
    /// as the word. The key is the first eight bytes, or for a shorter word the loads that
    /// hold all of its bytes.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> Key {
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress else { return Key(tag: 0x10, bytes: 0) }
        let raw = UnsafeRawPointer(base)
        var a: UInt64, b: UInt64, key: UInt64
        if n >= 8 {
            a = 0
            key = raw.loadUnaligned(as: UInt64.self)
            var i = 0
            while i &+ 8 < n {
                a = (a ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                a ^= a &>> 32
                i &+= 8
            }
            b = raw.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 4 {
            a = UInt64(raw.loadUnaligned(as: UInt32.self))
            b = UInt64(raw.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self))
            key = a | b &<< 32
        } else {
            a = UInt64(base[0]) &<< 16 | UInt64(base[n &>> 1]) &<< 8 | UInt64(base[n &- 1])
            b = 0
            key = a
        }
        var h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ (UInt64(truncatingIfNeeded: n) &* 0x1656_67B1_9E37_79F9)
        h ^= h &>> 32
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h &>> 29
        return Key(tag: UInt32(truncatingIfNeeded: h) & ~0xF | UInt32(min(n, 15)), bytes: key)
    }

    /// The `n` bytes at `a` and at `b` are the same: eight at a time, with the same loads as
    /// `key`, inline (a call to `memcmp` costs more than most words' comparison).
    private static func sameBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Bool {
        if n >= 8 {
            var i = 0
            while i &+ 8 < n {
                if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i &+= 8
            }
            return a.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        }
        if n >= 4 {
            return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
                && a.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self) == b.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
        }
        for k in 0..<n where a.load(fromByteOffset: k, as: UInt8.self) != b.load(fromByteOffset: k, as: UInt8.self) { return false }
        return true
    }
}
