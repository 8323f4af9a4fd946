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
    /// Titles and roles, as in "RNC spokesman Sean Spicer".
    static let role = WordClasses(rawValue: 1 << 11)
    /// Every title, full stops included ("sen.", "then-president").
    static let title = WordClasses(rawValue: 1 << 12)
    /// Words that open a sentence before a name ("But Pompeo").
    static let nameOpener = WordClasses(rawValue: 1 << 13)
    /// Abbreviations whose full stop ends no sentence ("Mr.", "U.S.").
    static let abbreviation = WordClasses(rawValue: 1 << 14)
    /// Words of places and organizations, not people ("street", "party").
    static let place = WordClasses(rawValue: 1 << 15)
}

/// Lower-case ASCII words to their classes, in an open-addressing table keyed by FNV-1a:
/// a lookup reads the token's bytes in place and makes no string.
enum WordClassTable {
    /// One word of the lists; `length` 0 marks an empty slot. Plain values, so a lookup
    /// touches no reference counts.
    private struct Slot {
        var hash: UInt64 = 0
        var classes: WordClasses = []
        var offset: Int32 = 0
        var length: Int32 = 0
    }

    /// The longest word in any list; longer tokens are in none.
    private static let longest = 16
    /// A power of two, so a slot is a mask of the hash.
    private static let slotCount = 2048

    /// The slots, a tag byte for each (0 when empty, else the hash's top bits), and the
    /// words' bytes end to end: made once and kept for the life of the process, as plain
    /// memory, so a lookup takes no reference to an array. Most words are in no list; their
    /// lookup ends in the 2 KB of tags, which stay in the first-level cache.
    nonisolated(unsafe) private static let table: (slots: UnsafeBufferPointer<Slot>, tags: UnsafeBufferPointer<UInt8>,
                                                    bytes: UnsafeBufferPointer<UInt8>) = {
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
        add(SpeakerNames.titles.filter { $0.allSatisfy { $0.isLetter || $0 == "-" } }, .role)
        add(SpeakerNames.titles, .title)
        add(AttributionFinder.nameOpeners, .nameOpener)
        add(ClauseTokenizer.abbreviations, .abbreviation)
        add(SpeakerNames.placeWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } }, .place)   // the rest: `looksLikePerson`
        var slots = [Slot](repeating: Slot(), count: slotCount)
        var tags = [UInt8](repeating: 0, count: slotCount)
        var bytes: [UInt8] = []
        for (word, wordClasses) in classes {
            let utf8 = Array(word.utf8)
            precondition(!utf8.isEmpty && utf8.count <= longest && utf8.allSatisfy { $0 < 0x80 }, "word lists hold short ASCII words: \(word)")
            let hash = fnv(utf8)
            var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
            while slots[slot].length != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = Slot(hash: hash, classes: wordClasses, offset: Int32(bytes.count), length: Int32(utf8.count))
            tags[slot] = tag(hash)
            bytes.append(contentsOf: utf8)
        }
        let keptSlots = UnsafeMutableBufferPointer<Slot>.allocate(capacity: slots.count)
        _ = keptSlots.initialize(from: slots)
        let keptBytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = keptBytes.initialize(from: bytes)
        let keptTags = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: tags.count)
        _ = keptTags.initialize(from: tags)
        return (UnsafeBufferPointer(keptSlots), UnsafeBufferPointer(keptTags), UnsafeBufferPointer(keptBytes))
    }()

    /// FNV-1a over `bytes`: the table's hash, and the one names are matched by.
    static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    private static func tag(_ hash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: hash >> 56) | 1 }

    /// The classes of the first word of `text` (up to its first space), in any case.
    static func classes(ofFirstWordOf text: String) -> WordClasses {
        var text = text
        return text.withUTF8 { bytes in classes(of: bytes, 0..<(bytes.firstIndex(of: 0x20) ?? bytes.count)) }
    }

    /// The classes of the word in `range`, in any case.
    static func classes(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordClasses {
        guard range.count <= longest, !range.isEmpty else { return [] }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            let byte = text[i]
            guard byte < 0x80 else { return [] }
            hash = (hash ^ UInt64(ByteScan.lowercased(byte))) &* 0x0000_0100_0000_01b3
        }
        let (slots, tags, bytes) = table
        let wanted = tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
        while tags[slot] != 0 {
            let entry = slots[slot]
            if tags[slot] == wanted, entry.hash == hash, Int(entry.length) == range.count,
               (0..<range.count).allSatisfy({ k in
                   let byte = text[range.lowerBound + k]
                   return ByteScan.lowercased(byte) == bytes[Int(entry.offset) + k]
               }) {
                return entry.classes
            }
            slot = (slot + 1) & (slotCount - 1)
        }
        return []
    }
}
