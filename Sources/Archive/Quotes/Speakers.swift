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
        "king", "queen", "prince", "princess", "pope", "ambassador", "commissioner", "inspector", "detective", "officer",
        "coach", "manager", "captain", "harbourmaster", "superintendent", "sheriff", "pastor", "rabbi", "imam", "cardinal",
        "archbishop", "bishop", "mp", "mep", "ceo", "spokesman", "spokeswoman", "spokesperson",
    ]

    /// Names of two or more capitalized words in the article, by their last word, with the
    /// byte offset where each first appears.
    private var fullNames: [String: [(name: String, at: Int)]] = [:]
    /// People named so far, most recent last, for pronouns.
    private(set) var recent: [(name: String, at: Int)] = []
    /// Names that look like people's, in the order they were met.
    private var people: [(name: String, at: Int)] = []

    /// Indexes the names of a paragraph's tokens.
    mutating func index(_ tokens: [ClauseToken]) {
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].isCapitalized else { i += 1; continue }
            var j = i
            while j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized { j += 1 }
            add(Self.stripTitles(tokens[i...j].map(\.text)), at: tokens[i].start)
            i = j + 1
        }
    }

    /// Indexes the names in plain text without reading it word by word: runs of two or more
    /// capitalized words, as `index` finds them.
    mutating func scan(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var i = range.lowerBound
        var run: [Range<Int>] = []
        func flush() {
            if run.count >= 2 {
                let words = run.map { String(decoding: UnsafeBufferPointer(rebasing: text[$0]), as: UTF8.self) }
                add(Self.stripTitles(words), at: run[0].lowerBound)
            }
            run.removeAll(keepingCapacity: true)
        }
        while i < range.upperBound {
            let byte = text[i]
            if byte >= 0x41 && byte <= 0x5A, i == range.lowerBound || text[i - 1] == 0x20 || text[i - 1] == 0x0A {
                var j = i + 1
                while j < range.upperBound, QuoteMarks.isLetterOrDigit(text[j]) || text[j] == 0x2D || text[j] == 0x2E || text[j] == 0x27 { j += 1 }
                var end = j
                while end > i + 1, text[end - 1] == 0x2E { end -= 1 }
                if let last = run.last, last.upperBound + 1 != i { flush() }
                run.append(i..<end)
                if end < j || (j < range.upperBound && text[j] != 0x20) { flush() }
                i = j
                continue
            }
            if byte == 0x20, !run.isEmpty, i + 1 < range.upperBound, text[i + 1] >= 0x41 && text[i + 1] <= 0x5A {
                i += 1
                continue
            }
            if !run.isEmpty { flush() }
            i += 1
        }
        flush()
    }

    private mutating func add(_ words: [String], at offset: Int) {
        guard words.count >= 2, words.count <= 4 else { return }
        let name = words.joined(separator: " ")
        let last = words.last!.lowercased()
        if !(fullNames[last]?.contains { $0.name == name } ?? false) {
            fullNames[last, default: []].append((name, offset))
        }
        if Self.looksLikePerson(name) { people.append((name, offset)) }
    }

    mutating func remember(_ speaker: String, at offset: Int) {
        recent.append((speaker, offset))
    }

    /// The canonical speaker for a mention at byte `offset`.
    func speaker(for mention: [String], at offset: Int) -> String {
        guard let first = mention.first else { return "" }
        let lower = first.lowercased()
        if mention.count == 1, AttributionFinder.pronouns.contains(lower) {
            if lower == "he" || lower == "she" {
                // A person named since the last speaker, else that speaker, else the last person named.
                let lastSpeaker = recent.last { $0.at < offset && $0.name.contains(" ") }
                let lastNamed = people.last { $0.at < offset }
                if let lastNamed, let lastSpeaker, lastNamed.at > lastSpeaker.at, lastNamed.name != lastSpeaker.name {
                    return lastNamed.name
                }
                // A one-word speaker ("Trump said") is still better than the bare pronoun.
                return lastSpeaker?.name ?? lastNamed?.name ?? recent.last { $0.at < offset }?.name ?? first
            }
            return first
        }
        guard first.first?.isUppercase == true else { return mention.joined(separator: " ") }
        var words = Self.stripTitles(mention)
        words = words.map { word in
            var w = word
            for suffix in ["’s", "'s"] where w.hasSuffix(suffix) { w.removeLast(2) }
            return w
        }
        guard let last = words.last else { return mention.joined(separator: " ") }
        let written = words.joined(separator: " ")
        // The fullest name ending with the same word, seen before (or else anywhere in the article).
        let candidates = fullNames[last.lowercased()] ?? []
        let before = candidates.filter { $0.at <= offset }
        let pool = before.isEmpty ? candidates : before
        if let fullest = pool.filter({ $0.name.hasSuffix(written) }).max(by: { $0.name.count < $1.name.count }),
           fullest.name.count > written.count {
            return fullest.name
        }
        return written
    }

    /// Words that make a name a place or an organization rather than a person.
    static let placeWords: Set<String> = [
        "street", "road", "row", "avenue", "square", "park", "café", "cafe", "bar", "hotel", "club", "council", "service",
        "services", "hospital", "harbour", "harbor", "weather", "water", "bay", "ltd", "inc", "news", "times", "post",
        "university", "party", "house", "court", "department", "ministry", "agency", "company", "group", "fund", "bank",
        "office", "committee", "association", "union", "institute", "center", "centre", "school", "college", "city",
        "county", "state", "states", "republic", "kingdom", "nations", "church", "trust", "board", "network", "channel",
        "radio", "ledger", "gazette", "courier", "journal", "press", "magazine", "airport", "station", "bridge", "valley",
        "river", "north", "south", "east", "west", "day", "week", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "white", "general", "america", "american", "united",
    ]

    static func looksLikePerson(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.count >= 2 && words.count <= 3 && !words.contains { placeWords.contains($0.lowercased()) }
            && words.allSatisfy { $0.first?.isUppercase == true }
            && !["the", "a", "an", "this", "that", "its", "his", "her", "their"].contains(words[0].lowercased())
    }

    static func stripTitles(_ words: [String]) -> [String] {
        var start = 0
        while start < words.count - 1, titles.contains(words[start].lowercased()) { start += 1 }
        return Array(words[start...])
    }
}
