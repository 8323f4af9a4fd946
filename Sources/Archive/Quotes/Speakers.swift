/// From a mention as written to the speaker's name: titles and roles stripped, a surname
/// or pronoun mapped to the fullest form of that person's name earlier in the article.
struct SpeakerNames {
    static let titles: Set<String> = [
        "president", "prime", "minister", "vice", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.",
        "senator", "rep", "rep.", "representative", "gov", "gov.", "governor", "mayor", "secretary", "chancellor", "judge",
        "justice", "gen", "gen.", "general", "sir", "dame", "lord", "lady", "prof", "prof.", "professor", "rev", "rev.",
        "reverend", "sister", "brother", "father", "councillor", "councilman", "councilwoman", "chairman", "chairwoman",
        "chair", "chief", "executive", "director", "speaker", "leader", "majority", "minority", "house", "senate",
        "attorney", "state", "foreign", "defense", "defence", "interior", "finance", "deputy", "former", "then-president",
        "candidate", "presidential", "democratic", "republican", "sgt", "sgt.", "capt", "capt.", "lt", "lt.", "col", "col.",
        "maj", "maj.", "adm", "adm.", "brig", "brig.", "cmdr", "cmdr.", "cpl", "cpl.", "pvt", "pvt.", "amb", "amb.",
        "king", "queen", "prince", "princess", "pope", "ambassador", "commissioner", "inspector", "detective", "officer",
        "coach", "manager", "boss", "captain", "harbourmaster", "superintendent", "sheriff", "pastor", "rabbi", "imam", "cardinal",
        "archbishop", "bishop", "mp", "mep", "ceo", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "press",
        "strategist", "pollster", "consultant", "analyst", "economist", "lawyer", "aide", "operative", "surrogate", "staffer",
        "committeeman", "committeewoman", "delegate", "organizer", "activist", "donor", "president-elect", "then-candidate",
        "then-sen.", "then-gov.", "then-secretary", "then-senator", "then-vice", "ex-president", "front-runner",
        "frontrunner", "nominee", "hopeful", "contender", "challenger", "incumbent", "lawmaker", "congressman",
        "congresswoman", "whip", "staff", "counsel", "special", "envoy", "sens.", "reps.", "democrat",
        // Photo credits glued to the name after them: "Getty Images Trump", "AP Photo Trump".
        "images", "photo", "photographer",
    ]

    /// A run of two to four capitalized words in the article, titles stripped: where its
    /// words lie in `wordRanges`. Kept as byte ranges; a name becomes a String only when
    /// a speaker is looked up.
    struct Name {
        var words: Range<Int>
        var at: Int
        /// The hash of the last word in lower case, to find a surname's full names fast.
        var lastKey: UInt64
        /// `looksLikePerson` of the name, once a pronoun has asked; false from the start for a
        /// name that followed an article.
        var looksLikePerson: Bool?
        /// The name as a string, its length in characters and whether a word of it is in
        /// capitals, once a speaker lookup has asked.
        var written: (text: String, length: Int, shouted: Bool)?
    }

    /// A speaker already found, for the pronouns after it.
    struct Remembered {
        var name: String
        var at: Int
        /// "the statement", "a spokesman": not a name a pronoun goes back to.
        var opensWithDeterminer: Bool
    }

    let text: UnsafeBufferPointer<UInt8>
    private(set) var wordRanges: [Range<Int>] = []
    /// In the order they were met, which is the order of the text.
    private(set) var names: [Name] = []
    /// The words of the run of capitals being read by `scan` or `index`: kept from call to
    /// call, so each paragraph does not grow an array of its own.
    private var run: [Range<Int>] = []
    /// Names after a title, in the order of the text.
    private(set) var titled: [TitledName] = []
    /// People named so far, most recent last, for pronouns.
    private(set) var recent: [Remembered] = []
    /// A capitalized word that may be a surname written alone, with `lastKey`'s hash.
    struct SurnameMention {
        var word: Range<Int>
        var key: UInt64
    }
    /// Such words from `surnameScanStart` as far as `surnameScanPosition`, in the order of
    /// the text (`surnameMentions` in Pronouns.swift).
    var surnameMentionsRead: [SurnameMention] = []
    var surnameScanStart = 0
    var surnameScanPosition = 0
    /// The word lists, taken once for the article's lookups.
    private let wordClasses = WordClassTable.shared

    /// The quotes of the article, in the order of the text: what is said in them is not what
    /// the article tells of its people.
    let quoted: [Range<Int>]

    /// Names in `text`, which must outlive this value, whose quotes lie at `quoted`.
    init(_ text: UnsafeBufferPointer<UInt8>, quoted: [Range<Int>] = []) {
        self.text = text
        self.quoted = quoted
        // Room for the names of a typical article: grown from empty, these arrays were
        // copied again and again.
        names.reserveCapacity(32)
        wordRanges.reserveCapacity(96)
    }

