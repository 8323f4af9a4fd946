/// The word lists attribution asks about, as bits looked up once per token. Asking a set
/// of strings means making the lower-case string and hashing it, again and again for the
/// same token; with the bits, each question is one AND.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt32

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
    /// Articles and possessives, which open a noun phrase ("the claims", "his answers").
    static let article = WordClasses(rawValue: 1 << 16)
    /// Forms of "be", before a passive ("he was told").
    static let beVerb = WordClasses(rawValue: 1 << 17)
    /// "who", "which": "Beck, who said".
    static let relativePronoun = WordClasses(rawValue: 1 << 18)
    /// Words a title leaves in lower case ("of", "the", "and"): any other lower-case word
    /// makes a quote a sentence, not a title ("This is all me.").
    static let titleMinor = WordClasses(rawValue: 1 << 19)
    /// Forms of verbs of saying that are more often nouns: cues only after a pronoun or a
    /// name ("it states", but "the United States", "his calls").
    static let cueAfterSubject = WordClasses(rawValue: 1 << 20)
    /// Nouns for something said: "her remark that".
    static let speechNoun = WordClasses(rawValue: 1 << 21)
    /// Words that open a phrase before the sentence's subject ("In Iowa, Trump said").
    static let phraseOpener = WordClasses(rawValue: 1 << 22)
    /// Conjunctions that open a sentence before its subject, with no comma ("But as Trump").
    static let leadingConjunction = WordClasses(rawValue: 1 << 23)
    /// Titles that tell a man ("Mr.", "King") or a woman ("Mrs.", "first lady").
    static let manTitle = WordClasses(rawValue: 1 << 24)
    static let womanTitle = WordClasses(rawValue: 1 << 25)
    /// Given names that tell a man ("Bill") or a woman ("Hillary").
    static let manName = WordClasses(rawValue: 1 << 26)
    static let womanName = WordClasses(rawValue: 1 << 27)
    /// Words that open a sentence and are no subject alone ("In", "Here", "Just").
    static let notSubject = WordClasses(rawValue: 1 << 28)
    /// Words in lower case that stay before a bare source ("administration officials").
    static let sourceModifier = WordClasses(rawValue: 1 << 29)
    /// Nouns of a person's work that are no titles ("contributor", "historian", "host").
    static let workNoun = WordClasses(rawValue: 1 << 30)
}

/// Lower-case ASCII words to their classes, in an open-addressing table: a lookup reads the
/// token's bytes in place and makes no string. A word of the lists is at most 16 bytes, so
/// its key is its lower-cased bytes in two 64-bit words: read with two loads, folded to
/// lower case eight bytes at a time, hashed with two multiplications and compared with two
/// comparisons, where a byte-by-byte hash and compare cost a multiplication a byte.
enum WordClassTable {
    /// A word's bytes, lower-cased, zero past its end.
    struct Key: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    /// One word of the lists. Plain values, so a lookup touches no reference counts.
    struct Slot {
        var key = Key()
        var classes: WordClasses = []
    }

    /// The longest word in any list; longer tokens are in none.
    private static let longest = 16
    /// A power of two, so a slot is a mask of the hash; at least twice the words, so that
    /// a probe ends soon.
    private static let slotCount = 4096

