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

    /// Indexes the names of a paragraph's tokens.
    mutating func index(_ tokens: [ClauseToken]) {
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].isCapitalized else { i += 1; continue }
            var j = i
            while j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized { j += 1 }
            let words = Self.stripTitles(tokens[i...j].map(\.text))
            if words.count >= 2, words.count <= 4 {
                let name = words.joined(separator: " ")
                let last = words.last!.lowercased()
                if !(fullNames[last]?.contains { $0.name == name } ?? false) {
                    fullNames[last, default: []].append((name, tokens[i].start))
                }
            }
            i = j + 1
        }
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
                return recent.last { $0.at < offset && $0.name.contains(" ") }?.name
                    ?? recent.last { $0.at < offset }?.name ?? first
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

    static func stripTitles(_ words: [String]) -> [String] {
        var start = 0
        while start < words.count - 1, titles.contains(words[start].lowercased()) { start += 1 }
        return Array(words[start...])
    }
}
