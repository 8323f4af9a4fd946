/// Which subjects of a sentence can be speakers when no verb of saying names them: people,
/// named bodies and source nouns, judged with the article's names.
extension SpeakerNames {
    /// Nouns for things and bodies that say things: "the report", "a federal lawsuit".
    static let sourceNouns: Set<String> = [
        "report", "article", "statement", "release", "memo", "letter", "lawsuit", "complaint", "ruling", "decision", "ad",
        "advertisement", "poll", "survey", "study", "analysis", "editorial", "op-ed", "column", "post", "tweet", "website",
        "site", "page", "paper", "newspaper", "magazine", "network", "campaign", "committee", "group", "court", "judge",
        "agency", "department", "ministry", "government", "administration", "party", "organization", "company", "firm",
        "union", "constitution", "law", "bill", "platform", "document", "documents", "cable", "email", "emails", "book",
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "aide", "aides", "adviser", "advisers",
        "senator", "candidate", "president", "governor", "congressman", "congresswoman", "lawmaker", "lawmakers",
        "critics", "supporters", "protesters", "voters", "crowd", "audience", "experts", "analysts", "democrats", "republicans",
    ]

    /// A subject whose words a quote can be: a person, a named body ("NBC News",
    /// "Politifact") or a source noun phrase ("the report"). Not "It" or "Instead".
    mutating func isSource(_ words: ArraySlice<ClauseToken>) -> Bool {
        guard let first = words.first, let last = words.last else { return false }
        if isPerson(words) { return true }
        if words.count == 1, first.isLower(oneOf: ["they", "we", "i"]) { return true }
        if first.classes.contains(.determiner) || first.hasSuffix("’s") || first.hasSuffix("'s") {
            return Self.sourceNouns.contains(last.lower)
        }
        guard first.isCapitalized else { return false }
        // "Republican senators", "Trump supporters": capitals and a plural source.
        if words.count >= 2, AttributionFinder.isPluralSource(last), words.dropLast().allSatisfy(\.isCapitalized) { return true }
        if words.count >= 2 {
            return words.allSatisfy(\.isCapitalized) && (isProperNoun(first.start..<first.end) || Self.bodyWords.contains(last.lower))
        }
        return isProperNoun(first.start..<first.end)
    }

    /// A pronoun for a person, or a name that looks like a person's, after its description
    /// too ("ABC News anchor Amy Robach"), but not after "of": "supporters of then-President
    /// Enrique Peña Nieto" are not he.
    mutating func isPerson(_ words: ArraySlice<ClauseToken>) -> Bool {
        guard let first = words.first else { return false }
        if words.count == 1, first.isLower(oneOf: ["he", "she"]) { return true }
        // "The Washington Post’s Philip Bump", "Slate’s Mark Joseph Stern": the person after an
        // outlet's possessive, as `speaker(for:at:)` takes it; by a given name, as what follows
        // a possessive is as often a thing ("Obama's Deficit Reduction Plan").
        if let owner = words.dropLast().lastIndex(where: { $0.isPossessive && !$0.isContraction }), case let name = words[(owner + 1)...],
           name.allSatisfy(\.isCapitalized), case let written = name.map(\.text).joined(separator: " "),
           Sex(givenNameOf: written) != nil, SpeakerNames.looksLikePerson(written) {
            return true
        }
        // A description and a name are three words at least, one of them in lower case.
        if words.count >= 3, words.contains(where: { $0.kind == .word && !$0.isCapitalized }), !words.contains(where: { $0.isLower("of") }),
           let name = SpeakerNames.nameAfterDescription(words.map(\.text)),
           SpeakerNames.looksLikePerson(SpeakerNames.stripTitles(name).joined(separator: " ")) {
            return true
        }
        guard first.isCapitalized else { return false }
        let written = SpeakerNames.stripTitles(words.map(\.text)).joined(separator: " ")
        return SpeakerNames.looksLikePerson(written) || (words.count == 1 && speaker(for: [first.text], at: first.start).utf8.contains(0x20))
    }
}
