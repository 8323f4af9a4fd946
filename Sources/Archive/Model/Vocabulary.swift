/// Every distinct word of the archive, each with a dense `UInt32` id.
///
/// An open-addressing hash table over one byte arena, held in a struct: interning a word is
/// a hash, a probe or two and a byte comparison, with no `String` made per word.
public struct Vocabulary: Sendable {
    var arena: [UInt8] = []
    var starts: [Int] = [0]
    /// A slot holds the word's hash in its high half, to skip compares, and its id + 1 in
    /// the low half; 0 is an empty slot. One array, so a probe reads one cache line, where
    /// the hashes in an array of their own made it read two.
    var slots: [UInt64]

    public init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
    }

    @inline(__always) static func slot(id: Int, hash: UInt32) -> UInt64 { UInt64(hash) &<< 32 | UInt64(id &+ 1) }
    /// The id in a slot that is not empty.
    @inline(__always) static func id(inSlot slot: UInt64) -> Int { Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) &- 1 }
    @inline(__always) static func hash(inSlot slot: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: slot &>> 32) }

    public var count: Int { starts.count - 1 }

    /// The id of `word`, adding it when new.
    public mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if Self.hash(inSlot: entry) == hash, equals(Self.id(inSlot: entry), word) { return UInt32(Self.id(inSlot: entry)) }
            slot = (slot &+ 1) & mask
        }
        let id = count
        arena.append(contentsOf: word)
        starts.append(arena.count)
        slots[slot] = Self.slot(id: id, hash: hash)
        if count * 2 > slots.count { grow() }
        return UInt32(id)
    }

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
        return copy.withUTF8 { buffer -> UInt32? in
            let hash = Self.hash(buffer)
            var slot = Int(hash) & (slots.count - 1)
            while slots[slot] != 0 {
                let id = Self.id(inSlot: slots[slot])
                if Self.hash(inSlot: slots[slot]) == hash, equals(id, buffer) { return UInt32(id) }
                slot = (slot + 1) & (slots.count - 1)
            }
            return nil
        }
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

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [UInt64](repeating: 0, count: size)
        for entry in slots where entry != 0 {
            var target = Int(Self.hash(inSlot: entry)) & (size - 1)
            while newSlots[target] != 0 { target = (target + 1) & (size - 1) }
            newSlots[target] = entry
        }
        slots = newSlots
    }

    /// Eight bytes at a time, read with loads that never pass the word's ends (the last
    /// eight, or four and four, overlap the ones before), mixed by multiplications and
    /// folded to 32 bits. A byte-by-byte hash (FNV-1a) was a chain of multiplications as long
    /// as the word.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var a: UInt64, b: UInt64
        if n >= 8 {
            a = 0
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
        } else {
            a = UInt64(base[0]) &<< 16 | UInt64(base[n &>> 1]) &<< 8 | UInt64(base[n &- 1])
            b = 0
        }
        var h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ (UInt64(truncatingIfNeeded: n) &* 0x1656_67B1_9E37_79F9)
        h ^= h &>> 32
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h &>> 29
        return UInt32(truncatingIfNeeded: h)
    }

    /// The `n` bytes at `a` and at `b` are the same: eight at a time, with the same loads as
    /// `hash`, inline (a call to `memcmp` costs more than most words' comparison).
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
