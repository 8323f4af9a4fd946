/// The word lists attribution asks about, as bits looked up once per token. Asking a set
/// of strings means making the lower-case string and hashing it, again and again for the
/// same token; with the bits, each question is one AND.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt16

    static let cue = WordClasses(rawValue: 1 << 0)
    static let invertible = WordClasses(rawValue: 1 << 1)
    static let pronoun = WordClasses(rawValue: 1 << 2)
    static let skippable = WordClasses(rawValue: 1 << 3)
    static let timeWord = WordClasses(rawValue: 1 << 4)
    static let determiner = WordClasses(rawValue: 1 << 5)
    static let connector = WordClasses(rawValue: 1 << 6)
    static let bareSource = WordClasses(rawValue: 1 << 7)
    static let clauseWord = WordClasses(rawValue: 1 << 8)
    static let notNoun = WordClasses(rawValue: 1 << 9)
    /// A verb that reports speech only with its particle ("pointed out").
    static let particleVerb = WordClasses(rawValue: 1 << 10)
}

/// Lower-case ASCII words to their classes, in an open-addressing table keyed by FNV-1a:
/// a lookup reads the token's bytes in place and makes no string.
enum WordClassTable {
    private struct Entry {
        var hash: UInt64
        var word: [UInt8]
        var classes: WordClasses
    }

    /// The longest word in any list; longer tokens are in none.
    private static let longest = 16
    private static let slotCount = 2048

    private static let slots: [Entry?] = {
        var classes: [String: WordClasses] = [:]
        func add(_ words: some Sequence<String>, _ wordClass: WordClasses) {
            for word in words { classes[word, default: []].insert(wordClass) }
        }
        add(ReportingVerbs.words, .cue)
        add(AttributionFinder.invertible, .invertible)
        add(AttributionFinder.pronouns, .pronoun)
        add(AttributionFinder.skippable, .skippable)
        add(AttributionFinder.timeWords, .timeWord)
        add(AttributionFinder.determiners, .determiner)
        add(AttributionFinder.connectors, .connector)
        add(AttributionFinder.bareSources, .bareSource)
        add(AttributionFinder.clauseWords, .clauseWord)
        add(AttributionFinder.notNouns, .notNoun)
        add(ReportingVerbs.particles.keys, .particleVerb)
        var slots = [Entry?](repeating: nil, count: slotCount)
        for (word, wordClasses) in classes {
            let bytes = Array(word.utf8)
            precondition(bytes.count <= longest && bytes.allSatisfy { $0 < 0x80 }, "word lists hold short ASCII words: \(word)")
            let hash = fnv(bytes)
            var slot = Int(hash % UInt64(slotCount))
            while slots[slot] != nil { slot = (slot + 1) % slotCount }
            slots[slot] = Entry(hash: hash, word: bytes, classes: wordClasses)
        }
        return slots
    }()

    /// FNV-1a over `bytes`: the table's hash, and the one names are matched by.
    static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// The classes of the word in `range`, in any case.
    static func classes(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordClasses {
        guard range.count <= longest else { return [] }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            let byte = text[i]
            guard byte < 0x80 else { return [] }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            hash = (hash ^ UInt64(lower)) &* 0x0000_0100_0000_01b3
        }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(hash % UInt64(slotCount))
            while let entry = slots[slot] {
                if entry.hash == hash, entry.word.count == range.count,
                   entry.word.indices.allSatisfy({ k in
                       let byte = text[range.lowerBound + k]
                       return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == entry.word[k]
                   }) {
                    return entry.classes
                }
                slot = (slot + 1) % slotCount
            }
            return []
        }
    }
}
