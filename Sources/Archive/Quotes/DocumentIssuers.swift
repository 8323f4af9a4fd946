/// Who issued the document a quote is read from: in "“Q,” the statement said", the one the
/// article said issued the statement before ("the department said in a statement", "The
/// union released a statement", "a statement from Sen. Cole", "Cole's statement", "a White
/// House statement"). A statement is always someone's words (docs/quotes.md, "Documents").
enum DocumentIssuer {
    /// Documents whose issuer is the speaker of what they say.
    static let nouns: Set<String> = ["statement", "letter", "memo", "release", "email", "e-mail"]

    /// How far back, in paragraphs before the quote's own, the document's last mention may
    /// be: a statement introduced further back is as often another one ("Trump said in a
    /// statement" before "“Q,” the statement said" of China's commerce ministry).
    private static let reach = 2

    /// The document noun of a speaker such as "the statement" or "the joint statement", if
    /// it is one.
    static func noun(of speaker: String) -> String? {
        // Asked of every speaker found: bytes first, a string only for "the ...".
        let utf8 = speaker.utf8
        guard utf8.first == 0x74, utf8.starts(with: "the ".utf8), utf8.count(where: { $0 == 0x20 }) <= 2, let space = utf8.lastIndex(of: 0x20),
              case let last = String(speaker[utf8.index(after: space)...]), nouns.contains(last) else { return nil }
        return last
    }

    /// The issuer named right after the document's mention: "said the statement from White
    /// House spokesman Jay Carney", "the letter by the senators said".
    static func namedAfter(_ mention: Range<Int>, in clause: [ClauseToken]) -> Range<Int>? {
        let preposition = mention.upperBound
        guard preposition + 1 < clause.count, clause[preposition].isLower(oneOf: ["from", "by"]) else { return nil }
        return AttributionFinder.object(clause[...], from: preposition + 1)
    }

    /// A speaker found for an issuer that is one: not another document, nor a pronoun left
    /// unresolved or a word such as "two" ("the two said in a statement").
    static func isIssuer(_ speaker: String) -> Bool {
        guard !speaker.isEmpty, noun(of: speaker) == nil else { return false }
        return speaker.contains(" ") || speaker.first?.isUppercase == true || SpeakerNames.isGroup(speaker)
    }

    /// The issuer of the last `noun` named before byte `offset` in the paragraphs, as tokens of
    /// its paragraph and their range; nil when the article does not say who issued it.
    /// `quotes` are the article's quote spans, which the paragraphs are read with.
    static func find(_ noun: String, before offset: Int, in text: UnsafeBufferPointer<UInt8>,
                     paragraphs: [Range<Int>], quotes: [(index: Int, start: Int, end: Int)]) -> (tokens: [ClauseToken], issuer: Range<Int>)? {
        guard let last = paragraphs.lastIndex(where: { $0.lowerBound < offset }) else { return nil }
        var index = last
        while index >= 0, index >= last - reach {
            let range = paragraphs[index]
            let inParagraph = quotes.filter { $0.start >= range.lowerBound && $0.start < range.upperBound }
                .map { (index: $0.index, start: $0.start, end: min($0.end, range.upperBound)) }
            let tokens = ClauseTokenizer.tokens(text, range, quotes: inParagraph)
            for d in tokens.indices.reversed() where tokens[d].start < offset && tokens[d].kind == .word
                && tokens[d].end - tokens[d].start == noun.utf8.count && tokens[d].lower == noun {
                // The mention of a quote's own "the statement said" names no issuer; look before it.
                if let issuer = issuer(of: d, in: tokens) { return (tokens, issuer) }
            }
            index -= 1
        }
        return nil
    }

