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

    /// The UTF-8 of word `id`, without making a string of it.
    func withWord<Result>(_ id: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let i = Int(id)
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[i]..<starts[i + 1]])) }
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

    /// FNV-1a, folded to 32 bits.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