    /// Indexes the names of a paragraph's tokens.
    mutating func index(_ tokens: [ClauseToken]) {
        var i = 0
        var run = self.run
        self.run = []
        defer { self.run = run }
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].isCapitalized else { i += 1; continue }
            var j = i
            while j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized { j += 1 }
            if j > i {  // one word is no name
                run.removeAll(keepingCapacity: true)
                for token in tokens[i...j] { run.append(token.start..<token.end) }
                add(run)
            }
            i = j + 1
        }
    }

    /// Indexes the names in plain text without reading it word by word: runs of two or more
    /// capitalized words, as `index` finds them.
    mutating func scan(_ range: Range<Int>) {
        var i = range.lowerBound
        var run = self.run
        self.run = []
        defer { self.run = run }
        while true {
            i = ByteScan.nextCapital(in: text, from: i, before: range.upperBound)   // nothing to do till then
            guard i < range.upperBound else { break }
            guard i == range.lowerBound || text[i - 1] == 0x20 || text[i - 1] == 0x0A else {
                i += 1
                continue
            }
            // A run of capitalized words, one space apart. Most capitals open a sentence and
            // stand alone: the run is kept in an array only from its second word.
            if !run.isEmpty { run.removeAll(keepingCapacity: true) }
            var word = i
            while true {
                let (end, next, goesOn) = capitalizedWord(at: word, before: range.upperBound)
                if goesOn || !run.isEmpty { run.append(word..<end) }
                guard goesOn else {
                    i = next
                    break
                }
                word = next + 1
            }
            if run.count >= 2 { add(run) }
        }
    }

    /// The capitalized word at `start`: where it ends (without a full stop that ends a
    /// sentence), where its bytes end, and whether a name goes on after it (one space, then
    /// a capital).
    private func capitalizedWord(at start: Int, before limit: Int) -> (end: Int, next: Int, goesOn: Bool) {
        var j = start + 1
        while true {
            // ASCII letters and digits eight at a time; then hyphens, full stops, apostrophes
            // and bytes beyond ASCII one by one.
            j = ByteScan.endOfASCIIAlphanumerics(in: text, from: j, before: limit)
            guard j < limit, text[j] >= 0x80 || text[j] == 0x2D || text[j] == 0x2E || text[j] == 0x27 else { break }
            j += 1
        }
        var end = j
        // "J." in "Donald J. Trump", "Mr." in "Mr. Trump": the full stop is not a sentence's end.
        let initial = text[j - 1] == 0x2E && (j == start + 2 || (j - start <= 5 && classes(start..<(j - 1)).contains(.abbreviation)))
        while !initial, end > start + 1, text[end - 1] == 0x2E { end -= 1 }
        let endsSentence = end < j && !initial
        let goesOn = !endsSentence && j + 1 < limit && text[j] == 0x20 && text[j + 1] >= 0x41 && text[j + 1] <= 0x5A
        return (end, j, goesOn)
    }

    private mutating func add(_ words: [Range<Int>]) {
        // A run of capitalized words: what follows a title is a name, and a sentence's
        // opening word ("After Jo Reid") is not part of it. Nor is an article: "The Trump
        // administration" gives no name, so a surname does not become "The Trump"; and what
        // follows an article is a thing's name ("The New York Times", "The Prayer Link"), never
        // a person a pronoun goes back to.
        // Nor is what comes before a possessive ("CNN's Anderson Cooper") or a dateline glued
        // on by a dash ("WASHINGTON—President Trump"), nor a word written twice: the boxes of
        // links scraped pages glue to a name ("to beat Trump Trump threatening to fire").
        var words = words
        if let again = words.indices.dropFirst().first(where: { text[words[$0]].elementsEqual(text[words[$0 - 1]]) }) {
            guard again >= 2 else { return }
            words.removeSubrange(again...)
        }
        if let dash = Self.lastDash(in: words[0], of: text) { words[0] = dash..<words[0].upperBound }
        // Each word's classes, looked up once.
        let (first, opensWithArticle, afterTitle, titleClasses) = withUnsafeTemporaryAllocation(of: WordClasses.self, capacity: words.count) { wordClasses in
            for k in words.indices { wordClasses[k] = classes(words[k]) }
            let owner = words.indices.dropLast().last { Self.isPossessive(words[$0], in: text) }
            var first = (wordClasses.dropLast().lastIndex { $0.contains(.title) }).map { $0 + 1 } ?? 0
            let afterTitle = first
            // Only before what can be a person's name, two or three words.
            if let owner, owner + 1 > first, (2...3).contains(words.count - (owner + 1)) { first = owner + 1 }
            let opensWithArticle = first == 0 && wordClasses[0].contains(.determiner)
            if opensWithArticle { first = 1 }
            while first < words.count - 1, wordClasses[first].contains(.nameOpener) || Self.endsWithAContractedVerb(words[first], in: text) {
                first += 1   // "But Pompeo", "I’m Amy Goodman"
            }
            return (first, opensWithArticle, afterTitle, afterTitle > 0 ? wordClasses[afterTitle - 1] : [])
        }
        // "Donald Trump’s": the name without its possessive.
        if let last = words.last, Self.isPossessive(last, in: text) {
            words[words.count - 1] = last.lowerBound..<(last.upperBound - (text[last.upperBound - 2] == 0x27 ? 2 : 4))
        } else if let last = words.last, let nameEnd = endOfName(afterParticleAt: last.upperBound) {
            // "Mayor Bill de Blasio": the particle and the surname after it are the name's too.
            let particle = (last.upperBound + 1)..<(ByteScan.endOfASCIIAlphanumerics(in: text, from: last.upperBound + 1, before: nameEnd))
            if text[particle.upperBound] == 0x2D {
                words.append(particle.lowerBound..<nameEnd)     // "bin-Salman"
            } else {
                words.append(particle)
                words.append((particle.upperBound + 1)..<nameEnd)
            }
        }
        let count = words.count - first
        // The Hill's box of links after a name runs on in capitals ("President Trump Donald John
        // TrumpKamala Harris calls ..."): the name is the words before it.
        let lastNameWord = count > 3 && first == afterTitle ? Self.lastWordBeforeLinks(words, from: first, in: text) : nil
        if first == afterTitle, count <= 3 || lastNameWord != nil {
            let nameEnd = words[lastNameWord ?? (words.count - 1)].upperBound
            let name = words[first].lowerBound..<(endOfName(afterParticleAt: nameEnd) ?? nameEnd)
            if first > 0 {
                titled.append(TitledName(run: words[0].lowerBound, title: words[first - 1], name: name, sex: Sex(title: titleClasses)))
            } else if let (title, classes) = titleBefore(words[0].lowerBound) {
                titled.append(TitledName(run: title.lowerBound, title: title, name: name, sex: Sex(title: classes)))   // "first lady Melania Trump"
            }
        }
        guard count >= 2, count <= 4 else { return }
        names.append(Name(words: wordRanges.count..<(wordRanges.count + count), at: words[0].lowerBound,
                          lastKey: lowercaseHash(words[words.count - 1]), looksLikePerson: opensWithArticle ? false : nil))
        for word in words[first...] { wordRanges.append(word) }
    }

    /// Where the word goes on after its last em or en dash, if it has one with letters after it.
    private static func lastDash(in word: Range<Int>, of text: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = word.upperBound - 3
        while i >= word.lowerBound {
            if text[i] == 0xE2, text[i + 1] == 0x80, text[i + 2] == 0x94 || text[i + 2] == 0x93 {
                return i + 3 < word.upperBound ? i + 3 : nil
            }
            i -= 1
        }
        return nil
    }

    /// The word ends with a verb contracted after an apostrophe ('m, 're, 've, 'll, 'd): "I’m",
    /// "We're", "They’ve", a pronoun and a verb, which open no name.
    private static func endsWithAContractedVerb(_ word: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        // Read from the end: most words fail at their last byte.
        let end = word.upperBound
        guard word.count > 2 else { return false }
        let apostrophe: Int
        switch text[end - 1] {
        case 0x6D, 0x64: apostrophe = end - 2                                            // 'm, 'd
        case 0x65 where text[end - 2] == 0x72 || text[end - 2] == 0x76: apostrophe = end - 3  // 're, 've
        case 0x6C where text[end - 2] == 0x6C: apostrophe = end - 3                        // 'll
        default: return false
        }
        guard apostrophe > word.lowerBound else { return false }
        if text[apostrophe] == 0x27 { return true }
        return text[apostrophe] == 0x99 && apostrophe >= word.lowerBound + 3 && text[apostrophe - 1] == 0x80 && text[apostrophe - 2] == 0xE2
    }

    /// The word ends with 's or ’s.
    private static func isPossessive(_ word: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count > 3, text[word.upperBound - 1] == 0x73 else { return false }
        return text[word.upperBound - 2] == 0x27 || (text[word.upperBound - 2] == 0x99 && text[word.upperBound - 4] == 0xE2)
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }

    private func string(_ name: Name) -> String {
        wordRanges[name.words].map(string).joined(separator: " ")
    }

    func classes(_ range: Range<Int>) -> WordClasses {
        WordClassTable.classes(of: text, range, in: wordClasses)
    }

    /// The hash of the word in `range` in lower case, as `WordClassTable.fnv` of its
    /// lower-cased UTF-8; ASCII is folded in place.
    func lowercaseHash(_ range: Range<Int>) -> UInt64 {
        let bytes = UnsafeBufferPointer(rebasing: text[range])
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return WordClassTable.fnv(string(range).lowercased().utf8) }
        return WordClassTable.fnv(bytes.lazy.map(ByteScan.lowercased))
    }

    /// The word in `range` of `text` is `key` (in lower case), in any case. Static, as the
    /// mutating lookups call it: a method would copy the whole value for each call.
    static func matches(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercased key: [UInt8]) -> Bool {
        let bytes = UnsafeBufferPointer(rebasing: text[range])
        if bytes.allSatisfy({ $0 < 0x80 }) {
            guard bytes.count == key.count else { return false }
            return (0..<key.count).allSatisfy { ByteScan.lowercased(bytes[$0]) == key[$0] }
        }
        return Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8) == key
    }

    /// `name` ends with the bytes of `suffix`: `hasSuffix` without comparing Characters,
    /// which asks Unicode of every one.
    static func endsWith(_ name: String, _ suffix: String) -> Bool {
        var name = name, suffix = suffix
        return name.withUTF8 { name in
            suffix.withUTF8 { suffix in
                name.count >= suffix.count && UnsafeBufferPointer(rebasing: name[(name.count - suffix.count)...]).elementsEqual(suffix)
            }
        }
    }

    /// "Trump’s" -> "Trump": a name without its possessive.
    private static func withoutPossessive(_ word: String) -> String {
        let utf8 = word.utf8
        guard utf8.last == 0x73 else { return word }
        let beforeS = utf8.dropLast()
        guard beforeS.last == 0x27 || beforeS.suffix(3).elementsEqual([0xE2, 0x80, 0x99]) else { return word }
        var stripped = word
        stripped.removeLast(2)
        return stripped
    }

    /// The word in `range` is written with a capital elsewhere in the article where no
    /// sentence starts (after a lower-case word or a comma): a name, not "Instead" or "But".
    func isProperNoun(_ range: Range<Int>) -> Bool {
        let length = range.count
        guard length > 0 else { return false }
        let first = text[range.lowerBound]
        var i = 2
        while true {
            i = ByteScan.next(first, in: text, from: i, before: text.count)
            guard i + length <= text.count else { return false }
            defer { i += 1 }
            guard i != range.lowerBound, text[i - 1] == 0x20, (text[i - 2] >= 0x61 && text[i - 2] <= 0x7A) || text[i - 2] == 0x2C,
                  i + length == text.count || !QuoteMarks.isLetterOrDigit(text[i + length]) else { continue }
            if (0..<length).allSatisfy({ text[i + $0] == text[range.lowerBound + $0] }) { return true }
        }
    }

    private static func opensWithDeterminer(_ speaker: String) -> Bool {
        WordClassTable.classes(ofFirstWordOf: speaker).contains(.determiner)
    }

    /// Nouns for documents and bodies that speak as "it": the source nouns that are not
    /// people or plural, and a few bodies more.
    static let thingNouns: Set<String> = sourceNouns.subtracting([
        "judge", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "aide", "aides", "adviser", "advisers",
        "senator", "candidate", "president", "governor", "congressman", "congresswoman", "lawmaker", "lawmakers", "critics",
        "supporters", "protesters", "voters", "crowd", "audience", "experts", "analysts", "democrats", "republicans",
        "documents", "emails",
    ]).union(["foundation", "council", "board", "office", "commission", "filing", "message", "video", "sign", "notice", "spot"])

    /// "the Democrats", "Senate Republicans", "the protesters": a group, for "they".
    static func isGroup(_ speaker: String) -> Bool {
        if isJoint(speaker) { return true }
        guard let last = speaker.split(separator: " ").last?.lowercased() else { return false }
        if AttributionFinder.bareSources.contains(last) { return true }
        return opensWithDeterminer(speaker) && last.hasSuffix("s") && !last.hasSuffix("’s") && !last.hasSuffix("'s")
            && !last.hasSuffix("ss")
    }

    /// People named together as one speaker: "John McCain and Lindsey Graham", "Bob
    /// Goodlatte, Trey Gowdy and Devin Nunes".
    static func joint(_ people: [String]) -> String {
        people.count <= 2 ? people.joined(separator: " and ") : people.dropLast().joined(separator: ", ") + " and " + people[people.count - 1]
    }

    /// A speaker `joint` made: "they" may stand for it, "he" and "she" not.
    static func isJoint(_ speaker: String) -> Bool {
        // Asked of every remembered speaker a pronoun passes: bytes, not a string search.
        var speaker = speaker
        return speaker.withUTF8 { bytes in
            guard bytes.count > 6, bytes[0] >= 0x41, bytes[0] <= 0x5A || bytes[0] >= 0x80 else { return false }
            for i in 1..<(bytes.count - 5) where bytes[i] == 0x20 && bytes[i + 1] == 0x61 && bytes[i + 2] == 0x6E
                && bytes[i + 3] == 0x64 && bytes[i + 4] == 0x20 {
                let next = bytes[i + 5]
                if next >= 0x41 && next <= 0x5A || next >= 0x80 { return true }   // " and " and a capital
            }
            return false
        }
    }

    /// "the report", "the Justice Department": a document or body, for "it".
    static func isThing(_ speaker: String) -> Bool {
        guard let last = speaker.split(separator: " ").last?.lowercased() else { return false }
        return thingNouns.contains(last) && (opensWithDeterminer(speaker) || speaker.first?.isUppercase == true)
    }

    mutating func remember(_ speaker: String, at offset: Int) {
        recent.append(Remembered(name: speaker, at: offset, opensWithDeterminer: Self.opensWithDeterminer(speaker)))
    }

    /// `looksLikePerson` of the name at `index`, asked once.
    mutating func looksLikePerson(_ index: Int) -> Bool {
        if names[index].looksLikePerson == nil {
            names[index].looksLikePerson = Self.looksLikePerson(text, words: wordRanges[names[index].words])
        }
        return names[index].looksLikePerson == true
    }

    /// The name as a string, with its length and whether it has a word in capitals: made the
    /// first time a lookup asks, kept for the next.
    mutating func written(_ index: Int) -> (text: String, length: Int, shouted: Bool) {
        if let written = names[index].written { return written }
        let text = string(names[index])
        let bytes = self.text   // not `self` in the closure: that copies the whole value
        let written = (text, text.count, wordRanges[names[index].words].contains { Self.isShouted(bytes, $0) })
        names[index].written = written
        return written
    }

    /// "Democrat", "California Democrat", "New York Republican": a member of a party, perhaps
    /// after a state's or a chamber's capitalized words, as news writes a person named before.
    static func isPartyMember(_ words: ArraySlice<String>) -> Bool {
        guard let last = words.last, words.count <= 4,
              last.utf8.count == 8 && last == "Democrat" || last.utf8.count == 10 && last == "Republican" else { return false }
        // Not "One Nevada Republican" or "Another Republican": a determiner opens a description.
        return words.dropLast().allSatisfy {
            isCapitalized($0) && !$0.hasSuffix("’s") && !$0.hasSuffix("'s") && !$0.hasSuffix(".")
                && !WordClassTable.classes(ofFirstWordOf: $0).contains(.determiner)
        }
    }

    /// The first letter is upper case; ASCII is read from the first byte, without asking
    /// Unicode.
    static func isCapitalized(_ word: String) -> Bool {
        guard let byte = word.utf8.first else { return false }
        return byte < 0x80 ? byte >= 0x41 && byte <= 0x5A : word.first?.isUppercase == true
    }

    /// The first name at or after byte `offset`; names are in the order of the text.
    func firstName(atOrAfter offset: Int) -> Int {
        var low = 0, high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle].at < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The pronoun of a contraction with a verb: "I’m", "I've", "They’re", "We'll" -> "I",
    /// "They", "We".
    private static func pronoun(ofContraction word: String) -> String? {
        // Most mentions have no apostrophe: a byte scan says so before splitting into
        // characters, which cost 5% of extraction when done for every mention.
        guard word.utf8.contains(where: { $0 == 0x27 || $0 == 0x99 }) else { return nil }
        let parts = word.split(maxSplits: 1, whereSeparator: { $0 == "'" || $0 == "’" })
        // "He’s asserted": "he has" ("It’s called" is "it is", and gives a name: `isNaming`).
        guard parts.count == 2, ["m", "ve", "d", "ll", "re"].contains(parts[1]) || (parts[1] == "s" && ["he", "she", "it"].contains(parts[0].lowercased())),
              WordClassTable.classes(ofFirstWordOf: String(parts[0])).contains(.pronoun) else { return nil }
        return String(parts[0])
    }

    /// The pronoun of a possessive: "his warning" is his, so he speaks.
    private static func pronoun(ofPossessive word: String) -> String? {
        switch word {
        case "his": "he"
        case "her": "she"
        case "their": "they"
        case "His": "He"
        case "Her": "She"
        case "Their": "They"
        default: nil
        }
    }

    /// The canonical speaker for a mention at byte `offset`.
    mutating func speaker(for mentionWords: [String], at offset: Int) -> String {
        // "CNN's Jake Tapper", "the Courier’s Dana Cole": the person, not the owner before
        // ("Christie's office" stays).
        var mention = mentionWords
        if mentionWords.count > 1,
           let owner = mentionWords.dropLast().lastIndex(where: { $0.utf8.last == 0x73 && (Self.endsWith($0, "'s") || Self.endsWith($0, "’s")) }),
           mentionWords[(owner + 1)...].allSatisfy(Self.isCapitalized) {
            mention.removeSubrange(...owner)
        }
        // "Donald Trump, Jr.": the comma before a suffix is no word of the name.
        if let comma = mention.firstIndex(of: ","), comma + 1 < mention.count, Self.isNameSuffix(mention[comma + 1]) {
            mention.remove(at: comma)
        }
        guard let asWritten = mention.first else { return "" }
        // "his warning", "her remark": the possessive is its pronoun.
        // "I’m told", "They’re saying": a pronoun's contraction is the pronoun.
        let first = mention.count == 1 ? Self.pronoun(ofPossessive: asWritten) ?? Self.pronoun(ofContraction: asWritten) ?? asWritten : asWritten
        // The word lists hold ASCII words; their classes answer without making strings.
        let firstClasses = WordClassTable.classes(ofFirstWordOf: first)
        if mention.count == 1, firstClasses.contains(.pronoun) {
            let lower = first.lowercased()
            if lower == "he" || lower == "she" { return person(forPronoun: lower, at: offset) }
            // "Senate Republicans said ... they added": "they" goes to a group that spoke last,
            // "it" to a document or body that spoke last ("The report said ... it added").
            if lower == "they" || lower == "it", let last = recent.last(where: { $0.at < offset }),
               lower == "they" ? Self.isGroup(last.name) : Self.isThing(last.name) {
                return last.name
            }
            return lower == "i" ? first : lower   // "They said" and "they said" are the same speaker.
        }
        // "TRUMP: “Q”": a label in capitals is the person the article names in ordinary case.
        if Self.isAllCapitals(first), let spelled = spelledAsInText(mention) { return speaker(for: spelled, at: offset) }
        // "President Barack Obama ... the president said": the person named in that office.
        if firstClasses.contains(.determiner), let (role, places) = SpeakerRole.ofMention(mention),
           let person = person(in: role, placedIn: places, before: offset) {
            return person
        }
        // "the President said": its capital made the office a name of its own, without "the"
        // ("Steve King said" stays a name).
        if mention.count == 1, firstClasses.contains(.title), followsThe(offset),
           let (role, places) = SpeakerRole.ofMention(["the", first]) {
            return person(in: role, placedIn: places, before: offset) ?? "the " + first.lowercased()
        }
        // "the California Democrat said", "the first-term Republican added": a person told by
        // state and party is the person in focus named with a title, as news names those it
        // describes so. "a top House Republican" is nobody named: the description stays (not
        // "Republican", a title's stripped words). "the top Democrat on the committee" is an
        // office; after "one Democratic strategist" or "a Wisconsin Republican", "the
        // Democrat" is that unnamed person.
        if case let described = first == "the" || first == "The" ? mention.dropFirst() : mention[...], Self.isPartyMember(described) {
            let written = described.joined(separator: " ")
            guard described.count < mention.count || followsDefiniteArticle(offset) else { return written }
            guard !namesAnOffice(before: offset), described.count > 1 || !introducesUnnamed(written, before: offset) else {
                return "the " + written
            }
            return personInFocus(at: offset, .namedWithTitle) ?? "the " + written
        }
        func isTitle(_ word: String) -> Bool { WordClassTable.classes(ofFirstWordOf: word).contains(.title) }
        // "the White House said" and "White House said": one speaker, the name without its
        // article. Not a name of one word ("the Hill" is no "Hill", a surname), nor a person
        // told by party and state ("the California Democrat"). "House" and "Press" are titles
        // ("House Speaker Paul Ryan", "press secretary"), but not after a word that is none
        // ("the White House", "The Associated Press").
        if mention.count >= 3, first.lowercased() == "the", mention.dropFirst().allSatisfy(Self.isCapitalized),
           let last = mention.last, !isTitle(last) || ((last == "House" || last == "Press") && !isTitle(mention[mention.count - 2])) {
            let name = Array(mention.dropFirst())
            // "the Rev. Al Sharpton" is Al Sharpton; "the New York Times" is not looked up.
            return name.dropLast().contains(where: isTitle) ? speaker(for: name, at: offset) : name.joined(separator: " ")
        }
        guard Self.isCapitalized(first) else {
            // "former House Speaker Newt Gingrich", "press secretary Josh Earnest": words in lower
            // case before a name describe the person it names.
            if let name = Self.nameAfterDescription(mention) {
                // Only a person's name: "one House Republican" is no "Republican", and "former
                // President Obama" stays as written unless the article names him in full.
                let person = speaker(for: name, at: offset)
                if Self.looksLikePerson(person) { return person }
            }
            return mention.joined(separator: " ")
        }
        if firstClasses.contains(.determiner) {
            // "The president said" and "said the president": one speaker.
            return ([first.lowercased()] + mention.dropFirst()).joined(separator: " ")
        }
        var words = mention
        // "Sen. John Thune of South Dakota": the person, without the state; but not "Secretary
        // of State John Kerry" or "Chiefs of Staff Martin Dempsey", where a title follows,
        // nor "Alabama Department of Corrections", a body's name.
        if let of = words.firstIndex(of: "of"), of >= 2, of + 1 < words.count, !isTitle(words[of - 1]),
           !Self.bodyWords.contains(words[of - 1].lowercased()) && !Self.bodyHeadsBeforeOf.contains(words[of - 1].lowercased()),
           words[(of + 1)...].allSatisfy({ Self.isCapitalized($0) && !isTitle($0) }) {
            words.removeSubrange(of...)
        }
        words = Self.stripTitles(words)
        // "TV historian Tim Brooks", "Democratic strategist and CNN contributor Paul Begala": a
        // description before a name may open with a capital too.
        if words.count >= 3, let name = Self.nameAfterDescription(words), name.count < words.count {
            let person = speaker(for: name, at: offset)
            if Self.looksLikePerson(person) { return person }
        }
        while words.count > 1, WordClassTable.classes(ofFirstWordOf: words[0]).contains(.nameOpener) { words.removeFirst() }   // "But Pompeo"
        words = words.map(Self.withoutPossessive)
        guard let last = words.last else { return mention.joined(separator: " ") }
        let written = words.joined(separator: " ")
        // Of the people whose names end with the same word, the first the article names, by
        // the fullest name it gives them. A story names its subject first and in full, and
        // writes others of the same name in full again and again so the surname stays its
        // subject's: "Trump" is Donald, not Melania, Trump, even where her name is longer or
        // written more often. "Mrs. Trump" is one known as a woman if the article has one (by a
        // title or a given name), "Mr. Trump" none known as a woman.
        let people = people(named: written, last: last, at: offset)
        let sex = Sex(title: firstClasses)
        let person = sex.flatMap { sex in people.first { isKnown($0.fullest, as: sex) } }
            ?? people.first { person in sex.map { !isKnown(person.fullest, as: $0.other) } ?? true }
        if let person { return person.fullest }
        // "Officials said" at a sentence's start and "officials said": one speaker ("Police"
        // after "Ferguson Police" stays the body, above).
        if Self.isSourceOpeningASentence(mention) { return ([first.lowercased()] + mention.dropFirst()).joined(separator: " ") }
        // "Hillary said": a given name alone is the one person the article names in full by it.
        if words.count == 1, Sex(givenNameOf: last) != nil, let full = self.person(withGivenName: last) { return full }
        // "Xi said": a family name written first is the person the article names in full by it.
        if words.count == 1, Self.familyNamesWrittenFirst.contains(last), let full = self.person(withFamilyName: last) { return full }
        return written
    }

    /// The one person the article names in full with `given` as the first word ("Hillary
    /// Clinton" for "Hillary"), by the fullest name it gives them; nil when it names nobody
    /// so, or two people ("Bill Clinton" and "Bill de Blasio").
    private mutating func person(withGivenName given: String) -> String? {
        let people = people(withFirstWord: given)
        return people.count == 1 ? people[0].name : nil
    }

    /// The people the article names in full with `first` as the first word, told apart by
    /// their last words, in the order first named, each by the fullest name it gives them.
    mutating func people(withFirstWord first: String) -> [(name: String, length: Int, surname: Range<Int>)] {
        var first = first
        var people: [(name: String, length: Int, surname: Range<Int>)] = []
        for index in names.indices {
            let words = wordRanges[names[index].words]
            guard words.count >= 2, let firstWord = words.first, let surname = words.last,
                  first.withUTF8({ text[firstWord].elementsEqual($0) }), looksLikePerson(index) else { continue }
            let (candidate, length, shouted) = written(index)
            guard !shouted else { continue }
            if let known = people.firstIndex(where: { text[$0.surname].elementsEqual(text[surname]) }) {
                if length > people[known].length { (people[known].name, people[known].length) = (candidate, length) }
            } else {
                people.append((candidate, length, surname))
            }
        }
        return people
    }

    /// "Jr.", "Sr.", "III": what follows a name, and is none. (Compared, not hashed: every
    /// mention's last word is asked.)
    static func isNameSuffix(_ word: String) -> Bool {
        switch word {
        case "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV": return true
        default: return false
        }
    }

    /// The capitalized words that end a mention opening in lower case ("former House Speaker
    /// Newt Gingrich": "House Speaker Newt Gingrich"), with the particles and the `of` of a
    /// title among them ("former Secretary of State John Kerry"); nil when it ends in lower
    /// case. Whether they name a person is the caller's to judge ("another New Hampshire
    /// Republican" names none).
    static func nameAfterDescription(_ mention: [String]) -> [String]? {
        guard let lastLowercase = mention.lastIndex(where: { !isCapitalized($0) && $0 != "of" && !nameParticles.contains($0) }),
              lastLowercase + 1 < mention.count else { return nil }
        let name = Array(mention[(lastLowercase + 1)...])
        guard isCapitalized(name[0]) else { return nil }
        // What the lower-case words say must be who the person is: a title or role right
        // before the name ("press secretary", "longtime GOP strategist"), a noun of a
        // person's work ("historian", "co-investigator"), or a title inside the name
        // ("retired Army Col. Ken Allard"). Not a verb: "the president quotes Martin Luther".
        let describing = mention[lastLowercase]
        let classes = WordClassTable.classes(ofFirstWordOf: describing)
        guard !classes.isDisjoint(with: [.title, .workNoun])
                || (classes.isDisjoint(with: [.notNoun, .clauseWord, .cue, .beVerb, .phraseOpener, .timeWord]) && namesAWorker(describing))
                || stripTitles(name).count < name.count else { return nil }
        return name
    }

    /// Nouns of a person's work or part that are no titles, and that may stand between a body
    /// and a name: "CNN contributor Paul Begala", "TV historian Tim Brooks", "Trump confidant
    /// Newt Gingrich". Unlike the endings of `namesAWorker`, listed: after a capitalized word
    /// a verb ends so too ("Trump chastised industrial manufacturer Rexnord").
    static let workNouns: Set<String> = [
        "contributor", "correspondent", "anchor", "host", "columnist", "commentator", "pundit", "historian", "scientist",
        "researcher", "reporter", "editor", "writer", "author", "supporter", "backer", "confidant", "ally", "critic",
        "member", "worker", "founder", "cofounder", "co-founder", "owner", "fellow", "scholar", "expert", "physician",
        "doctor", "surgeon", "nurse", "teacher", "student", "voter", "veteran", "agent", "official",
    ]

    /// A noun for someone by their work or part: "historian", "columnist", "co-investigator",
    /// "nominee", by the endings such nouns take.
    private static func namesAWorker(_ word: String) -> Bool {
        word.utf8.count > 4 && !notWorkers.contains(word) && ["ist", "ian", "er", "or", "ant", "ent", "ee"].contains { endsWith(word, $0) }
    }

    /// Words with those endings that name no one.
    private static let notWorkers: Set<String> = [
        "after", "under", "over", "whether", "never", "rather", "other", "another", "later", "either", "neither",
        "however", "together", "longer", "sooner", "earlier",
    ]

    /// A source in lower case but for its first letter, capitalized where it opens a sentence:
    /// `Critics`, `Police`, `Others`, `Administration officials`, `Top Republicans`; not
    /// `Democrats` or `Republicans` alone, the parties' names.
    static func isSourceOpeningASentence(_ mention: [String]) -> Bool {
        guard let last = mention.last, WordClassTable.classes(ofFirstWordOf: last).contains(.bareSource) else { return false }
        let isParty = last == "Democrats" || last == "Republicans"
        if mention.count == 1 { return !isParty }
        return WordClassTable.classes(ofFirstWordOf: mention[0]).contains(.sourceModifier)
            && mention.dropFirst().dropLast().allSatisfy { !isCapitalized($0) } && (isParty || !isCapitalized(last))
    }

    /// "the top Democrat", "the ranking Republican": a word of rank before a party member
    /// makes an office of it, held by someone the article need not have named.
    private func namesAnOffice(before offset: Int) -> Bool {
        let ranks: [StaticString] = ["top ", "ranking ", "senior ", "leading ", "highest-ranking ", "No. 2 ", "No. 3 "]
        return ranks.contains { ByteScan.hasSuffix(text, 0..<offset, $0) }
    }

    /// Shortly before byte `offset` the article introduces a member of `party` ("Democrat" or
    /// "Republican") that it does not name: "one Democratic strategist", "a Wisconsin
    /// Republican". (A state's member, "the Kentucky Republican", is named: the check is for
    /// the bare word.)
    private func introducesUnnamed(_ party: String, before offset: Int) -> Bool {
        let stem = party.prefix(8)   // "Democrat", "Democratic"; "Republic"
        let words = string(max(0, offset - 600)..<offset).split(whereSeparator: { $0 == " " || $0 == "\n" })
        for (index, word) in words.enumerated() where word.hasPrefix(stem) {
            if words[max(0, index - 4)..<index].contains(where: { ["a", "an", "one", "another"].contains($0.lowercased()) }) { return true }
        }
        return false
    }

    /// "the" stands before byte `offset`, perhaps with up to two words in lower case between
    /// ("the first-term Republican", "the 73-year-old Democrat").
    private func followsDefiniteArticle(_ offset: Int) -> Bool {
        var start = offset
        for _ in 0..<3 {
            if followsThe(start) { return true }
            guard start >= 2, text[start - 1] == 0x20 else { return false }
            var wordStart = start - 1
            while wordStart > 0, text[wordStart - 1] != 0x20, text[wordStart - 1] != 0x0A { wordStart -= 1 }
            guard wordStart < start - 1, !(text[wordStart] >= 0x41 && text[wordStart] <= 0x5A),
                  !text[wordStart..<(start - 1)].contains(where: { $0 == 0x2C || $0 == 0x2E }) else { return false }
            start = wordStart
        }
        return false
    }

    /// The word "the" or "The" and a space come right before byte `offset`.
    private func followsThe(_ offset: Int) -> Bool {
        let before = 0..<offset
        guard ByteScan.hasSuffix(text, before, "the ") || ByteScan.hasSuffix(text, before, "The ") else { return false }
        return offset == 4 || !QuoteMarks.isLetterOrDigit(text[offset - 5])
    }

    /// The people named in the article by names that end with `written` (whose last word is
    /// `last`) and are longer, or that are `written` with a middle name or initial ("Sarah
    /// Huckabee Sanders" for "Sarah Sanders"), in the order they are first named, told apart
    /// by their first words ("Donald Trump" and "Donald J. Trump" are one, "Melania Trump"
    /// another), each with its fullest name. The names before `offset` count, or the names
    /// after it for a surname met before any full name.
    mutating func people(named written: String, last: String, at offset: Int)
        -> [(firstWord: Range<Int>, fullest: String, length: Int)] {
        var last = last, written = written
        // The surname's key and bytes in lower case, ASCII folded without making a string.
        let keyBytes = last.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? bytes.map(ByteScan.lowercased) : nil }
            ?? Array(last.lowercased().utf8)
        let keyHash = WordClassTable.fnv(keyBytes)
        let text = self.text
        var people: [(firstWord: Range<Int>, fullest: String, length: Int)] = []
        // One pass over the names in text order, up to the first after `offset` once one
        // before it has been seen.
        var namedBefore = false
        for index in 0..<names.count {
            guard names[index].lastKey == keyHash,
                  Self.matches(text, wordRanges[names[index].words.upperBound - 1], lowercased: keyBytes) else { continue }
            let before = names[index].at <= offset
            namedBefore = namedBefore || before
            if namedBefore && !before { break }
            // Longer than the name as the mention writes it, and ending with it; or the name
            // with a middle name or initial that the mention leaves out ("Sarah Sanders" after
            // "Sarah Huckabee Sanders").
            let words = wordRanges[names[index].words]
            guard written.withUTF8({ Self.isLongerName(text, words, endingWith: $0) || Self.isName(text, words, withMiddleOf: $0) })
            else { continue }
            let (candidate, length, shouted) = self.written(index)
            // Not the name as the mention writes it ("Mr. Van Hollen" is no person "Van").
            guard !shouted else { continue }
            let firstWord = words[words.startIndex]
            if let known = people.firstIndex(where: { text[$0.firstWord].elementsEqual(text[firstWord]) }) {
                if length > people[known].length { (people[known].fullest, people[known].length) = (candidate, length) }
            } else {
                people.append((firstWord, candidate, length))
            }
        }
        return people
    }

    /// The name whose words lie at `words`, written with one space between them, is longer
    /// than `suffix` and ends with its bytes: `hasSuffix` on the name without making it.
    private static func isLongerName(_ text: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Range<Int>>,
                                     endingWith suffix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard words.reduce(words.count - 1, { $0 + $1.count }) > suffix.count else { return false }
        // From the end: the last word's bytes, a space, the word before, and so on.
        var remaining = suffix.count
        var word = words.endIndex - 1
        while remaining > 0 {
            var i = words[word].upperBound
            while i > words[word].lowerBound, remaining > 0 {
                i -= 1
                remaining -= 1
                guard text[i] == suffix[remaining] else { return false }
            }
            guard remaining > 0 else { break }
            word -= 1   // there is one: the name is longer than the suffix
            remaining -= 1
            guard suffix[remaining] == 0x20 else { return false }
        }
        return true
    }

    /// The name whose words lie at `words` is three words, and `firstAndLast` is its first and
    /// last: "Sarah Huckabee Sanders" for "Sarah Sanders".
    private static func isName(_ text: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Range<Int>>,
                               withMiddleOf firstAndLast: UnsafeBufferPointer<UInt8>) -> Bool {
        guard words.count == 3, let space = firstAndLast.firstIndex(of: 0x20) else { return false }
        return text[words[words.startIndex]].elementsEqual(firstAndLast[..<space])
            && text[words[words.startIndex + 2]].elementsEqual(firstAndLast[(space + 1)...])
    }

    /// The states of the United States, as words: datelines put them after a town
    /// ("Salem, New Hampshire,").
    static let stateNames: [[String]] = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
        "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
        "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "D.C.",
        // and as the AP abbreviates them
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.",
        "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.",
        "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
    ].map { $0.split(separator: " ").map(String.init) }

    /// The states by their first word, so a capitalized word asks only its own.
    static let statesByFirstWord: [String: [[String]]] = Dictionary(grouping: stateNames, by: { $0[0] })

    /// Words that make a name a place, an organization or an event rather than a person.
    static let placeWords: Set<String> = bodyWords.union([
        "street", "road", "row", "avenue", "square", "park", "café", "cafe", "bar", "hotel", "club", "council", "service",
        "services", "hospital", "harbour", "harbor", "weather", "water", "bay", "ltd", "inc", "news", "times", "post", "today",
        "university", "party", "house", "court", "department", "ministry", "agency", "company", "group", "fund", "bank",
        "office", "committee", "association", "union", "institute", "center", "centre", "school", "college", "city",
        "county", "state", "states", "republic", "kingdom", "nations", "church", "trust", "board", "network", "channel",
        "radio", "ledger", "gazette", "courier", "journal", "press", "magazine", "airport", "station", "bridge", "valley",
        "river", "north", "south", "east", "west", "day", "week", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "white", "general", "america", "american", "united", "act", "deal", "matter", "war", "force",
        "senate", "congress", "capitol", "continued", "below", "new", "york", "st.", "more", "video", "videos", "replay",
        "carolina", "dakota", "jersey", "hampshire", "mexico", "island", "angeles", "francisco", "vegas", "korea",
        "africa", "arabia", "democrat", "democrats", "republican", "republicans", "gop", "democratic", "partnership",
        "care", "policy", "klan", "pipeline", "tower", "project", "library",
        // Events and page chrome that pronouns went to ("Great Depression", "Hide Caption",
        // "Advertisement Continue reading", The Hill's "Overnight Energy").
        "depression", "breakfast", "caption", "stories", "advertisement", "continue", "overnight", "energy",
        // Places named after saints: "San Jose" is no "he".
        "san", "santa",
        // Laws, bodies, events and places that "he" and "she" went to on AllSides ("First
        // Amendment", "Border Protection", "Federal Reserve", "Super Bowl", "Hong Kong").
        "amendment", "studies", "arrivals", "images", "control", "protection", "edition", "corps", "chiefs", "reserve",
        "forum", "belt", "recession", "spring", "bowl", "peninsula", "diseases", "industries", "register", "chronicle",
        "caller", "rights", "core", "beach", "kong", "moines", "rico", "aviv", "ireland", "california", "texas", "florida",
        "ohio", "iowa", "action", "requiem", "rapids", "customs", "program", "physicians", "storm",
        // Sports events: "Grand Slam hopes. He told BBC Sport" is not the Grand Slam's word.
        "slam", "cup", "league", "open", "championship", "championships", "games", "olympics", "prix", "trophy",
        "stadium", "tournament", "marathon",
    ])

    /// Bodies' words that an "of" follows in their names ("Bank of America", "University of
    /// Texas"), besides `bodyWords`; not "White", a surname as well ("Lawrence White of NYU").
    static let bodyHeadsBeforeOf: Set<String> = [
        "bank", "university", "institute", "association", "center", "centre", "school", "college", "society", "chamber",
        "federation", "union", "coalition", "league", "corps", "service", "services", "division", "church", "county", "city",
    ]

    /// The last words of the names of bodies and peoples ("Homeland Security", "Border Patrol",
    /// "African Americans", "State Department"): place words, but a subject they end is a
    /// source ("Planned Parenthood said"), and a title before them stays ("Justice
    /// Department" is not "Department").
    static let bodyWords: Set<String> = [
        "department", "ministry", "committee", "party", "council", "agency", "office", "court", "commission",
        "caucus", "board", "bureau", "cabinet", "government", "organization", "democrats", "republicans", "americans",
        "security", "convention", "foundation", "institution", "institutes", "academy", "administration", "affairs",
        "enforcement", "intelligence", "command", "army", "guard", "patrol", "embassy", "treasury", "constitution",
        "parenthood", "review", "report",
    ]

    /// Two or three capitalized words, none of them a place's, an organization's, a pronoun
    /// or in capitals, and no determiner first: "Jo Reid", not "New York" or "The Post". Read from
    /// the UTF-8 bytes; only words beyond ASCII ask Unicode.
    static func looksLikePerson(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { looksLikePerson($0, words: words($0)) }
    }

    /// `looksLikePerson` of the name whose words lie at `words` in `bytes`: an indexed name
    /// is asked without making its string.
    static func looksLikePerson(_ bytes: UnsafeBufferPointer<UInt8>, words: some RandomAccessCollection<Range<Int>>) -> Bool {
        guard words.count >= 2, let firstWord = words.first, let lastWord = words.last else { return false }
        // "Bill de Blasio", "Abu Bakr al Baghdadi": a particle in lower case between the given
        // name and the surname, not counted among the name's two or three words.
        let isParticle = { (word: Range<Int>) in word != firstWord && word != lastWord && isNameParticle(bytes, word) }
        guard words.count - words.count(where: isParticle) <= 3 else { return false }
        for word in words {
            if isParticle(word) { continue }
            let isASCII = bytes[word].allSatisfy { $0 < 0x80 }
            let classes = isASCII ? WordClassTable.classes(of: bytes, word) : []
            let isPlace = isASCII ? classes.contains(.place) : placeWords.contains(String(decoding: bytes[word], as: UTF8.self).lowercased())
            // A pronoun is in no one's name: "Sign Up You will receive emails" is a newsletter
            // box, "U.S. He" a sentence's end and the next one's start. But "I" may be a
            // numeral ("Elizabeth I"), and "He" a Chinese surname ("Liu He").
            if classes.contains(.pronoun), word.count > 1 {
                let isSurnameHe = word.count == 2 && bytes[word.lowerBound] | 0x20 == 0x68   // "He", "he"
                    && word != firstWord && bytes[word.lowerBound - 2] != 0x2E               // not after "U.S."
                if !isSurnameHe { return false }
            }
            // "al-Baghdadi": the capital comes after a particle and a hyphen.
            let hyphen = bytes[word].firstIndex(of: 0x2D)
            let start = hyphen.flatMap { isNameParticle(bytes, word.lowerBound..<$0) ? $0 + 1 : nil } ?? word.lowerBound
            let isCapitalized = isASCII ? start < word.upperBound && bytes[start] >= 0x41 && bytes[start] <= 0x5A
                : String(decoding: bytes[start..<word.upperBound], as: UTF8.self).first?.isUppercase == true
            if isPlace || !isCapitalized || isShouted(bytes, word) { return false }
        }
        // Nor a surname that opens with its particle ("De Blasio" at a sentence's start); "Al"
        // and "Van" are given names too (Al Gore, Van Jones).
        return !ByteScan.isLower(bytes, firstWord, oneOf: notOpeningAName)
    }

    /// Words that open no person's name: a determiner, or a particle that opens only a surname.
    private static let notOpeningAName: [StaticString] = [
        "the", "a", "an", "this", "that", "its", "his", "her", "their", "el", "de", "von", "du", "del", "der", "di", "da", "bin",
    ]

    /// The bytes at `word` are a name particle: in lower case, two or three letters, so most
    /// words are told apart without making a string.
    static func isNameParticle(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        (2...3).contains(word.count) && bytes[word.lowerBound] >= 0x61 && bytes[word.lowerBound] <= 0x7A
            && nameParticles.contains(String(decoding: bytes[word], as: UTF8.self))
    }

    /// The byte ranges of the words of a name, between spaces.
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
            if i > start { words.append(start..<i) }
            start = i + 1
        }
        return words
    }

    /// The byte ranges of the words in `range` of the text, between spaces.
    func words(in range: Range<Int>) -> [Range<Int>] {
        Self.words(UnsafeBufferPointer(rebasing: text[range])).map { ($0.lowerBound + range.lowerBound)..<($0.upperBound + range.lowerBound) }
    }

    /// Three or more letters, all capitals: a word of a masthead or page chrome ("USA TODAY",
    /// "JUST WATCHED Obama"), which makes a run of capitals no name.
    static func isShouted(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count >= 3 else { return false }
        guard bytes[word].allSatisfy({ $0 < 0x80 }) else {
            let characters = String(decoding: bytes[word], as: UTF8.self)
            return characters.count >= 3 && characters.allSatisfy(\.isUppercase)
        }
        return bytes[word].allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Lower-case words inside a name: "Bill de Blasio", "Ludwig van Beethoven".
    static let nameParticles: Set<String> = ["de", "van", "von", "al", "bin", "da", "la", "le", "du", "del", "der", "di"]

    /// The name after the last title: "Florida Sen. Marco Rubio" -> "Marco Rubio", "U.S.
    /// President Donald Trump" -> "Donald Trump". A title as the last word stays, and so does
    /// the name of a body ("Justice Department", "State Department").
    static func stripTitles(_ words: [String]) -> [String] {
        // "Sen. Angus S. King Jr.", "Martin Luther King Jr.": a title followed by a suffix
        // alone is a name's.
        var end = words.count
        while end > 0, isNameSuffix(words[end - 1]) { end -= 1 }
        guard let lastTitle = words[..<max(0, end - 1)].lastIndex(where: { WordClassTable.classes(ofFirstWordOf: $0).contains(.title) }),
              words[(lastTitle + 1)...].allSatisfy({ isCapitalized($0) || nameParticles.contains($0) }),
              let last = words.last, !bodyWords.contains(last.lowercased())   // "Justice Department"
        else { return words }
        return Array(words[(lastTitle + 1)...])
    }
}
