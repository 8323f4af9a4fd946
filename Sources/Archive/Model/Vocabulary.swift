/// Every distinct word of the archive, each with a dense `UInt32` id.
///
/// An open-addressing hash table over one byte arena, held in a struct: interning a word is
/// a hash, a probe or two and a byte comparison, with no `String` made per word.
public struct Vocabulary: Sendable {
    var arena: [UInt8] = []
    var starts: [Int] = [0]
    var slots: [UInt32]          // id + 1, or 0 for an empty slot
    var slotHashes: [UInt32]     // the hash of the word in each slot, to skip compares

    public init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        slotHashes = Array(repeating: 0, count: size)
    }

    public var count: Int { starts.count - 1 }

    /// The id of `word`, adding it when new.
    public mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = Self.hash(word)
        var slot = Int(hash) & (slots.count - 1)
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if slotHashes[slot] == hash, equals(Int(entry - 1), word) { return entry - 1 }
            slot = (slot + 1) & (slots.count - 1)
        }
        let id = UInt32(count)
        arena.append(contentsOf: word)
        starts.append(arena.count)
        slots[slot] = id + 1
        slotHashes[slot] = hash
        if count * 2 > slots.count { grow() }
        return id
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
                let id = Int(slots[slot] - 1)
                if slotHashes[slot] == hash, equals(id, buffer) { return UInt32(id) }
                slot = (slot + 1) & (slots.count - 1)
            }
            return nil
        }
    }

    public subscript(id: UInt32) -> String {
        let i = Int(id)
        return String(decoding: arena[starts[i]..<starts[i + 1]], as: UTF8.self)
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == word.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            for k in 0..<word.count where a[start + k] != word[k] { return false }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [UInt32](repeating: 0, count: size)
        var newHashes = [UInt32](repeating: 0, count: size)
        for (slot, entry) in slots.enumerated() where entry != 0 {
            var target = Int(slotHashes[slot]) & (size - 1)
            while newSlots[target] != 0 { target = (target + 1) & (size - 1) }
            newSlots[target] = entry
            newHashes[target] = slotHashes[slot]
        }
        slots = newSlots
        slotHashes = newHashes
    }

    /// Eight bytes at a time, folded to 32 bits. FNV-1a, a multiply for every byte, each
    /// waiting for the one before, took a third of the time of interning a word.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress else { return UInt32(truncatingIfNeeded: h >> 32) }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xC2B2_AE3D_27D4_EB4F
            h ^= h >> 31
            i += 8
        }
        // The last bytes, gathered without reading past the word.
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x1656_67B1_9E37_79F9
        h ^= h >> 29
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