    /// The issuer of the document named at token `d`, by the sentence around it.
    private static func issuer(of d: Int, in tokens: [ClauseToken]) -> Range<Int>? {
        let start = (tokens[..<d].lastIndex { $0.isSentenceEnd }).map { $0 + 1 } ?? 0
        let end = tokens[(d + 1)...].firstIndex { $0.isSentenceEnd } ?? tokens.count
        let sentence = tokens[start..<end]
        // Back over adjectives ("a brief written statement") to the determiner.
        var first = d
        while first - 1 >= start, tokens[first - 1].kind == .word, !tokens[first - 1].isCapitalized,
              !tokens[first - 1].classes.contains(.determiner), !tokens[first - 1].classes.contains(.cue), d - first < 3 {
            first -= 1
        }
        // "Cole's statement", "the company's letter".
        if first - 1 >= start, tokens[first - 1].isPossessive {
            return AttributionFinder.name(sentence, endingAt: first - 1, limit: start)
                ?? AttributionFinder.nounPhrase(sentence, endingAt: first - 1, limit: start)
        }
        // "a White House statement", "an NAACP letter": the capitals between the article and the noun.
        // ("A White House statement": the article opening a sentence is no part of the name.)
        if first - 1 >= start, tokens[first - 1].isCapitalized, var name = AttributionFinder.name(sentence, endingAt: first - 1, limit: start) {
            if tokens[name.lowerBound].isLower(oneOf: ["a", "an", "the"]), name.count > 1 {
                name = (name.lowerBound + 1)..<name.upperBound
            } else if !(name.lowerBound - 1 >= start && tokens[name.lowerBound - 1].isLower(oneOf: ["a", "an", "the"])) {
                return nil
            }
            return issues(tokens[name]) ? name : nil
        }
        // "a statement from Sen. Cole", "a letter signed by 40 economists".
        if d + 2 < end, tokens[d + 1].isLower(oneOf: ["from", "by"]) || (tokens[d + 1].isLower(oneOf: ["signed", "issued", "released", "sent"])
               && tokens[d + 2].isLower("by")) {
            let from = tokens[d + 1].isLower(oneOf: ["from", "by"]) ? d + 2 : d + 3
            if let issuer = AttributionFinder.object(sentence, from: from) { return issuer }
        }
        guard first - 1 >= start, tokens[first - 1].classes.contains(.determiner) else { return nil }
        let determiner = first - 1
        // "The union released a statement", "Cole sent a letter to the council", "The
        // campaign put out a statement".
        let verb = determiner - 2 >= start && tokens[determiner - 1].isLower("out") ? determiner - 2 : determiner - 1
        if verb >= start, tokens[verb].isLower(oneOf: issuingVerbs) {
            return subject(sentence, before: verb)
        }
        // "the department said in a statement", "Cole told reporters in a letter": the subject of
        // the cue before "in"; "In a statement, the department said": of the cue after.
        guard determiner - 1 >= start, tokens[determiner - 1].isLower("in") else { return nil }
        // A verb of saying, not of describing: "the behavior described in the memo" names no issuer.
        func says(_ index: Int) -> Bool { AttributionFinder.isCue(sentence, index) && !tokens[index].isLower(oneOf: describingVerbs) }
        if let cue = sentence[start..<(determiner - 1)].indices.last(where: says) {
            return subject(sentence, before: cue)
        }
        if let cue = sentence[(d + 1)...].indices.first(where: says) {
            return AttributionFinder.subject(sentence, before: cue, limit: d + 1)
        }
        return nil
    }

    /// The subject of the verb at `verb`; for "Reporters Without Borders, which issued a
    /// statement", the name the relative pronoun stands for.
    private static func subject(_ sentence: ArraySlice<ClauseToken>, before verb: Int) -> Range<Int>? {
        guard let subject = AttributionFinder.subject(sentence, before: verb, limit: sentence.startIndex) else { return nil }
        if subject.count == 1, sentence[subject.lowerBound].classes.contains(.relativePronoun) {
            return AttributionFinder.antecedent(sentence, ofRelativeAt: subject.lowerBound)
        }
        // "the Saudi Embassy in Washington said in a statement": the body, not its city.
        if case let preposition = subject.lowerBound - 1, preposition - 1 >= sentence.startIndex, sentence[preposition].isLower("in"),
           sentence[preposition - 1].isCapitalized, let body = AttributionFinder.name(sentence, endingAt: preposition - 1, limit: sentence.startIndex) {
            return body
        }
        return subject
    }

    /// Capitals before a document's noun that name who issued it: "White House", "NAACP",
    /// "Pentagon"; not a date ("a Wednesday statement", "an Oct. 2 memo") or a nation's
    /// adjective ("an Iranian statement", "a U.S. letter").
    private static func issues(_ name: ArraySlice<ClauseToken>) -> Bool {
        if name.contains(where: { $0.classes.contains(.timeWord) || $0.isLower(oneOf: months) }) { return false }
        guard name.count == 1, let word = name.first else { return true }
        return !word.text.contains(".") && !word.hasLowercaseSuffix("an") && !word.hasLowercaseSuffix("ese")
            && !word.hasLowercaseSuffix("ish") && !word.hasLowercaseSuffix("i")
    }

    private static let months: [StaticString] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ]

    private static let describingVerbs: [StaticString] = [
        "described", "called", "labeled", "labelled", "portrayed", "characterized", "likened", "branded", "dubbed", "named",
        "referred", "quoted", "mentioned", "outlined", "reported",
    ]

    private static let issuingVerbs: [StaticString] = [
        "released", "issued", "sent", "published", "posted", "put", "provided", "gave", "wrote", "signed", "circulated",
        "releases", "issues", "sends",
    ]
}