    /// The slots, and a tag byte for each (0 when empty, else the hash's top bits): made once
    /// and kept for the life of the process, as plain memory, so a lookup takes no reference
    /// to an array. Most words are in no list; their lookup ends in the 4 KB of tags, which
    /// stay in the first-level cache.
    nonisolated(unsafe) private static let table: (slots: UnsafeBufferPointer<Slot>, tags: UnsafeBufferPointer<UInt8>) = {
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
        add(AttributionFinder.articles, .article)
        add(AttributionFinder.beVerbs, .beVerb)
        add(AttributionFinder.relativePronouns, .relativePronoun)
        add(QuoteShape.titleMinorWords, .titleMinor)
        add(ReportingVerbs.verbsAfterASubject, .cueAfterSubject)
        add(AttributionFinder.speechNouns, .speechNoun)
        add(AttributionFinder.phraseOpeners, .phraseOpener)
        add(AttributionFinder.leadingConjunctions, .leadingConjunction)
        add(Sex.manTitles, .manTitle)
        add(Sex.womanTitles, .womanTitle)
        add(Sex.manNames, .manName)
        add(Sex.womanNames, .womanName)
        add(AttributionFinder.notSubjects, .notSubject)
        add(AttributionFinder.sourceModifiers, .sourceModifier)
        add(SpeakerNames.workNouns, .workNoun)
        precondition(classes.count * 2 <= slotCount, "the word lists outgrew the table: \(classes.count) words")
        let slots = UnsafeMutableBufferPointer<Slot>.allocate(capacity: slotCount)
        slots.initialize(repeating: Slot())
        let tags = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: slotCount)
        tags.initialize(repeating: 0)
        for (word, wordClasses) in classes {
            let utf8 = Array(word.utf8)
            precondition(!utf8.isEmpty && utf8.count <= longest && utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) },
                         "word lists hold short lower-case ASCII words: \(word)")
            let key = utf8.withUnsafeBufferPointer { WordClassTable.key(of: $0, 0..<$0.count)! }
            let hash = WordClassTable.hash(key)
            var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
            while tags[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = Slot(key: key, classes: wordClasses)
            tags[slot] = tag(hash)
        }
        return (UnsafeBufferPointer(slots), UnsafeBufferPointer(tags))
    }()

    /// The key of the word in `range` (at most `longest` bytes), or nil when a byte is not
    /// ASCII.
    @inline(__always)
    private static func key(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Key? {
        let count = range.count
        var key = Key()
        if range.lowerBound &+ 16 <= text.count {
            let raw = UnsafeRawPointer(text.baseAddress! + range.lowerBound)
            // Masking shifts (`&<<`): the counts are in range, and the checked shift branches.
            let lowMask: UInt64 = count >= 8 ? ~0 : (1 &<< (count &* 8)) &- 1
            let highMask: UInt64 = count <= 8 ? 0 : count >= 16 ? ~0 : (1 &<< ((count &- 8) &* 8)) &- 1
            key.low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & lowMask
            key.high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & highMask
        } else {
            // Near the end of the text: no load may reach past it.
            for k in 0..<count {
                let byte = UInt64(text[range.lowerBound + k])
                if k < 8 { key.low |= byte << (k * 8) } else { key.high |= byte << ((k - 8) * 8) }
            }
        }
        guard ByteScan.isASCII(eight: key.low | key.high) else { return nil }
        return Key(low: ByteScan.lowercased(eight: key.low), high: ByteScan.lowercased(eight: key.high))
    }


    @inline(__always)
    private static func hash(_ key: Key) -> UInt64 {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
        return mixed ^ (mixed >> 29)
    }

    private static func tag(_ hash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: hash >> 56) | 1 }

    /// FNV-1a over `bytes`: the hash names are matched by.
    static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// The classes of the first word of `text` (up to its first space), in any case.
    static func classes(ofFirstWordOf text: String) -> WordClasses {
        var text = text
        return text.withUTF8 { bytes in classes(of: bytes, 0..<(bytes.firstIndex(of: 0x20) ?? bytes.count)) }
    }

    /// The classes of the word in `range`, in any case.
    static func classes(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordClasses {
        classes(of: text, range, in: table)
    }

    /// The table, for a loop that looks up many words: taken once, it spares each lookup
    /// the check that the table is made.
    typealias Table = (slots: UnsafeBufferPointer<Slot>, tags: UnsafeBufferPointer<UInt8>)
    static var shared: Table { table }

    /// The classes of the word in `range`, in any case, looked up in `table` (`shared`).
    @inline(__always)
    static func classes(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in table: Table) -> WordClasses {
        guard range.count <= longest, !range.isEmpty, let key = key(of: text, range) else { return [] }
        let (slots, tags) = table
        let hash = hash(key)
        let wanted = tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
        while tags[slot] != 0 {
            if tags[slot] == wanted, slots[slot].key == key { return slots[slot].classes }
            slot = (slot &+ 1) & (slotCount - 1)
        }
        return []
    }
}
