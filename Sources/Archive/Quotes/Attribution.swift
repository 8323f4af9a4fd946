/// Who said a quote, from the words around it: "“Q,” S said." / "“Q,” said S." /
/// "S said: “Q”" / "S said that “Q”" / "according to S, “Q”" / "S said it was “Q”".
struct Attribution {
    /// The speaker as written: token positions in the clause.
    var mention: Range<Int>
    var cue: String
    /// The cue came right after the quote ("“Q,” S said"), the strongest sign of a quote.
    var adjacent: Bool
}

enum AttributionFinder {
    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it", "you"]
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "on", "last", "this", "week", "month", "year", "morning", "afternoon", "evening", "night", "day", "recently", "earlier",
    ]
    static let invertible: Set<String> = ["said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "told", "continued",
                                          "explained", "noted", "replied", "recalled", "insisted", "warned", "argued", "declared", "beamed",
                                          "declares", "explains", "notes", "recalls", "insists", "warns", "argues", "continues",
                                          "quipped", "joked", "responded", "countered", "conceded", "acknowledged", "observed",
                                          "remarked", "tweeted", "cautioned", "complained", "boasted", "barked", "shot", "wrote",
                                          "remembered", "agreed", "reported", "opined"]
    static let skippable: Set<String> = [
        "also", "later", "then", "previously", "recently", "once", "again", "has", "had", "have", "was", "is", "were",
        "would", "will", "could", "repeatedly", "reportedly", "further", "simply", "just", "never", "often", "earlier",
        "quickly", "last", "subsequently", "himself", "herself", "themselves", "itself", "even", "still", "both", "all", "did", "does", "do", "not", "may", "might",
        "can", "should", "however", "though", "too", "instead", "nonetheless", "nevertheless", "meanwhile", "now",
    ]
    /// "Beck, who said": the mention is the pronoun, the speaker its antecedent.
    static let relativePronouns: Set<String> = ["who", "which"]
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "one",
                                           "another", "some", "many", "several", "two", "three"]
    static let connectors: Set<String> = ["of", "de", "van", "von", "al", "bin", "da", "la", "le", "du", "del", "der", "and", "for", "the"]
    /// Nouns that name sources without a determiner: "officials said".
    static let bareSources: Set<String> = [
        "officials", "sources", "analysts", "critics", "experts", "aides", "police", "authorities", "residents", "witnesses",
        "prosecutors", "investigators", "observers", "supporters", "opponents", "advocates", "lawmakers", "economists",
        "scientists", "researchers", "activists", "democrats", "republicans", "organizers", "voters", "people", "others",
    ]
    /// Words in lower case that stay before a bare source: "administration officials",
    /// "federal prosecutors", "top Republicans", "white supporters". (A capitalized word does
    /// anyway: "White House officials", "House Democrats".)
    static let sourceModifiers: Set<String> = ["administration", "state", "federal", "local", "senior", "top", "campaign", "white"]

    /// Looks after the quote (tokens `after`, up to the sentence end), then before it, then
    /// after it again for what only counts where nothing before it does: "according to" and
    /// a verb no list has ("“Q,” Pence whined"), the latter after a quote that ends with a
    /// comma or asks. A quote that ends with its own full stop ends the sentence, unless
    /// what follows goes on in lower case or names a speaker right away ("“Why?” she asked").
    static func find(before: ArraySlice<ClauseToken>, after: ArraySlice<ClauseToken>, quoteEndsSentence: Bool,
                     quoteAsks: Bool = false, quoteEndsWithComma: Bool = false) -> Attribution? {
        guard let found = anyPattern(before: before, after: after, quoteEndsSentence: quoteEndsSentence, quoteAsks: quoteAsks,
                                     quoteEndsWithComma: quoteEndsWithComma)
        else { return nil }
        // "MORE, who ... said": the word that ends The Hill's box of links is no one, whatever
        // the pattern. (Politico's "Story Continued Below" is no paragraph: `QuoteMarks`.)
        // A demonstrative or "both" alone points at something, it says nothing: "These are the
        // exact words he used: “Q”", "Both conservative thinktanks said" (a subject cut short).
        // An article alone is what is left of a participle taken for the verb: "the hideously
        // named", "the globally condemned annexation".
        if found.mention.count == 1, case let word = found.mention.lowerBound,
           case let token = before.indices.contains(word) ? before[word] : after[word],
           token.isText("MORE") || token.isLower(oneOf: ["these", "those", "this", "that", "both", "such", "each", "the", "a", "an"]) {
            return nil
        }
        return found
    }

    /// The attribution of the first pattern that finds one, in the order `find` describes.
    private static func anyPattern(before: ArraySlice<ClauseToken>, after: ArraySlice<ClauseToken>, quoteEndsSentence: Bool,
                                   quoteAsks: Bool, quoteEndsWithComma: Bool) -> Attribution? {
        if let found = afterQuote(after) {
            // After “Q.” a new sentence starts; after “Q?” or “Q!” the speaker may follow
            // ("“Why?” Miller, a retired worker, asked"), unless a colon or comma before the
            // quote introduced it ("Clinton responds with, “Why now?” Mills then writes").
            // "“Q.” ― Carla Sanchez": a dash and a name sign even a finished sentence.
            let introduced = quoteEndsSentence && (before.last?.is(0x3A) == true || before.last?.is(0x2C) == true)
            if !quoteEndsSentence || (quoteAsks && !introduced) || startsLowerCase(after) || found.cue == "—" { return found }
        }
        if !quoteEndsSentence, let found = openingParticiple(before: before, after: after) { return found }
        if let found = beforeQuote(before) { return found }
        // "It was a “just killing,” according to his confessed murderer." After a verb of
        // saying before the quote, "according to" names where the words were reported:
        // "Ulyanov said, “Q,” according to RIA Novosti" (Ulyanov, above).
        if let found = accordingTo(after) { return found }
        if quoteEndsWithComma || quoteAsks || after.first?.is(0x2C) == true, before.last.map({ !$0.is(0x3A) && !$0.is(0x2C) }) ?? true,
           let found = mannerOfSaying(after) ?? namedWithoutAVerb(after) {
            return found
        }
        // "More from Jones: “Q”", "From the report: “Q”": the source after "from".
        if before.last?.isText(":") == true,
           let source = name(before, endingAt: before.endIndex - 2, limit: before.startIndex)
               ?? nounPhrase(before, endingAt: before.endIndex - 2, limit: before.startIndex),
           source.lowerBound > before.startIndex, before[source.lowerBound - 1].isLower("from") {
            return Attribution(mention: source, cue: ":", adjacent: false)
        }
        // "... doesn't surprise Republican pollster Daron Shaw: “Q”": a person's name (a
        // title and two capitalized words or more) right before the colon.
        if before.last?.isText(":") == true, let name = name(before, endingAt: before.endIndex - 2, limit: before.startIndex),
           name.count >= 2, name.lowerBound > before.startIndex, before[name.lowerBound - 1].classes.contains(.role) {
            return Attribution(mention: name, cue: ":", adjacent: false)
        }
        // "Trump went even further: “Q”", "Clinton: “Q”": the sentence's subject.
        // After a dash, the clause's own subject: "Pollsters agree - Carl Bialik: “Q”".
        if before.last?.isText(":") == true, let subject = sentenceSubject(before[clauseStart(before, before.endIndex - 1)..<(before.endIndex - 1)]) {
            return Attribution(mention: subject, cue: ":", adjacent: false)
        }
        return quoteEndsSentence ? nil : laterInSentence(after)
    }

    /// "After saying her foot was “swollen,” she was ...": an opening participle, with no
    /// other verb of saying before the quote, whose subject comes after the quote (and a
    /// comma) that ends its phrase.
    private static func openingParticiple(before: ArraySlice<ClauseToken>, after: ArraySlice<ClauseToken>) -> Attribution? {
        guard before.count >= 2, before[before.startIndex].isLower(oneOf: ["after", "before", "while", "when", "upon", "by", "since", "in"]),
              case let participle = before.startIndex + 1, before[participle].hasLowercaseSuffix("ing"), isCue(before, participle),
              !before[(participle + 1)...].indices.contains(where: { isCue(before, $0) }),
              case let first = after.first?.is(0x2C) == true ? after.startIndex + 1 : after.startIndex, first < after.endIndex
        else { return nil }
        if after[first].classes.contains(.pronoun) {
            return Attribution(mention: first..<(first + 1), cue: cueText(before, participle), adjacent: false)
        }
        if let name = object(after, from: first), after[first].isCapitalized || after[first].classes.contains(.determiner) {
            return Attribution(mention: name, cue: cueText(before, participle), adjacent: false)
        }
        return nil
    }

    private static func startsLowerCase(_ after: ArraySlice<ClauseToken>) -> Bool {
        after.first { $0.kind == .word }.map { !$0.isCapitalized } ?? false
    }

    /// "“Q.” Trump said.": a full stop where a comma belongs, then a sentence of only a
    /// speaker and a plain verb of saying (or the inverted "said Trump.").
    static func saidSentence(_ after: ArraySlice<ClauseToken>) -> Attribution? {
        guard let end = after.firstIndex(where: { $0.isSentenceEnd }), end > after.startIndex + 1,
              end - after.startIndex <= 6, after[end].kind == .punctuation else { return nil }
        let start = after.startIndex
        if after[start].classes.contains(.invertible), let source = object(after, from: start + 1), source.upperBound == end {
            return Attribution(mention: source, cue: cueText(after, start), adjacent: true)
        }
        var cue = end - 1
        while cue > start, after[cue].classes.contains(.timeWord) { cue -= 1 }
        guard after[cue].classes.contains(.invertible), let subject = subject(after, before: cue, limit: start),
              subject.lowerBound == start else { return nil }
        return Attribution(mention: subject, cue: cueText(after, cue), adjacent: true)
    }

    /// A paragraph that signs the quote before it: "- Bernie Sanders.", "—President Obama,
    /// tweeting after the speech.": a dash, then a name.
    static func signature(_ paragraph: ArraySlice<ClauseToken>) -> Attribution? {
        guard let dash = paragraph.first, dash.isDash,
              let name = object(paragraph, from: paragraph.startIndex + 1), paragraph[name.lowerBound].isCapitalized,
              name.upperBound == paragraph.endIndex || paragraph[name.upperBound].is(0x2E) || paragraph[name.upperBound].is(0x2C)
        else { return nil }
        return Attribution(mention: name, cue: "—", adjacent: true)
    }

    /// The sentence before a quote: "Cruz called them on it:" or "Smith said." — its cue and
    /// subject, or, when it ends with a colon, its subject alone.
    static func fromPreviousSentence(_ sentence: ArraySlice<ClauseToken>) -> Attribution? {
        guard !sentence.isEmpty else { return nil }
        if let found = beforeQuote(sentence) { return found }
        if let found = laterInSentence(sentence) { return found }
        guard sentence.last?.isText(":") == true, !ClauseTokenizer.isChromeLabel(sentence) else { return nil }
        return sentenceSubject(sentence).map { Attribution(mention: $0, cue: ":", adjacent: false) }
    }

    /// The subject of a sentence: the first name or noun phrase, after an opening phrase that
    /// ends with a comma ("In response to X, Hillary Clinton’s aide rallied ...").
    static func sentenceSubject(_ sentence: ArraySlice<ClauseToken>) -> Range<Int>? {
        var start = sentence.startIndex
        // A dateline: "WASHINGTON (AP) — ...". (The dash first: most sentences have none, and
        // the tests of the first word make strings.)
        if let dash = sentence.prefix(8).firstIndex(where: \.isDash),
           let first = sentence.first, first.text.count > 1, first.text.first!.isLetter,
           first.text == first.text.uppercased() || (sentence.count > 1 && sentence[sentence.startIndex + 1].isText("(")) {
            start = dash + 1    // "WASHINGTON (AP) —", "Washington (AFP) –"
        }
        // "Even before Sanders took the stage, his campaign ...": past "even" to the opener.
        if start + 1 < sentence.endIndex, sentence[start].isLower("even") { start += 1 }
        if start < sentence.endIndex, let first = Optional(sentence[start]),
           case let opensPhrase = first.classes.contains(.phraseOpener) || first.hasLowercaseSuffix("ing")
               || first.hasLowercaseSuffix("ly") || opensParticiplePhrase(sentence, start),
           opensPhrase || first.classes.contains(.notSubject),
           let comma = openingComma(sentence, from: start),
           // "And then Trump went on the attack, saying": a conjunction opens no phrase unless
           // a subject follows its comma; nor does another opening word ("Just then, an
           // audience member interrupted"), and then only a phrase without a verb of its own.
           (opensPhrase && !first.isLower(oneOf: ["and", "but", "then", "also", "still", "now"]))
               || (opensSubject(sentence, comma + 1)
                   && (opensPhrase || !sentence[start..<comma].indices.contains { isCue(sentence, $0) || sentence[$0].classes.contains(.beVerb) })) {
            start = comma + 1
        } else if let comma = sentence[start...].prefix(6).firstIndex(where: { $0.isText(",") }),
                  // Not "He apologized the next day, saying": a pronoun opens a clause, not a time.
                  !sentence[start].classes.contains(.pronoun), comma + 1 < sentence.endIndex,
                  sentence[start..<comma].contains(where: {
                      $0.isLower(oneOf: ["ago", "years", "months", "weeks", "days", "hours", "later"]) || $0.classes.contains(.timeWord)
                  }) {
            start = comma + 1   // "Eight years ago, he ...", "Last week, Smith ...", "Four days later, Rice ..."
        } else {
            // "But as Trump denounced ...", "When he returned he began ...": no comma; pass the
            // conjunctions to the subject.
            while start + 1 < sentence.endIndex, sentence[start].classes.contains(.leadingConjunction) { start += 1 }
        }
        guard start < sentence.endIndex, sentence[start].kind == .word else { return nil }
        if sentence[start].classes.contains(.pronoun) { return start..<(start + 1) }
        // "After saying ...": an opening word with nothing after it is no subject.
        if start + 1 == sentence.endIndex, sentence[start].classes.contains(.nameOpener) { return nil }
        if let name = object(sentence, from: start) {
            // "In most of those cases Judge Kavanaugh replied", "Here is the key part: “Q”",
            // "Just then, an audience member interrupted, yelling": an opening word that is
            // no one (where its phrase is not found) is no subject.
            if name.count == 1, sentence[name.lowerBound].classes.contains(.notSubject),
               name.upperBound == sentence.endIndex || !isCue(sentence, name.upperBound) {
                return nil
            }
            var end = name.upperBound
            // "Hillary Clinton’s right-hand woman": a possessive name takes its noun.
            if sentence[end - 1].hasSuffix("’s") || sentence[end - 1].hasSuffix("'s") {
                while end < sentence.endIndex, sentence[end].kind == .word, !sentence[end].isCapitalized, end - name.upperBound < 3,
                      !sentence[end].classes.contains(.cue) { end += 1 }
            }
            return name.lowerBound..<end
        }
        return nil
    }

    /// Words that open a sentence and are no one, capitalized there: about 900 AllSides quotes had
    /// such a speaker ("In", "Here", "Just"). Some are surnames too ("Harry First", "Jason
    /// Oh"): one right before a verb of saying stays a subject. Most are `nameOpeners` too, but
    /// not all of those: "Both said" and "Neither said" have a subject.
    static let notSubjects: Set<String> = [
        "in", "there", "just", "what", "or", "here", "over", "to", "not", "perhaps", "back", "consider", "at", "how",
        "under", "why", "for", "among", "only", "oh", "let", "well", "yes", "from", "first", "no", "so", "then", "if",
        "as", "on", "of", "by", "with", "after", "before", "since", "while", "where", "even", "also", "still", "now",
        "yet", "once", "instead", "meanwhile", "however", "indeed", "despite", "like", "during", "though", "although",
        "because", "whether", "again", "thus", "maybe", "already", "later", "soon", "nor", "and", "but", "when",
        "more", "story",
    ]

    /// The comma that ends an opening phrase: the first one a subject follows (a name, a
    /// pronoun or a determiner), so "In a wide-ranging, in-prison interview last year,
    /// Lazar said" passes both commas; else the first.
    private static func openingComma(_ sentence: ArraySlice<ClauseToken>, from start: Int) -> Int? {
        let commas = sentence[start...].indices.filter { sentence[$0].is(0x2C) }
        return commas.first { opensSubject(sentence, $0 + 1) } ?? commas.first
    }

    /// A name, a pronoun or a determiner at `index`: a subject may start there. A state
    /// after a town and its comma does not ("In Salem, New Hampshire, Trump said").
    private static func opensSubject(_ sentence: ArraySlice<ClauseToken>, _ index: Int) -> Bool {
        index < sentence.endIndex && sentence[index].kind == .word
            && (sentence[index].isCapitalized || sentence[index].classes.contains(.pronoun)
                || sentence[index].classes.contains(.determiner))
            && !isStateAfterTown(sentence, index)
    }

    /// "Salem, New Hampshire,": a state's name at `index`, after a comma and followed by one.
    private static func isStateAfterTown(_ sentence: ArraySlice<ClauseToken>, _ index: Int) -> Bool {
        guard index > sentence.startIndex, sentence[index - 1].is(0x2C), sentence[index].isCapitalized,
              let states = SpeakerNames.statesByFirstWord[sentence[index].text] else { return false }
        return states.contains { words in
            index + words.count < sentence.endIndex && sentence[index + words.count].is(0x2C)
                && words.indices.dropFirst().allSatisfy { sentence[index + $0].text == words[$0] }
        }
    }

    /// "Reached by POLITICO, Bennett denied": a past participle and a preposition open the
    /// sentence, and a comma ends them.
    private static func opensParticiplePhrase(_ sentence: ArraySlice<ClauseToken>, _ start: Int) -> Bool {
        start + 1 < sentence.endIndex && sentence[start].hasLowercaseSuffix("ed")
            && sentence[start + 1].isLower(oneOf: ["by", "in", "on", "at", "about", "for", "with", "from", "after", "during", "to"])
    }

    /// What follows a dash after a quote signs it when it is a name ("— Bernie Sanders", "—
    /// game developer Naomi Clark"), not a phrase of the writer's sentence set off by dashes
    /// (the “fiscal cliff” — the combination of tax increases ...) or a note of where it was
    /// said ("TRUMP: “Q” — tweet Sunday."): a capitalized first word, or a determiner before one
    /// ("— The Atlantic", not "— the bully"), or lower-case roles before a name of two
    /// capitalized words.
    private static func signs(_ mention: ArraySlice<ClauseToken>) -> Bool {
        guard let first = mention.first else { return false }
        if first.classes.contains(.determiner) { return mention.count >= 2 && mention.dropFirst().first!.isCapitalized }
        if first.isCapitalized { return true }
        return mention.count >= 3 && mention.suffix(2).allSatisfy(\.isCapitalized)
    }

    /// "“Q,” S said" or "“Q,” said S", right after the quote.
    private static func afterQuote(_ after: ArraySlice<ClauseToken>) -> Attribution? {
        var start = after.startIndex
        while start < after.endIndex, after[start].kind == .punctuation,
              after[start].is(0x2C) || after[start].is(0x3A) || after[start].isDash { start += 1 }
        guard start < after.endIndex else { return nil }
        // "“Q.” — Bernie Sanders.": a dash and a name, nothing else.
        // In a list of signed quotes ("“Q1.” ― Ana Ruiz “Q2.” ― Jo Reid") the next quote follows the name.
        if start > after.startIndex, after[start - 1].isDash, let name = object(after, from: start), signs(after[name]),
           name.upperBound == after.endIndex || (name.upperBound < after.endIndex && after[name.upperBound].kind != .word) {
            return Attribution(mention: name, cue: "—", adjacent: true)
        }
        // "“Q,” read the statement": "read" is a cue only here, right after a quote.
        if after[start].isLower(oneOf: ["read", "reads"]), start + 1 < after.endIndex, after[start + 1].classes.contains(.determiner),
           let source = object(after, from: start + 1) {
            return Attribution(mention: source, cue: after[start].lower, adjacent: true)
        }
        if let found = sourceThatReads(after, from: start) { return found }
        let window = after[start..<min(after.endIndex, start + 9)]
        for index in window.indices where isCue(window, index) {
            if index == start {
                // Inverted order ("said Smith") comes only with the plain verbs of saying.
                guard after[index].classes.contains(.invertible) else { return nil }
                let objectStart = index + (after[index].classes.contains(.particleVerb) ? 2 : 1)   // "shot back Trump"
                if let subject = object(after, from: objectStart) { return Attribution(mention: subject, cue: cueText(after, index), adjacent: true) }
                return nil
            }
            // "“Q” a Trump tweet attacking ...": a participle is not "S said".
            if let subject = subject(after, before: index, limit: start), !after[index].hasLowercaseSuffix("ing") {
                guard startsTheClause(subject, in: after, at: start) else { continue }
                // "“Q,” Trump said: “Q2”": a verb with a colon introduces the next quote.
                if index + 1 < after.endIndex, after[index + 1].is(0x3A) { return nil }
                return Attribution(mention: subject, cue: cueText(after, index), adjacent: true)
            }
        }
        // "“Q,” Harry Bond, 30, of Raleigh, who was polled, said": a name, then its verb further on.
        // "“Q,” Trump, the party's frontrunner, said": one word will do before an apposition.
        // "“Q,” Rep. Jim Jordan (R-Ohio), a panel member, said": a bracket may follow the name.
        // "“Q?” former Labor Secretary Robert Reich, who served ..., wrote": roles before the name.
        if after[start].isCapitalized || after[start].isLower("former") || after[start].classes.contains(.role),
           let name = object(after, from: start),
           after[start].isCapitalized || name.count >= 3 && after[name.upperBound - 2].isCapitalized && after[name.upperBound - 1].isCapitalized,
           case let comma = bracketEnd(after, from: name.upperBound), comma < after.endIndex, after[comma].isText(","),
           name.count >= 2 || (comma + 1 < after.endIndex && after[comma + 1].classes.contains(.determiner)),
           let cue = after.indices[comma...].first(where: { isCue(after, $0) }) {
            return Attribution(mention: name, cue: cueText(after, cue), adjacent: true)
        }
        return nil
    }

    /// "“Q,” according to the Congressional Research Service.": the source right after the
    /// quote, in its sentence ("“Q.” According to the IRS, ..." starts the next one).
    private static func accordingTo(_ after: ArraySlice<ClauseToken>) -> Attribution? {
        guard let start = after.indices.first(where: { !after[$0].is(0x2C) }), start + 2 < after.endIndex,
              after[start].isLower("according"), !after[start].isCapitalized, after[start + 1].isLower("to"),
              let source = object(after, from: start + 2),
              !after[source.lowerBound].classes.contains(.timeWord)    // "according to Friday’s indictment"
        else { return nil }
        return Attribution(mention: source, cue: "according to", adjacent: true)
    }

    /// "“Q,” proffered Scalise.", "“Q,” Pence whined.", "“Q,” chipped in Van Jones.": after a
    /// quote that ends with a comma or asks, a verb in the past that no list has, beside a
    /// name or pronoun that ends the clause, says how the words were said; so does one in the
    /// present before such a name ("“Q,” posits Clement."), and where the words were said may
    /// follow the verb in the past ("“Q,” McCaul released in a statement."). (A verb before a
    /// name is no cue anywhere else: "the film “The Hunting Ground” slammed DeVos".)
    private static func mannerOfSaying(_ after: ArraySlice<ClauseToken>) -> Attribution? {
        guard let start = after.indices.first(where: { !after[$0].is(0x2C) }) else { return nil }
        func endsTheClause(_ index: Int) -> Bool {
            let end = bracketEnd(after, from: index)     // "grumbled Sen. John McCain (R-Ariz.)."
            return end == after.endIndex || after[end].is(0x2E) || after[end].is(0x2C) || after[end].is(0x3B)
        }
        func cue(_ verb: Int) -> (text: String, end: Int) {
            let particle = verb + 1 < after.endIndex && after[verb + 1].isLower(oneOf: ["in", "back", "up"])
            return particle ? (after[verb].lower + " " + after[verb + 1].lower, verb + 2) : (after[verb].lower, verb + 1)
        }
        // "“Q,” McCaul said in a statement.": where the words were said, a preposition and a
        // few words, may end the clause after the verb.
        func endsTheClauseAfterAPlace(_ index: Int) -> Bool {
            guard index + 1 < after.endIndex, after[index].isLower(oneOf: ["in", "on", "to", "via", "during"]) else { return false }
            // "to a reporter", "to CNN", not "decided to use the term": a verb is no place.
            if after[index].isLower("to"), !after[index + 1].isCapitalized, !after[index + 1].classes.contains(.determiner),
               !isPluralSource(after[index + 1]) {
                return false
            }
            let place = after[(index + 1)...].prefix { $0.kind == .word && !$0.classes.contains(.cue) }
            return (1...4).contains(place.count) && endsTheClause(place.endIndex)
        }
        // "“Q,” contends Patrick Anderson", "“Q,” posits Clement": a verb in the present,
        // inverted too, listed or not, when a name after it ends the clause.
        if isPastVerb(after[start]) || isCue(after, start) && after[start].hasLowercaseSuffix("s") || isPresentVerb(after[start]) {
            let (text, objectStart) = cue(start)
            guard let name = object(after, from: objectStart), after[name.lowerBound].isCapitalized, endsTheClause(name.upperBound)
            else { return nil }
            return Attribution(mention: name, cue: text, adjacent: true)
        }
        guard let verb = after[start...].prefix(7).firstIndex(where: isPastVerb), verb > start,
              let subject = subject(after, before: verb, limit: start), startsTheClause(subject, in: after, at: start),
              after[subject].allSatisfy({ $0.isCapitalized || $0.classes.contains(.determiner) || $0.classes.contains(.pronoun) }),
              // An adverb may stand between ("Kennedy excitedly interrupted"), an auxiliary
              // not: "it was titled" is a passive.
              after[subject.upperBound..<verb].allSatisfy({ $0.hasLowercaseSuffix("ly") })
        else { return nil }
        let (text, end) = cue(verb)
        if endsTheClause(end) { return Attribution(mention: subject, cue: text, adjacent: true) }
        return endsTheClauseAfterAPlace(verb + 1) ? Attribution(mention: subject, cue: after[verb].lower, adjacent: true) : nil
    }

    /// "“Q,” Rahul Shah, chief executive officer of Ideal Asset Management.": a person's name
    /// and a description after a quote that ends with a comma, the verb of saying left out,
    /// as wire copy does.
    private static func namedWithoutAVerb(_ after: ArraySlice<ClauseToken>) -> Attribution? {
        guard let start = after.indices.first(where: { !after[$0].is(0x2C) }), after[start].isCapitalized,
              let name = object(after, from: start), name.upperBound + 1 < after.endIndex, after[name.upperBound].is(0x2C),
              // A description after the comma, not the sentence going on: "the “underwear bomber,”
              // Umar Farouk AbdulMutallab, to bring down an airliner".
              case let next = after[name.upperBound + 1], next.kind == .word, !next.isCapitalized, !next.classes.contains(.pronoun),
              !next.classes.contains(.relativePronoun), !next.isLower(oneOf: ["to", "and", "or", "but", "as"]),
              SpeakerNames.looksLikePerson(SpeakerNames.stripTitles(after[name].map(\.text)).joined(separator: " "))
        else { return nil }
        // Not beside a cue: a name or title in marks in a list of names is none of the next
        // name's words ("Phil Robertson of “Duck Dynasty,” Michelle Malkin, former Fox News host").
        return Attribution(mention: name, cue: "", adjacent: false)
    }

    /// A lower-case word of five letters or more that ends in a single "-s", for an inverted
    /// verb of `mannerOfSaying` ("posits", "muses"): what is taken for one must have a name
    /// after it that ends the clause.
    private static func isPresentVerb(_ token: ClauseToken) -> Bool {
        token.kind == .word && token.end - token.start >= 5 && !token.isCapitalized && token.hasLowercaseSuffix("s")
            && !token.hasLowercaseSuffix("ss") && !token.hasLowercaseSuffix("’s") && !token.hasLowercaseSuffix("'s")
            && !isPluralSource(token)   // "“Q,” researchers Rachel Barry and Stanton Glantz wrote"
    }

    /// A lower-case word of five letters or more that ends in "-ed": in the past, for
    /// `mannerOfSaying`.
    private static func isPastVerb(_ token: ClauseToken) -> Bool {
        token.kind == .word && token.end - token.start >= 5 && !token.isCapitalized && token.hasLowercaseSuffix("ed")
            && !token.isLower(oneOf: ["indeed", "unnamed", "united", "related", "based", "armed", "retired", "elected", "embattled"])
    }

    /// "“Q,” the editorial read.", "“Q,” it read.", "“Q,” the notice states.": nouns elsewhere,
    /// "read" and "states" are cues after a source that ends the clause.
    private static func sourceThatReads(_ after: ArraySlice<ClauseToken>, from start: Int) -> Attribution? {
        guard after[start].classes.contains(.determiner) || after[start].isLower(oneOf: ["it", "they"]),
              let verb = after[start...].prefix(9).firstIndex(where: { $0.isLower(oneOf: ["read", "reads", "state", "states"]) }),
              verb > start,
              verb + 1 == after.endIndex || after[verb + 1].kind == .punctuation || after[verb + 1].isLower(oneOf: ["in", "on"]),
              let source = subject(after, before: verb, limit: start), startsTheClause(source, in: after, at: start)
        else { return nil }
        return Attribution(mention: source, cue: after[verb].lower, adjacent: true)
    }

    /// The subject found for a verb after a quote starts right after the quote: at `start`,
    /// after a determiner ("another New Hampshire Republican added", "the Saudis state"), or
    /// as the name in an apposition to a noun phrase there ("the presumptive nominee, Donald
    /// Trump, tweeted").
    private static func startsTheClause(_ subject: Range<Int>, in after: ArraySlice<ClauseToken>, at start: Int) -> Bool {
        if subject.lowerBound == start { return true }
        guard subject.lowerBound > start, after[start].classes.contains(.determiner) else { return false }
        return subject.lowerBound == start + 1
            || (after[subject.lowerBound - 1].is(0x2C) && !after[start..<subject.lowerBound].contains { $0.classes.contains(.cue) })
    }

    /// Past a bracket that opens at `index` ("(R-Ohio)"), or `index` itself when none does.
    static func bracketEnd(_ tokens: ArraySlice<ClauseToken>, from index: Int) -> Int {
        guard index < tokens.endIndex, tokens[index].isText("("),
              let close = tokens[index...].prefix(8).firstIndex(where: { $0.isText(")") }) else { return index }
        return close + 1
    }

    /// Back over a bracket that closes at `end`, to the word before it ("Graham (R-SC)"), or
    /// `end` itself when none does.
    static func beforeBracket(_ tokens: ArraySlice<ClauseToken>, endingAt end: Int) -> Int {
        guard end >= tokens.startIndex, tokens[end].isText(")"),
              let open = tokens[max(tokens.startIndex, end - 8)..<end].lastIndex(where: { $0.isText("(") }) else { return end }
        return open - 1
    }

    /// "S said: “Q”", "S told reporters “Q”", "according to S, “Q”", "S said it was “Q”".
    private static func beforeQuote(_ before: ArraySlice<ClauseToken>) -> Attribution? {
        for index in before.indices.reversed() {
            if before[index].isLower("according"), index + 1 < before.endIndex, before[index + 1].isLower("to"),
               let source = object(before, from: index + 2) {
                return Attribution(mention: source, cue: "according to", adjacent: false)
            }
            if let sayer = sayer(ofSpeechNounAt: index, in: before) {
                return Attribution(mention: sayer, cue: before[index].lower, adjacent: false)
            }
            guard isCue(before, index) else { continue }
            // "with Donald Trump tweeting", "with many marchers chanting": a name, or any
            // noun phrase after "with", right before a participle speaks; not a place after a
            // preposition ("on Facebook writing") nor a phrase before "while" ("to back her
            // campaign while adding"). Else ("..., saying: “Q”", "ended by saying") the
            // sentence's subject does.
            if before[index].hasLowercaseSuffix("ing"), index > before.startIndex, before[index - 1].kind == .word,
               !before[index - 1].isLower(oneOf: ["while", "when", "after", "before", "by", "without", "in", "of", "for", "from", "on"]),
               let subject = subject(before, before: index, limit: before.startIndex),
               !(subject.lowerBound > before.startIndex && before[subject.lowerBound - 1].isLower(oneOf: ["on", "in", "at", "to", "from", "of", "for", "by"])),
               before[subject.lowerBound].isCapitalized || before[subject.lowerBound].classes.contains(.pronoun)
                   || (subject.lowerBound > before.startIndex && before[subject.lowerBound - 1].isLower("with")) {
                return Attribution(mention: subject, cue: cueText(before, index), adjacent: false)
            }
            // "Law said, noting that donors feel “Q”": the participle goes with the verb before it
            // (not with a verb of naming: "shared a syllabus called “Perception”, writing").
            if before[index].hasLowercaseSuffix("ing"), index > before.startIndex, before[index - 1].isText(","),
               let earlier = before[before.startIndex..<(index - 1)].indices.last(where: {
                   isCue(before, $0) && !before[$0].hasLowercaseSuffix("ing") && !before[$0].isLower(oneOf: namingVerbs)
               }),
               let subject = subject(before, before: earlier, limit: before.startIndex) {
                return Attribution(mention: subject, cue: cueText(before, index), adjacent: false)
            }
            if before[index].hasLowercaseSuffix("ing"), index > before.startIndex,
               let subject = sentenceSubject(before[before.startIndex..<index]) {
                return Attribution(mention: subject, cue: cueText(before, index), adjacent: false)
            }
            // "He supported Obama and said, “Q”": a second verb shares the sentence's subject.
            if let conjunction = conjunctionBefore(before, index),
               let subject = subjectOfFirstVerb(before, conjunction) ?? sentenceSubject(before[clauseStart(before, conjunction)..<conjunction]) {
                return Attribution(mention: subject, cue: cueText(before, index), adjacent: false)
            }
            if let subject = subject(before, before: index, limit: before.startIndex) {
                // "They slammed the loophole called an “inversion”": a name given, not
                // words said by the loophole.
                if isNaming(before, index, subject: subject) { continue }
                // "She said she recalls the colleague being “confused”": the speaker's own
                // pronoun after her verb of saying; the mention is the outer subject.
                if subject.count == 1, before[subject.lowerBound].classes.contains(.pronoun) {
                    var outer = subject.lowerBound - 1
                    if outer > before.startIndex, before[outer].isLower("that") { outer -= 1 }
                    if outer > before.startIndex, isCue(before, outer), !before[outer].hasLowercaseSuffix("ing"),
                       let outerSubject = self.subject(before, before: outer, limit: before.startIndex),
                       outerSubject.count > 1 || before[outerSubject.lowerBound].lower == before[subject.lowerBound].lower {
                        return Attribution(mention: outerSubject, cue: cueText(before, index), adjacent: false)
                    }
                }
                return Attribution(mention: subject, cue: cueText(before, index), adjacent: false)
            }
            // "Cory James, 22, said he hadn't given up on a “surprise”": the pronoun is the
            // speaker's own, so the sentence's subject speaks.
            if index + 2 < before.endIndex, before[index + 1].classes.contains(.pronoun), before[index + 2].kind == .word,
               let subject = sentenceSubject(before[before.startIndex..<index]) {
                return Attribution(mention: subject, cue: cueText(before, index), adjacent: false)
            }
            // The name must end the clause: in "said Trump had “Q”" Trump is not the speaker.
            // The verb opens its clause: in "the front-runner said the U.S. “clearly” needed"
            // the U.S. is not the speaker.
            if let source = object(before, from: index + 1), before[index].classes.contains(.invertible),
               source.upperBound == before.endIndex || before[source.upperBound].kind == .punctuation {
                return Attribution(mention: source, cue: cueText(before, index), adjacent: false) // "said Smith: “Q”"
            }
        }
        return nil
    }

    /// Nouns for something said: "his warning that", "her remark that".
    static let speechNouns: Set<String> = [
        "remark", "remarks", "warning", "assertion", "claim", "claims", "comment", "comments", "statement", "words", "promise",
        "pledge", "vow", "dictum", "insistence", "suggestion", "argument", "answer", "reply", "response", "tweet", "message",
        "accusation", "complaint", "quip", "declaration", "admission", "prediction", "threat", "boast", "plea", "mantra",
        "slogan", "assessment", "description", "characterization", "retort", "line",
    ]

    /// Verbs that give a name rather than report words: "a class called “Perception”".
    static let namingVerbs: [StaticString] = ["called", "dubbed", "named", "labeled", "labelled", "titled", "termed", "branded"]

    /// "her remark that “Q”", "Trump’s claim that there were “Q”": a word for something said,
    /// after its sayer's possessive, with "that" or the quote after it (not "Hollande called
    /// Trump's remarks “hurtful”", where the remarks are an object): the sayer.
    private static func sayer(ofSpeechNounAt index: Int, in before: ArraySlice<ClauseToken>) -> Range<Int>? {
        guard index > before.startIndex, before[index].classes.contains(.speechNoun), !before[index].isCapitalized,
              index + 1 < before.endIndex,
              before[index + 1].isLower("that") || (index + 2 == before.endIndex && before[index + 1].kind == .punctuation)
        else { return nil }
        let owner = before[index - 1]
        if owner.isLower(oneOf: ["his", "her", "their"]) { return (index - 1)..<index }
        guard owner.isPossessive, owner.isCapitalized else { return nil }
        return name(before, endingAt: index - 1, limit: before.startIndex)
    }

    /// "a formula called the “chained CPI”", "It’s called “Queen of the Hill”": a verb of
    /// naming right before the quote (or its article), after a noun phrase that opens with an
    /// article, or after a pronoun and "is" ("he’s called it “nutty”" has an object and speaks).
    private static func isNaming(_ tokens: ArraySlice<ClauseToken>, _ cue: Int, subject: Range<Int>) -> Bool {
        guard tokens[cue].isLower(oneOf: namingVerbs),
              tokens[(cue + 1)...].allSatisfy({ $0.isLower(oneOf: ["a", "an", "the"]) }),
              tokens[subject.lowerBound].isLower(oneOf: ["a", "an", "the"]) || (subject.count == 1 && tokens[subject.lowerBound].isContraction)
        else { return false }
        return true
    }

    /// "he laughed and said": the subject of the past-tense verb just before the "and".
    private static func subjectOfFirstVerb(_ tokens: ArraySlice<ClauseToken>, _ conjunction: Int) -> Range<Int>? {
        let verb = conjunction - 1
        guard verb > tokens.startIndex, tokens[verb].kind == .word, !tokens[verb].isCapitalized, tokens[verb].hasLowercaseSuffix("ed"),
              let subject = subject(tokens, before: verb, limit: tokens.startIndex),
              subject.count == 1 ? tokens[subject.lowerBound].classes.contains(.pronoun) || tokens[subject.lowerBound].isCapitalized
                                 : tokens[subject.lowerBound].isCapitalized
                                     || (tokens[subject.lowerBound].classes.contains(.determiner) && tokens[subject].contains { $0.isCapitalized })
        else { return nil }
        return subject
    }

    /// Where the clause that holds `index` starts: after the last dash or semicolon before it
    /// ("For that she drew his ire - he called her “weak” and said").
    private static func clauseStart(_ tokens: ArraySlice<ClauseToken>, _ index: Int) -> Int {
        let boundary = tokens[tokens.startIndex..<index].lastIndex { $0.is(0x3B) || $0.isDash }
        return boundary.map { $0 + 1 } ?? tokens.startIndex
    }

    /// The "and" or "but" that joins the verb at `index` to an earlier one ("and said",
    /// "but now said"), past adverbs.
    private static func conjunctionBefore(_ tokens: ArraySlice<ClauseToken>, _ index: Int) -> Int? {
        var i = index - 1
        while i > tokens.startIndex, tokens[i].kind == .word, tokens[i].classes.contains(.skippable) || tokens[i].isLower("now") { i -= 1 }
        guard i > tokens.startIndex, tokens[i].isLower(oneOf: ["and", "but"]) else { return nil }
        return i
    }

    /// "the “main task” of the country, he noted": a cue further on in the sentence.
    private static func laterInSentence(_ after: ArraySlice<ClauseToken>) -> Attribution? {
        for index in after.indices where isCue(after, index) {
            if let subject = subject(after, before: index, limit: after.startIndex) {
                return Attribution(mention: subject, cue: cueText(after, index), adjacent: false)
            }
            // "... if she did not win, said David Wasserman, an analyst".
            if index > after.startIndex, after[index - 1].isText(","), after[index].classes.contains(.invertible),
               let source = object(after, from: index + 1) {
                return Attribution(mention: source, cue: cueText(after, index), adjacent: false)
            }
        }
        return nil
    }

    /// A capitalized word before a verb in -s that makes it a noun: an adjective of origin or
    /// of a region, of a party's rule, or a word of number ("Asian", "Southern", "GOP-led",
    /// "Sixteen", "Most").
    private static func makesANoun(_ word: ClauseToken) -> Bool {
        word.hasLowercaseSuffix("an") || word.hasLowercaseSuffix("ern") || word.hasLowercaseSuffix("teen")
            || word.hasLowercaseSuffix("-led") || word.hasLowercaseSuffix("-run") || word.hasLowercaseSuffix("-controlled")
            || word.hasLowercaseSuffix("-leaning")
            || word.isLower(oneOf: ["united", "us", "u.s.", "gulf", "arab", "baltic", "soviet", "confederate", "islamist", "french",
                                    "plains", "mountain", "belt", "most", "all", "other", "those", "these", "such", "both", "few",
                                    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty-six", "fifty"])
    }

    /// A reporting verb's past form, which no noun shares: "said", "told", "claimed".
    private static func isPastForm(_ word: ClauseToken) -> Bool {
        word.hasLowercaseSuffix("ed") || word.isLower(oneOf: ["said", "told", "wrote", "spoke", "sang"])
    }

    static func isCue(_ tokens: ArraySlice<ClauseToken>, _ index: Int) -> Bool {
        let token = tokens[index]
        // Most words are in none of the lists: they are answered first, with one test.
        guard token.kind == .word, !token.classes.isDisjoint(with: [.cue, .particleVerb, .cueAfterSubject]) else { return false }
        // "Republican claims", "Democratic calls": a party's adjective makes a noun of any form
        // but a past one, which is the verb of a Republican ("the Indiana Republican said").
        if index > tokens.startIndex, tokens[index - 1].isLower(oneOf: ["republican", "democratic", "gop", "partisan"]),
           !isPastForm(token) {
            return false
        }
        if token.classes.contains(.cueAfterSubject), !token.isCapitalized, index > tokens.startIndex {
            // "it states", "which Baick calls", "they claim": right after a pronoun or a name; not after a
            // possessive, an article, an adjective of origin or place or a word of number, which
            // make the word a noun ("Trump's comments", "Central Asian states", "the United
            // states", "Southern states", "GOP-led states", "Most states").
            let before = tokens[index - 1]
            // A form without "s" ("report", "claim") is a verb only after a plural pronoun:
            // "The DIA report" is a noun.
            if !token.hasLowercaseSuffix("s") && !token.isLower("read") {
                return before.isLower(oneOf: ["they", "we", "you", "i", "who", "which"])
            }
            return before.kind == .word && (before.classes.contains(.pronoun) || before.classes.contains(.relativePronoun)
                || (before.isCapitalized && !before.isPossessive && !before.classes.contains(.nameOpener)
                    && !before.classes.contains(.determiner) && !Self.makesANoun(before)))
        }
        guard token.classes.contains(.cue) || token.classes.contains(.particleVerb) else { return false }
        // "the staffer was charged", "he was told": a passive reports nobody's speech.
        if index > tokens.startIndex, tokens[index - 1].classes.contains(.beVerb),
           !token.hasLowercaseSuffix("ing") {
            return false
        }
        if followsArticle(tokens, index) { return false }
        if token.classes.contains(.particleVerb) {
            return index + 1 < tokens.endIndex && tokens[index + 1].lower == ReportingVerbs.particles[token.lower]
        }
        return true
    }

    /// "the claims", "his answers", "the alleged": a cue after an article or a possessive is a noun.
    private static func followsArticle(_ tokens: ArraySlice<ClauseToken>, _ index: Int) -> Bool {
        index > tokens.startIndex && tokens[index - 1].classes.contains(.article)
    }

    /// Articles and possessives: they open a noun phrase.
    static let articles: Set<String> = ["the", "a", "an", "his", "its", "their", "our", "my", "your"]

    /// Forms of "be": before a cue, a passive.
    static let beVerbs: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]

    private static func cueText(_ tokens: ArraySlice<ClauseToken>, _ index: Int) -> String {
        let word = tokens[index].lower
        // Only a particle verb's word is looked up (`.particleVerb` is the dictionary's keys).
        if tokens[index].classes.contains(.particleVerb), let particle = ReportingVerbs.particles[word] { return word + " " + particle }
        return word
    }

    /// The subject before a cue: a pronoun, a name, or a short noun phrase ("the ministry",
    /// "a spokesman for the company"), past adverbs and auxiliaries ("has also said") and an
    /// apposition between commas ("Smith, a spokesman, said").
    static func subject(_ tokens: ArraySlice<ClauseToken>, before cue: Int, limit: Int) -> Range<Int>? {
        let limit = max(limit, tokens.startIndex)
        // "Rep. John Lewis, D-Ga., who ... called", "Lautenberg, D-N.J. said": past a party
        // and state to the name before its comma. "Gen. Joseph Dunford, Jr. declared": a
        // suffix after its comma is the name's, and the mention both.
        guard let found = subjectAsWritten(tokens, before: cue, limit: limit) else { return nil }
        let isSuffix = found.count == 1 && SpeakerNames.isNameSuffix(tokens[found.lowerBound].text)
        guard isPartyAndState(tokens[found.lowerBound].text) || isSuffix,
              found.lowerBound - 2 >= limit, tokens[found.lowerBound - 1].is(0x2C),
              let name = name(tokens, endingAt: found.lowerBound - 2, limit: limit) else { return found }
        return isSuffix ? name.lowerBound..<found.upperBound : name
    }

    private static func subjectAsWritten(_ tokens: ArraySlice<ClauseToken>, before cue: Int, limit: Int) -> Range<Int>? {
        guard cue > limit, cue <= tokens.endIndex else { return nil }
        var i = cue - 1
        while i >= limit {
            // Adverbs, auxiliaries, times ("on Friday", "last week") and brackets ("(I-Vt.)")
            // stand between a subject and its verb.
            // ("Will" and "May" with a capital are names, not auxiliaries.)
            // ("USA Today writes": a capitalized "Today" after a name is the name's.)
            if tokens[i].kind == .word, tokens[i].classes.contains(.skippable) && !tokens[i].isCapitalized
                || tokens[i].classes.contains(.timeWord) && !(i > limit && tokens[i].isLower("today") && tokens[i].isCapitalized && tokens[i - 1].isCapitalized)
                || (tokens[i].hasLowercaseSuffix("ly") && !tokens[i].isCapitalized && !isNounInLy(tokens[i])) {
                i -= 1
            } else if tokens[i].isText(")"), let open = tokens[limit..<i].lastIndex(where: { $0.isText("(") }), i - open < 8 {
                i = open - 1
            } else if i - 2 >= limit, tokens[i].isLower("past"), tokens[i - 1].isLower("the"), tokens[i - 2].isLower("in") {
                i -= 3          // "who has in the past described"
            } else if tokens[i].isLower("ago") {
                // "The State Department less than two weeks ago said"
                i -= 1
                while i >= limit, tokens[i].kind == .word, !tokens[i].isCapitalized,
                      tokens[i].isLower(oneOf: ["less", "more", "than", "about", "nearly", "almost", "just", "a", "an", "few", "several",
                                                "weeks", "days", "months", "years", "hours", "minutes", "week", "day", "month", "year",
                                                "two", "three", "four", "five", "six", "ten"])
                          || tokens[i].text.first?.isNumber == true {
                    i -= 1
                }
            } else if tokens[i].is(0x2C), i - 1 > limit, tokens[i - 1].isText(")"),
                      let open = tokens[limit..<(i - 1)].lastIndex(where: { $0.isText("(") }), i - open < 9 {
                i = open - 1    // "Gov. John Kasich (R-OH), said"
            } else {
                break
            }
        }
        guard i >= limit else { return nil }
        // "Beck, who has described": the relative pronoun is the mention; its antecedent,
        // before the comma, is who speaks (see `antecedent`).
        if tokens[i].classes.contains(.relativePronoun), i > limit, tokens[i - 1].is(0x2C) { return i..<(i + 1) }
        if tokens[i].kind == .punctuation && tokens[i].isText(",") {
            // An apposition: "Smith, a spokesman for the company, said".
            var j = i - 1
            while j >= limit, !(tokens[j].kind == .punctuation && tokens[j].isText(",")), i - j < 12 { j -= 1 }
            // "Trump, who questioned whether ... border, said", "Others, pointing to the gap
            // between ..., shouted": a relative or participle clause between the commas may run
            // long; its subject comes before it.
            if let relative = (max(limit, i - 40)..<max(limit, i - 1)).last(where: {
                   tokens[$0].is(0x2C) && (tokens[$0 + 1].classes.contains(.relativePronoun)
                       || (tokens[$0 + 1].kind == .word && !tokens[$0 + 1].isCapitalized && tokens[$0 + 1].hasLowercaseSuffix("ing")))
               }),
               relative < j || j < limit {
                return name(tokens, endingAt: relative - 1, limit: limit) ?? nounPhrase(tokens, endingAt: relative - 1, limit: limit)
            }
            guard j >= limit, tokens[j].kind == .punctuation, tokens[j].isText(",") else { return nil }
            // "Its leader, Councillor Fiona Marr, said": the name between the commas;
            // "Smith, a spokesman for the firm, said": the name before them.
            // "Nancy Pelosi, D-Calif., said": a party and state are no name.
            if let inner = name(tokens, endingAt: i - 1, limit: j + 1), inner.lowerBound == j + 1 || tokens[inner.lowerBound - 1].kind != .word,
               !isPartyAndState(tokens[inner.lowerBound].text) {
                return SpeakerNames.stripTitles(tokens[inner].map(\.text)).isEmpty ? nil : inner
            }
            return name(tokens, endingAt: j - 1, limit: limit) ?? nounPhrase(tokens, endingAt: j - 1, limit: limit)
        }
        guard tokens[i].kind == .word else { return nil }
        if tokens[i].classes.contains(.pronoun) { return i..<(i + 1) }
        if tokens[i].hasSuffix("MORE") { return nameBeforeLinks(tokens, endingAt: i, limit: limit) }
        if let name = name(tokens, endingAt: i, limit: limit) { return name }
        guard let phrase = nounPhrase(tokens, endingAt: i, limit: limit) else { return nil }
        return subjectBeforePreposition(of: phrase, in: tokens, limit: limit) ?? phrase
    }

    /// A word in "-ly" that is a noun that speaks, not an adverb between a subject and its
    /// verb: "the family said", "a Trump ally added". A determiner before it tells nothing:
    /// "the newly elected mayor", "a widely shared post".
    private static func isNounInLy(_ token: ClauseToken) -> Bool {
        token.isLower(oneOf: ["family", "ally", "assembly", "rally", "monopoly", "daily", "weekly"])
    }

    /// "D-Calif", "R-Texas", "I-Vt": a lawmaker's party and state, as news writes them after
    /// the name.
    static func isPartyAndState(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        guard let party = bytes.next(), party == 0x44 || party == 0x52 || party == 0x49,
              bytes.next() == 0x2D, let state = bytes.next() else { return false }
        return state >= 0x41 && state <= 0x5A
    }

    /// A noun phrase after a preposition is no subject: "Trump in his announcement speech
    /// called", "Protesters marching through the streets chanted", "Trump at the time said".
    /// The subject is the name, pronoun or noun phrase before the preposition (and before a
    /// participle that takes it).
    private static func subjectBeforePreposition(of phrase: Range<Int>, in tokens: ArraySlice<ClauseToken>, limit: Int) -> Range<Int>? {
        var j = phrase.lowerBound - 1
        guard j > limit, tokens[j].isLower(oneOf: ["in", "on", "at", "through", "during", "with", "from", "after", "before",
                                                   "into", "over", "across", "outside", "inside", "near"]) else { return nil }
        j -= 1
        if j > limit, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].hasLowercaseSuffix("ing") { j -= 1 }
        guard tokens[j].kind == .word else { return nil }
        if tokens[j].classes.contains(.pronoun) { return j..<(j + 1) }
        // "Even in a statement, ...", "And at the time ...": a word that opens the sentence is
        // no name.
        guard let name = name(tokens, endingAt: j, limit: limit),
              name.count > 1 || !(tokens[j].classes.contains(.nameOpener) || tokens[j].isLower(oneOf: ["only", "just"]))
        else { return nil }
        return name
    }

    /// Scraped pages of The Hill put a box of links after a lawmaker's name: "Sen. Ron
    /// Wyden Ronald (Ron) Lee WydenAlcohol industry races to ... MORE (D-Ore.) said". The
    /// full name's last word is glued to the first headline ("WydenAlcohol"); the name
    /// written in the sentence ends with that word, before the box.
    private static func nameBeforeLinks(_ tokens: ArraySlice<ClauseToken>, endingAt more: Int, limit: Int) -> Range<Int>? {
        let start = max(limit, more - 80)
        for glued in stride(from: more, through: start + 1, by: -1) where tokens[glued].isCapitalized {
            let gluedText = tokens[glued].text
            for surname in stride(from: glued - 1, through: max(start, glued - 8), by: -1) where tokens[surname].isCapitalized {
                let candidate = tokens[surname].text
                if candidate.count >= 2, gluedText.count > candidate.count, gluedText.hasPrefix(candidate) {
                    return name(tokens, endingAt: surname, limit: limit)
                }
            }
        }
        return nil
    }

    /// What a relative pronoun at `index` stands for: the name or noun phrase before its
    /// comma ("Beck, who ..." -> "Beck").
    static func antecedent(_ tokens: ArraySlice<ClauseToken>, ofRelativeAt index: Int) -> Range<Int>? {
        guard tokens[index].classes.contains(.relativePronoun), index - 2 >= tokens.startIndex, tokens[index - 1].is(0x2C) else { return nil }
        var end = index - 2
        // Back past what follows a name between commas: "Sen. Cory Gardner (R-Colo.), who",
        // "Rep. Eric Swalwell, D-Calif., 37, who".
        for _ in 0..<3 {
            if case let before = beforeBracket(tokens, endingAt: end), before != end, before >= tokens.startIndex {
                end = before
            } else if end - 2 >= tokens.startIndex, tokens[end - 1].is(0x2C),
                      tokens[end].text.allSatisfy(\.isNumber) || isPartyAndState(tokens[end].text) {
                end -= 2
            } else {
                break
            }
        }
        if let name = name(tokens, endingAt: end, limit: tokens.startIndex) {
            return name.count == 1 && tokens[name.lowerBound].isText("MORE") ? nil : name     // The Hill's box of links
        }
        guard let phrase = nounPhrase(tokens, endingAt: end, limit: tokens.startIndex) else { return nil }
        // "Tetreau, a three-decade veteran of New Hampshire primary politics, who": the person
        // the apposition describes.
        if tokens[phrase.lowerBound].classes.contains(.article), phrase.lowerBound - 2 >= tokens.startIndex,
           tokens[phrase.lowerBound - 1].is(0x2C), let named = name(tokens, endingAt: phrase.lowerBound - 2, limit: tokens.startIndex),
           SpeakerNames.looksLikePerson(tokens[named].map(\.text).joined(separator: " ")) || named.count == 1 {
            return named
        }
        return phrase
    }

    /// "Rubio attacked Trump, whom he called a “con artist”", "Ban condemned what he called
    /// a “breach”": a pronoun in a clause that opens with "whom", "what" or "which" is the
    /// sentence's subject, named; the name is the mention, as readers (and PolNeAR's
    /// annotators) take it.
    static func mainSubject(_ before: ArraySlice<ClauseToken>, ofPronounAt mention: Range<Int>) -> Range<Int>? {
        guard mention.count == 1, before.indices.contains(mention.lowerBound), mention.lowerBound - 1 > before.startIndex,
              before[mention.lowerBound].isLower(oneOf: ["he", "she", "they"]),
              before[mention.lowerBound - 1].isLower(oneOf: ["whom", "what", "which"]),
              let subject = sentenceSubject(before[before.startIndex..<(mention.lowerBound - 1)]),
              subject.count <= 4, before[subject].allSatisfy({ $0.isCapitalized && !$0.classes.contains(.nameOpener) && !$0.classes.contains(.article) })
        else { return nil }
        // "He pronounced ..., which he said": the same pronoun, opening the sentence.
        if before[subject.lowerBound].classes.contains(.pronoun) {
            return subject.count == 1 && before[subject.lowerBound].lower == before[mention.lowerBound].lower ? subject : nil
        }
        return subject
    }

    /// Words that open a phrase before a sentence's subject, ended by a comma: "In Iowa,
    /// Trump said", "Meanwhile, the senator", "Speaking to reporters, she".
    static let phraseOpeners: Set<String> = [
        "in", "on", "after", "as", "during", "with", "at", "before", "when", "while", "following", "since", "despite", "for",
        "of", "by", "from", "meanwhile", "later", "earlier", "early", "but", "and", "also", "then", "still", "now", "asked",
        "once", "last", "this", "speaking", "responding", "writing", "appearing", "addressing", "according", "however",
        "though", "although", "instead", "indeed", "hours", "minutes", "moments", "days", "thus", "therefore", "again",
        "today", "yesterday", "to", "here", "amid", "likewise", "similarly", "separately", "additionally", "unlike",
        "until", "without", "upon", "among", "throughout",
    ]

    /// Conjunctions and adverbs that open a sentence without a comma before its subject:
    /// "But as Trump denounced ...", "When he returned he began ...".
    static let leadingConjunctions: Set<String> = [
        "but", "and", "so", "yet", "as", "while", "when", "after", "once", "then", "now", "also", "still", "meanwhile",
        "though", "although", "however", "because", "if", "since", "whether", "even", "indeed", "instead",
    ]

    /// Words that open a sentence with a capital before a name: "But Smith said", "After
    /// Jo Reid said".
    static let nameOpeners: Set<String> = ["but", "and", "so", "yet", "then", "now", "here", "there", "when", "as", "while",
                                           "if", "in", "on", "at", "after", "for", "unlike", "like", "with", "to", "from", "by",
                                           "despite", "where", "among", "during", "though", "although", "because", "since",
                                           "until", "before", "without", "under", "amid", "against", "about", "whether",
                                           "once", "meanwhile", "also", "following", "including", "instead",
                                           "add",   // "Add Donald Trump as an interest": a page's follow button
                                           // Questions and other openings of headlines and sentences: "Can
                                           // Trump", "Did Obama", "Why Obama", "Even Trump", "Imagine Hillary
                                           // Clinton".
                                           "can", "could", "did", "does", "do", "should", "would", "is", "was", "has",
                                           "had", "what", "why", "how", "whenever", "unless", "neither", "both", "even",
                                           "perhaps", "maybe", "whatever", "whereas", "let", "imagine", "ignore",
                                           "expect", "regarding", "considering", "citing", "calling", "later", "earlier",
                                           "finally", "apparently", "presumably", "ultimately", "hence", "not"]

    /// A run of capitalized words (with "of", "de" and the like inside) ending at `end`.
    static func name(_ tokens: ArraySlice<ClauseToken>, endingAt end: Int, limit: Int) -> Range<Int>? {
        let limit = max(limit, tokens.startIndex)
        guard end >= limit, end < tokens.endIndex, tokens[end].kind == .word, tokens[end].isCapitalized else { return nil }
        var start = end
        while start - 1 >= limit, tokens[start - 1].kind == .word,
              tokens[start - 1].isCapitalized || (tokens[start - 1].classes.contains(.connector) && start - 2 >= limit && tokens[start - 2].isCapitalized) {
            start -= 1
        }
        // A sentence's first word is often not part of the name: "But Smith said".
        while start < end, tokens[start].classes.contains(.nameOpener) {
            start += 1
        }
        // "When asked about it, Canova": an opening word alone is no name.
        if start == end, tokens[end].classes.contains(.nameOpener) { return nil }
        return start..<(end + 1)
    }

    /// "the ministry", "a spokesman for the company", "officials", "Trump's campaign".
    /// Words that end a noun phrase: prepositions and auxiliaries.
    static let clauseWords: Set<String> = ["on", "in", "at", "to", "with", "from", "by", "is", "was", "are", "were", "has",
                                           "had", "have", "will", "would", "can", "could", "who", "which", "that", "and", "but"]

    static let notNouns: Set<String> = ["to", "not", "that", "will", "would", "be", "been", "being", "and", "or", "but", "as",
                                        "which", "who", "also", "then", "so", "if", "when", "it", "this", "there", "than"]

    /// The subject of the sentence before the one at `index`, in the same paragraph, and where
    /// that sentence ends.
    static func subjectOfSentence(before index: Int, in tokens: ArraySlice<ClauseToken>) -> (subject: Range<Int>, end: Int)? {
        guard let end = tokens[..<index].lastIndex(where: \.isSentenceEnd) else { return nil }
        let start = tokens[..<end].lastIndex(where: \.isSentenceEnd).map { $0 + 1 } ?? tokens.startIndex
        guard start < end, let subject = sentenceSubject(tokens[start..<end]) else { return nil }
        return (subject, end)
    }

    /// The subject of the sentence before the one at `index`, in the same paragraph, when it
    /// is a group "they" can stand for: a plural ("the harbour engineers", "some regional
    /// experts") or a source named without a determiner ("Democrats", "police"), up to that
    /// word. A name before such a source is part of the group: "White House officials".
    static func pluralSubject(before index: Int, in tokens: ArraySlice<ClauseToken>) -> Range<Int>? {
        guard let (found, end) = subjectOfSentence(before: index, in: tokens) else { return nil }
        var subject = found
        if subject.upperBound < end, tokens[subject.upperBound].kind == .word, !tokens[subject.upperBound].isCapitalized,
           tokens[subject.upperBound].classes.contains(.bareSource),
           !tokens[subject].contains(where: { $0.hasSuffix("’re") || $0.hasSuffix("'re") }) {   // not "They’re people"
            subject = subject.lowerBound..<(subject.upperBound + 1)
        }
        guard let head = subject.first(where: { looksPlural(tokens[$0]) || tokens[$0].classes.contains(.bareSource) }) else { return nil }
        let group = subject.lowerBound..<(head + 1)
        // A verb read as the plural ("the right calls", "the paper arrives") or into the phrase
        // ("the Court clearly wants") makes it no group's name.
        guard group.count <= 6, !tokens[group].contains(where: {
            $0.kind != .word || $0.classes.contains(.pronoun) || $0.classes.contains(.cue) || ($0.hasLowercaseSuffix("ly") && !$0.isCapitalized)
                || $0.isLower(oneOf: ["seems", "wants", "needs", "thinks", "makes", "goes", "gets", "takes", "knows", "calls", "appears",
                                     "comes", "arrives", "appeals", "details", "blocks", "features", "breaks", "flies", "supports",
                                     "made", "carried", "escorted", "often"])
        }) else { return nil }
        return group
    }

    /// The subject of a relative clause opened by the "that" at `that`, when the words up to
    /// `end` show "that" to be no determiner: a pronoun ("that she didn’t"), a name ("that
    /// Democrats only days before"), or a plural right before the verb ("that critics",
    /// "that campaign advertisers"). A word in -s that is a verb ("that tracks traffic") has
    /// more words after it.
    private static func relativeSubject(_ tokens: ArraySlice<ClauseToken>, after that: Int, before end: Int) -> Range<Int>? {
        let first = that + 1
        guard first < end, tokens[first].kind == .word else { return nil }
        if tokens[first].classes.contains(.pronoun) { return first..<(first + 1) }
        if tokens[first].isCapitalized {
            var last = first
            while last + 1 < end, tokens[last + 1].kind == .word, tokens[last + 1].isCapitalized { last += 1 }
            // "that RNC member", "that February statement": a name before a noun is no subject.
            let rest = tokens[(last + 1)..<end]
            guard rest.allSatisfy({ $0.kind == .word && ($0.hasLowercaseSuffix("ly") || $0.isLower("ever") || $0.classes.contains(.skippable)) }) else {
                return nil
            }
            return first..<(last + 1)
        }
        guard end - first <= 2, !tokens[first].classes.contains(.notNoun), !tokens[first].classes.contains(.clauseWord),
              let plural = tokens.indices[first..<end].last, looksPlural(tokens[plural]) else { return nil }
        return first..<end
    }

    /// "officials", "supporters", "senators", "members": a bare source, or the plural of a
    /// role or a noun of a person's work; not of a place among the titles ("states").
    static func isPluralSource(_ word: ClauseToken) -> Bool {
        guard word.kind == .word, !word.isCapitalized else { return false }
        if word.classes.contains(.bareSource) { return true }
        guard word.end - word.start > 3, word.source[word.end - 1] == 0x73 else { return false }
        let singular = WordClassTable.classes(of: word.source, word.start..<(word.end - 1))
        return !singular.isDisjoint(with: [.role, .workNoun]) && !singular.contains(.place)
    }

    /// A lower-case plural noun, by its ending: "critics", "people"; not "press", "status",
    /// "was" or a possessive.
    static func looksPlural(_ word: ClauseToken) -> Bool {
        guard word.kind == .word, !word.isCapitalized, !word.isPossessive,
              !word.isLower(oneOf: ["was", "has", "does", "its", "his", "hers", "ours", "yours", "theirs"]) else { return false }
        if word.isLower(oneOf: ["people", "men", "women", "children"]) { return true }
        return word.hasLowercaseSuffix("s") && !word.hasLowercaseSuffix("ss") && !word.hasLowercaseSuffix("us")
            && !word.hasLowercaseSuffix("is") && !word.hasLowercaseSuffix("news")
    }

    static func nounPhrase(_ tokens: ArraySlice<ClauseToken>, endingAt end: Int, limit: Int) -> Range<Int>? {
        let limit = max(limit, tokens.startIndex)
        // Nor a phrase that ends with "of" or "for": "some version of claiming" names no one.
        guard end >= limit, end < tokens.endIndex, tokens[end].kind == .word, !tokens[end].classes.contains(.notNoun),
              !tokens[end].isLower(oneOf: ["of", "for"]) else { return nil }
        // "63 percent said": a poll's share.
        if tokens[end].isLower("percent"), end - 1 >= limit, let digit = tokens[end - 1].text.first, digit.isNumber {
            return (end - 1)..<(end + 1)
        }
        if tokens[end].classes.contains(.bareSource) && (end == limit || !tokens[end - 1].classes.contains(.determiner)) {
            var start = end
            while start - 1 >= limit, tokens[start - 1].kind == .word, !tokens[start - 1].classes.contains(.cue),
                  tokens[start - 1].isCapitalized || tokens[start - 1].classes.contains(.sourceModifier) {
                start -= 1
            }
            return start..<(end + 1)
        }
        var start = end
        // "the independent Vermont senator and Democratic presidential candidate": one "and"
        // between descriptions, with no determiner after it, lengthens the reach.
        var reach = 6
        while start >= limit, end - start < reach {
            let word = tokens[start]
            guard word.kind == .word else { return nil }
            if word.isLower("and"), reach == 6, start < end, !tokens[start + 1].classes.contains(.determiner),
               !tokens[start + 1].classes.contains(.pronoun), start - 1 >= limit, tokens[start - 1].kind == .word,
               !tokens[start - 1].isCapitalized || tokens[start - 1].classes.contains(.role) {
                reach = 11
                start -= 1
                continue
            }
            if word.isContraction { return nil }   // "It’s worth noting": no possessive
            if word.classes.contains(.determiner) || word.hasSuffix("’s") || word.hasSuffix("'s") {
                // "rulings that advocates hailed as", "something that Democrats called": before
                // a plural, a name or a pronoun, "that" opens a relative clause, whose subject
                // follows it ("that aide said" stays).
                if word.isLower("that"), start < end, let subject = relativeSubject(tokens, after: start, before: end + 1) {
                    return subject
                }
                var first = start
                // "a spokesman for the port", "a voice-over in the ad": past "for", "of", "in" or
                // "at" to an earlier determiner.
                if word.classes.contains(.determiner), start - 2 >= limit, tokens[start - 1].isLower(oneOf: ["for", "of", "in", "at"]),
                   let earlier = (max(limit, start - 5)..<(start - 1)).last(where: { tokens[$0].classes.contains(.determiner) }) {
                    first = earlier
                }
                // "the company's chief executive": take in a possessor's name.
                if !word.classes.contains(.determiner), let owner = name(tokens, endingAt: start, limit: limit) { first = owner.lowerBound }
                return first..<(end + 1)
            }
            // "that Mr. Rubio had at last": a verb or preposition inside is no noun phrase.
            if word.classes.contains(.cue) || word.classes.contains(.clauseWord) { return nil }
            start -= 1
        }
        return nil
    }

    /// The speaker after a cue: "said Smith", "said the spokesman", "according to the report".
    static func object(_ tokens: ArraySlice<ClauseToken>, from start: Int) -> Range<Int>? {
        guard start >= tokens.startIndex, start < tokens.endIndex, tokens[start].kind == .word else { return nil }
        if tokens[start].classes.contains(.pronoun) { return start..<(start + 1) }
        // "said Tuesday that", "said in January": a time or a preposition, not a speaker;
        // "said of Williams", "asked if Clinton": whom the words are about.
        if tokens[start].classes.contains(.timeWord) && !tokens[start].classes.contains(.determiner)
            || !tokens[start].isCapitalized && tokens[start].classes.contains(.clauseWord)
            || !tokens[start].isCapitalized && tokens[start].isLower(oneOf: ["of", "if", "as", "for", "about", "like", "than", "whether"]) {
            return nil
        }
        // "It’s worth noting", "Here’s how": no speaker; "Here’s Paul’s statement": the name.
        if tokens[start].isContraction {
            guard start + 1 < tokens.endIndex, tokens[start + 1].isCapitalized else { return nil }
            return object(tokens, from: start + 1)
        }
        var end = start
        // "former Obama adviser David Axelrod", "undecided Republican voter Stephanie Hooton":
        // lower-case roles before a name belong to it.
        if !tokens[start].isCapitalized, !tokens[start].classes.contains(.determiner), !tokens[start].classes.contains(.bareSource) {
            var lastCapital: Int?
            var i = start
            while i < tokens.endIndex, tokens[i].kind == .word, i - start < 7, !tokens[i].classes.contains(.cue) {
                if tokens[i].isCapitalized { lastCapital = i }
                i += 1
            }
            guard let lastCapital, tokens[start..<lastCapital].contains(where: \.isCapitalized) || lastCapital > start else { return nil }
            return start..<(lastCapital + 1)
        }
        if tokens[start].isCapitalized && !tokens[start].classes.contains(.determiner) {
            while end + 1 < tokens.endIndex, tokens[end + 1].kind == .word,
                  tokens[end + 1].isCapitalized || (tokens[end + 1].classes.contains(.connector) && end + 2 < tokens.endIndex && tokens[end + 2].isCapitalized) {
                end += 1
            }
            // "said RNC spokesman Sean Spicer", "said Trump campaign manager Corey Lewandowski",
            // "says TV historian Tim Brooks": a body, its lower-case role and the person's name
            // are one mention; so are two bodies and roles joined by "and" ("said Democratic
            // strategist and CNN contributor Paul Begala"). A role is a title or a listed noun
            // of a person's work, not any noun by its ending as in a mention's description:
            // verbs and other nouns end so too ("Trump chastised industrial manufacturer
            // Rexnord", "Fallon doesn’t consider Toobin", "Trump's statement Monday").
            func isRole(_ word: ClauseToken) -> Bool { !word.classes.isDisjoint(with: [.role, .workNoun]) }
            let run = end
            var from = end + 1
            while true {
                var role = from
                while role < tokens.endIndex, role - from < 3, tokens[role].kind == .word, !tokens[role].isCapitalized,
                      tokens[role].classes.isDisjoint(with: [.cue, .clauseWord, .determiner, .pronoun])
                          || (role > from && tokens[role].isLower("and") && isRole(tokens[role - 1])) {
                    role += 1
                }
                guard role > from, role < tokens.endIndex, tokens[role].kind == .word, tokens[role].isCapitalized,
                      !tokens[role].classes.contains(.determiner) else { break }
                var nameEnd = role
                while nameEnd + 1 < tokens.endIndex, tokens[nameEnd + 1].kind == .word, tokens[nameEnd + 1].isCapitalized { nameEnd += 1 }
                if isRole(tokens[role - 1]) {
                    end = nameEnd
                    break
                }
                guard role - from >= 2, tokens[role - 1].isLower("and"), isRole(tokens[role - 2]) else { break }
                from = nameEnd + 1
            }
            // "Republican senators slammed", "Trump supporters chanted": a plural source after
            // the capitals is the mention's head, not a word after it; not after a verb's
            // contraction ("They’re people who").
            if end == run, end + 1 < tokens.endIndex, isPluralSource(tokens[end + 1]),
               !["’re", "'re", "’ve", "'ve", "’ll", "'ll", "’m", "'m", "’d", "'d"].contains(where: { tokens[end].hasLowercaseSuffix($0) }) {
                end += 1
            }
            return start..<(end + 1)
        }
        guard (tokens[start].classes.contains(.determiner) && !tokens[start].isLower("that")) || tokens[start].classes.contains(.bareSource) else { return nil }
        // "the council", "a spokesman for the port": up to a word that looks like a verb.
        while end + 1 < tokens.endIndex, tokens[end + 1].kind == .word, end - start < 6 {
            let next = tokens[end + 1].lower
            if (tokens[end + 1].classes.contains(.cue) && !followsArticle(tokens, end + 1)) || tokens[end + 1].classes.contains(.clauseWord)
                || (end > start && (next.hasSuffix("ed") || next.hasSuffix("ing"))) { break }
            if ["for", "of"].contains(next), end + 2 < tokens.endIndex, tokens[end + 2].classes.contains(.determiner) || tokens[end + 2].isCapitalized {
                end += 2
                continue
            }
            // "The soldier made his claims": a second article opens another phrase, and the
            // word before it is a verb or a preposition, not part of this one.
            if articles.contains(next), !tokens[end].classes.contains(.determiner) {
                if end > start + 1 { end -= 1 }
                break
            }
            end += 1
        }
        // "according to the “lead negotiators”", "told a “straight story”": an article before a
        // quote is no speaker.
        if end == start, tokens[start].isLower(oneOf: ["the", "a", "an"]) { return nil }
        return start..<(end + 1)
    }
}
