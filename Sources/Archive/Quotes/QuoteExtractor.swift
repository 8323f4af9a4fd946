/// The quotes of one article: spans from the quote marks, speakers from the words around
/// them, kinds from both (docs/quotes.md).
enum QuoteExtractor {
    static func quotes(in text: UnsafeBufferPointer<UInt8>, article: Int32) -> [Quote] {
        var quotes: [Quote] = []
        append(in: text, article: article, to: &quotes)
        return quotes
    }

    /// Appends the article's quotes to `quotes`: a load gathers every article's quotes in
    /// one array per core, with no array of each article's to copy from.
    static func append(in text: UnsafeBufferPointer<UInt8>, article: Int32, to quotes: inout [Quote]) {
        let (allSpans, allParagraphs) = QuoteMarks.spansAndParagraphs(in: text)
        let spans = allSpans.filter { !$0.nested && $0.contentEnd > $0.contentStart }
        guard !spans.isEmpty else { return }
        let firstQuote = quotes.count
        var names = SpeakerNames(text, quoted: spans.map { $0.start..<$0.end })
        // The last attributed quote of the last paragraph with quotes, and that paragraph.
        var lastAttributed: (paragraph: Int, found: FoundSpeaker)?
        var previousContinues: FoundSpeaker?
        var previousParagraphLastSentence: (tokens: [ClauseToken], range: Range<Int>)?
        // A paragraph without quotes before one with them: read word by word only when a
        // quote needs its last sentence.
        var previousParagraphUnread: Range<Int>?
        func lastSentenceOfPreviousParagraph() -> (tokens: [ClauseToken], range: Range<Int>)? {
            if let range = previousParagraphUnread {
                previousParagraphLastSentence = lastSentence(ClauseTokenizer.tokens(text, range, quotes: []))
                previousParagraphUnread = nil
            }
            return previousParagraphLastSentence
        }
        var spanIndex = 0
        // Only paragraphs with quotes are read word by word; the others are only scanned for
        // names. Nothing after the last quote is read.
        var quoted = [Bool](repeating: false, count: allParagraphs.count)
        var lastQuoted = 0
        for span in spans where span.paragraph < quoted.count {
            quoted[span.paragraph] = true
            lastQuoted = max(lastQuoted, span.paragraph)
        }
        for (paragraphIndex, paragraphRange) in allParagraphs.enumerated() {
            if paragraphIndex > lastQuoted { break }
            guard quoted[paragraphIndex] else {
                names.scan(paragraphRange)
                previousParagraphLastSentence = nil
                previousParagraphUnread = paragraphIndex + 1 < quoted.count && quoted[paragraphIndex + 1] ? paragraphRange : nil
                continue
            }
            var inParagraph: [(index: Int, start: Int, end: Int)] = []
            while spanIndex < spans.count, spans[spanIndex].start < paragraphRange.upperBound {
                if spans[spanIndex].start >= paragraphRange.lowerBound {
                    inParagraph.append((spanIndex, spans[spanIndex].start, min(spans[spanIndex].end, paragraphRange.upperBound)))
                }
                spanIndex += 1
            }
            let tokens = ClauseTokenizer.tokens(text, paragraphRange, quotes: inParagraph)
            names.index(tokens)
            defer {
                previousParagraphLastSentence = lastSentence(tokens)
                previousParagraphUnread = nil
            }
            guard !inParagraph.isEmpty else { continue }
            let paragraph = spans[inParagraph[0].index].paragraph
            var lastInParagraph: FoundSpeaker?
            for k in tokens.indices {
                guard case .quote(let index) = tokens[k].kind else { continue }
                let span = spans[index]
                let sentenceStart = (tokens[..<k].lastIndex { $0.isSentenceEnd }).map { $0 + 1 } ?? 0
                let sentenceEnd = tokens[(k + 1)...].firstIndex { $0.isSentenceEnd } ?? tokens.count
                let content = String(decoding: UnsafeBufferPointer(rebasing: text[span.contentStart..<span.contentEnd]), as: UTF8.self)
                var quote = Quote(article: article, start: span.start, end: span.end, text: content, kind: .unattributed)
                let shape = QuoteShape(UnsafeBufferPointer(rebasing: text[span.contentStart..<span.contentEnd]))
                var found: FoundSpeaker?
                var adjacent = false
                var sameSentenceCue = false
                func resolved(_ attribution: Attribution, _ clause: [ClauseToken]) -> FoundSpeaker {
                    var range = clause[attribution.mention.lowerBound].start..<clause[attribution.mention.upperBound - 1].end
                    // "Beck, who said": the mention is "who", the speaker Beck.
                    let speakerWords = attribution.mention.count == 1
                        ? AttributionFinder.antecedent(clause[...], ofRelativeAt: attribution.mention.lowerBound) ?? attribution.mention
                        : attribution.mention
                    var speaker = names.speaker(for: clause[speakerWords].map(\.text), at: range.lowerBound)
                    // "said Sens. John McCain (R-AZ) and Lindsey Graham (R-SC)": the people together.
                    if speakerWords == attribution.mention, let joint = AttributionFinder.jointNames(clause[...], around: attribution.mention),
                       case let people = joint.map({ names.speaker(for: clause[$0].map(\.text), at: clause[$0.lowerBound].start) }),
                       people.allSatisfy(SpeakerNames.looksLikePerson) {
                        speaker = SpeakerNames.joint(people)
                        range = clause[joint[0].lowerBound].start..<clause[joint[joint.count - 1].upperBound - 1].end
                    }
                    let written = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
                    var document: String?
                    // "The union released a statement. ... “Q,” the statement said": the union.
                    if let noun = DocumentIssuer.noun(of: speaker),
                       let (issuerTokens, issuer) = DocumentIssuer.namedAfter(attribution.mention, in: clause).map({ (clause, $0) })
                           ?? DocumentIssuer.find(noun, before: range.lowerBound, in: text, paragraphs: allParagraphs,
                                                  quotes: spans.indices.map { ($0, spans[$0].start, spans[$0].end) }),
                       case let issued = names.speaker(for: issuerTokens[issuer].map(\.text), at: issuerTokens[issuer.lowerBound].start),
                       DocumentIssuer.isIssuer(issued) {
                        document = speaker
                        speaker = issued
                    }
                    // "Several hundred students signed a letter. They called the wall a “disgrace.”"
                    if speaker == "they", let group = AttributionFinder.pluralSubject(before: attribution.mention.lowerBound, in: clause[...]) {
                        speaker = names.speaker(for: clause[group].map(\.text), at: clause[group.lowerBound].start)
                    } else if speaker == "they", clause.first?.start == tokens.first?.start,
                              // "They say ...", "“Q,” they wrote": the paragraph's first words.
                              clause[..<attribution.mention.lowerBound].allSatisfy({ $0.kind != .word }),
                              let previous = lastSentenceOfPreviousParagraph(),
                              let group = AttributionFinder.pluralSubject(before: previous.tokens.endIndex, in: previous.tokens[...]),
                              // Across a paragraph only people: "Democrats", "the lawmakers", not "three hours".
                              case let head = previous.tokens[group.upperBound - 1], head.isCapitalized || head.classes.contains(.bareSource) {
                        // "Senate Democrats proposed replacing the cuts. ¶ They called for the “Buffett rule”":
                        // the group that ends the paragraph before.
                        speaker = names.speaker(for: previous.tokens[group].map(\.text), at: previous.tokens[group.lowerBound].start)
                    } else if speaker == "it", let (subject, _) = AttributionFinder.subjectOfSentence(before: attribution.mention.lowerBound, in: clause[...]),
                              case let thing = names.speaker(for: clause[subject].map(\.text), at: clause[subject.lowerBound].start),
                              SpeakerNames.isThing(thing) {
                        speaker = thing     // "A commission document states that ... It also said"
                    }
                    return FoundSpeaker(mention: range, text: written, speaker: speaker, cue: attribution.cue, document: document)
                }
                // "“Q” Kevin Drum, Mother Jones": the writer of an excerpt signs it, whatever
                // a roundup's words before it say ("Some argue that “Q”").
                func excerptSigner() -> FoundSpeaker? {
                    let rest = tokens[(k + 1)...].drop { $0.kind == .punctuation }
                    let clause: [ClauseToken]
                    let signature: ExcerptSignature?
                    if rest.isEmpty {
                        guard paragraphIndex + 1 < allParagraphs.count, case let next = allParagraphs[paragraphIndex + 1],
                              !next.isEmpty, next.count <= 120, text[next.lowerBound] >= 0x41 && text[next.lowerBound] <= 0x5A,
                              text[next].contains(0x2C) else { return nil }
                        clause = ClauseTokenizer.tokens(text, next, quotes: [])
                        signature = AttributionFinder.excerptSignature(clause[...])
                    } else {
                        guard rest.count <= 16, rest.contains(where: { $0.is(0x2C) }) else { return nil }
                        clause = tokens
                        signature = AttributionFinder.excerptSignature(rest)
                    }
                    guard let signature else { return nil }
                    let signer = resolved(Attribution(mention: signature.signer, cue: "", adjacent: true), clause)
                    if !signature.byEditors {
                        return SpeakerNames.looksLikePerson(signer.speaker) || SpeakerNames.isJoint(signer.speaker) ? signer : nil
                    }
                    let whole = clause[signature.whole.lowerBound].start..<clause[signature.whole.upperBound - 1].end
                    return FoundSpeaker(mention: whole, text: String(decoding: UnsafeBufferPointer(rebasing: text[whole]), as: UTF8.self),
                                        speaker: signer.speaker, cue: "")
                }
                let signer = excerptSigner()
                let previousSentenceStart = sentenceStart > 0 ? ((tokens[..<(sentenceStart - 1)].lastIndex { $0.isSentenceEnd }).map { $0 + 1 } ?? 0) : 0
                if let signer {
                    found = signer
                    adjacent = true
                } else if let attribution = AttributionFinder.find(before: tokens[sentenceStart..<k], after: tokens[(k + 1)..<sentenceEnd],
                                                            quoteEndsSentence: shape.endsSentence, quoteAsks: shape.asks,
                                                            quoteEndsWithComma: shape.endsWithComma) {
                    var attribution = attribution
                    if let subject = AttributionFinder.mainSubject(tokens[sentenceStart..<k], ofPronounAt: attribution.mention) {
                        attribution.mention = subject   // "Rubio attacked Trump, whom he called a “con artist”"
                    }
                    found = resolved(attribution, tokens)
                    adjacent = attribution.adjacent
                    sameSentenceCue = !attribution.cue.isEmpty && attribution.cue != ":"
                } else if span.continued, let previous = previousContinues {
                    found = previous                    // a quote running on from the paragraph before
                } else if sentenceStart == k || Self.opensWithAnAdverb(tokens[sentenceStart..<k]), shape.isSentence || shape.endsSentence,
                          let previous = lastInParagraph {
                    found = previous                    // “Q1,” she said. “Q2.” / “Q1,” she said. “Donald Trump.”
                    adjacent = true
                } else if let participle = Self.participleOpening(tokens[sentenceStart..<k]),
                          let previous = lastInParagraph ?? (sentenceStart > 0
                              ? AttributionFinder.fromPreviousSentence(tokens[previousSentenceStart..<sentenceStart]).map { resolved($0, tokens) }
                              : nil) {
                    found = previous.with(cue: participle) // "Maher stated that ... Adding, “Q”"
                } else if k == 0, shape.isSentence, let previous = lastAttributed, previous.paragraph == paragraph - 1 {
                    found = previous.found              // a new paragraph that opens with the same speaker's words
                } else if sentenceStart == k, k > 0, shape.isSentence,
                          let attribution = AttributionFinder.fromPreviousSentence(tokens[previousSentenceStart..<sentenceStart]) {
                    found = resolved(attribution, tokens) // "Smith said so. “Q.”" / "Cruz called them on it: “Q”"
                } else if k == 0, shape.isSentence, let lastSentence = lastSentenceOfPreviousParagraph(),
                          let attribution = AttributionFinder.fromPreviousSentence(lastSentence.tokens[lastSentence.range]) {
                    found = resolved(attribution, lastSentence.tokens) // a paragraph that ends "... observed:"
                }
                // A quote that is its whole paragraph, signed in the next: "- Sanders."
                if found == nil, k == 0, shape.isSentence, tokens.dropFirst().allSatisfy({ $0.kind == .punctuation }),
                   paragraphIndex + 1 < allParagraphs.count, allParagraphs[paragraphIndex + 1].count < 160 {
                    let next = ClauseTokenizer.tokens(text, allParagraphs[paragraphIndex + 1], quotes: [])
                    if let signature = AttributionFinder.signature(next[...]) {
                        found = resolved(signature, next)
                        adjacent = true
                    }
                }
                if found == nil, tokens[k].endsSentence, shape.isSentence,
                   let attribution = AttributionFinder.saidSentence(tokens[(k + 1)...]) {
                    found = resolved(attribution, tokens) // "“Q.” Trump said."
                    adjacent = true
                }
                // No cue, but the sentence's subject is a source: what PolNeAR's annotators, and
                // readers, take for its words ("Bush ... described it as a “work in progress”",
                // "The Constitution mandates tenure for judges who serve in “good behavior”").
                if found == nil, !shape.isTitle, let subject = AttributionFinder.sentenceSubject(tokens[sentenceStart..<k]),
                   names.isSource(tokens[subject]) {
                    found = resolved(Attribution(mention: subject, cue: "", adjacent: false), tokens)
                }
                // A name or title is someone's words only right beside a cue, or after one in
                // its sentence ("Cruz objected to the term “Palestine”"), but not after a
                // preposition, a possessive, "told" or a word for a work: "said on “Meet the
                // Press”", "told ABC's “Good Morning America”", "her memoir, “Tough Choices”".
                // After a possessive it is a show's or a book's name even beside a cue: "with
                // NBC’s “Meet the Press,” Sanders said".
                let namesAWork = shape.isTitle && Self.namesAWork(before: tokens[..<k], after: tokens[(k + 1)...])
                let owned = shape.isTitle && Self.followsAPossessive(tokens[..<k])
                if let signer {
                    attribute(&quote, to: signer, sentence: shape.isSentence)
                    // The quotes before it with nothing but spaces and marks between are the
                    // same excerpt ("“Q1 … ¶ “Q2” Name, Outlet"). A signature ends the
                    // excerpt: the next paragraph's quote is not its writer's words going on.
                    var excerptStart = span.start
                    for index in (firstQuote..<quotes.count).reversed() {
                        guard Self.onlyPunctuation(text, from: quotes[index].end, to: excerptStart) else { break }
                        attribute(&quotes[index], to: signer, sentence: quotes[index].text.withUTF8 { QuoteShape($0).isSentence })
                        excerptStart = quotes[index].start
                    }
                } else if let found, !owned, !(shape.isTitle && !adjacent && !shape.isSentence && (!sameSentenceCue || namesAWork)) {
                    attribute(&quote, to: found, sentence: shape.isSentence)
                    lastInParagraph = found
                    // A document is remembered, not its issuer: "it added" goes back to it.
                    let remembered = found.document ?? found.speaker
                    if remembered.utf8.contains(0x20) || SpeakerNames.isCapitalized(remembered) { names.remember(remembered, at: span.start) }
                } else if shape.isSentence && shape.words >= 6 {
                    quote.kind = .direct                // somebody said it; who, the text does not say
                }
                previousContinues = span.continues ? found : nil
                quotes.append(quote)
            }
            lastAttributed = lastInParagraph.map { (paragraph, $0) }
        }
        setScalarOffsets(&quotes, from: firstQuote, text)
    }

    /// Gives `quote` the speaker found for it, and so its kind.
    @inline(__always)
    static func attribute(_ quote: inout Quote, to found: FoundSpeaker, sentence: Bool) {
        quote.kind = sentence ? .direct : .partial
        quote.mention = found.text
        quote.mentionStart = found.mention.lowerBound
        quote.mentionEnd = found.mention.upperBound
        quote.speaker = found.speaker
        quote.cue = found.cue.isEmpty ? nil : found.cue
    }

    /// Between two quotes, no more than spaces, paragraph breaks and a few marks ("…", "[...]"):
    /// no letter or digit, in a few bytes.
    static func onlyPunctuation(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        start <= end && end - start <= 12 && !text[start..<end].contains { $0 < 0x80 && QuoteMarks.isLetterOrDigit($0) }
    }

    /// The words around a name or title in quote marks make it the name of a show, a book
    /// or a thing rather than words said: before it a preposition, a possessive, "told", or
    /// a word for a work ("told CBS’ “Face the Nation”", "said on “Meet the Press”", "her
    /// memoir, “Tough Choices”", "of the self-proclaimed “Republic of ...”"); or an article
    /// before it and a noun after it ("The “Harry Potter” author").
    static func namesAWork(before: ArraySlice<ClauseToken>, after: ArraySlice<ClauseToken>) -> Bool {
        guard var last = before.indices.last else { return false }
        if before[last].is(0x2C), last > before.startIndex { last -= 1 }
        if followsAPossessive(before) { return true }
        let word = before[last]
        if word.isLower(oneOf: prepositionsBeforeAWork)
            || word.isLower(oneOf: ["told", "tell", "tells", "show", "book", "memoir", "film", "movie", "program", "programme",
                                    "podcast", "episode", "documentary", "series", "song", "album", "ad", "column", "essay", "novel",
                                    "play", "broadcast", "newsletter", "blog"]) {
            return true
        }
        if word.isLower(oneOf: ["the", "a", "an"]), let next = after.first, next.kind == .word, !next.isCapitalized,
           !next.isLower(oneOf: ["for", "to", "of", "in", "on", "at", "with", "that", "which", "and", "or", "but", "from", "by", "as",
                                 "is", "was", "are", "were", "has", "had", "will", "would"]) {
            return true
        }
        // A preposition, an article and a few lower-case words.
        var i = last
        while i > before.startIndex, last - i < 4, before[i].kind == .word, !before[i].isCapitalized,
              !before[i].classes.contains(.article), !before[i].classes.contains(.cue) { i -= 1 }
        return i > before.startIndex && i < last && before[i].isLower(oneOf: ["the", "a", "an"])
            && before[i - 1].isLower(oneOf: prepositionsBeforeAWork)
    }

    /// The words before a quote end with a possessive, perhaps with a comma after it: "CNN's “New Day”",
    /// "Fox News' “Hannity”" (the apostrophe may stand alone).
    static func followsAPossessive(_ before: ArraySlice<ClauseToken>) -> Bool {
        guard var last = before.indices.last else { return false }
        if before[last].is(0x2C), last > before.startIndex { last -= 1 }
        if before[last].isText("'") || before[last].isText("’"), last > before.startIndex, before[last - 1].hasLowercaseSuffix("s") {
            return true
        }
        return before[last].isPossessive
    }

    /// Prepositions that put a name in marks in the writer's sentence as a thing, not words.
    private static let prepositionsBeforeAWork: [StaticString] = ["on", "in", "during", "at", "to", "with", "of"]

    /// "Instead, “Q”", "But “Q”": a sentence that opens with a word or two before its quote.
    static func opensWithAnAdverb(_ clause: ArraySlice<ClauseToken>) -> Bool {
        guard let first = clause.first, first.kind == .word, clause.count <= 2 else { return false }
        return first.isLower(oneOf: ["instead", "but", "and", "still", "then", "yet", "so", "again", "later", "also"])
            && (clause.count == 1 || clause.last!.is(0x2C))
    }

    /// A sentence that opens with a participle of saying and goes straight to the quote
    /// ("Adding, “Q”"): the participle, whose subject is the last sentence's speaker.
    static func participleOpening(_ clause: ArraySlice<ClauseToken>) -> String? {
        guard let first = clause.first, first.kind == .word, first.hasLowercaseSuffix("ing"), first.classes.contains(.cue),
              clause.count == 1 || (clause.count == 2 && (clause.last!.is(0x2C) || clause.last!.is(0x3A))) else { return nil }
        return first.lower
    }

    /// The tokens of a paragraph's last sentence, with the paragraph's tokens.
    static func lastSentence(_ tokens: [ClauseToken]) -> (tokens: [ClauseToken], range: Range<Int>)? {
        let lastStart = ((tokens.dropLast().lastIndex { $0.isSentenceEnd }).map { $0 + 1 }) ?? 0
        return tokens.isEmpty ? nil : (tokens, lastStart..<tokens.count)
    }

    /// Unicode scalar offsets for every byte offset the quotes hold. The quotes are in text
    /// order, so one count runs forward through the text, from quote to quote; a speaker's
    /// mention, before or after its quote, is counted from that quote's end.
    static func setScalarOffsets(_ quotes: inout [Quote], from first: Int, _ text: UnsafeBufferPointer<UInt8>) {
        var anchor = 0, anchorScalars = 0
        func scalarOffset(_ byteOffset: Int, movingOn: Bool) -> Int {
            let offset = min(max(byteOffset, 0), text.count)
            guard offset >= anchor else { return anchorScalars - ByteScan.scalarCount(text, offset..<anchor) }
            let scalars = anchorScalars + ByteScan.scalarCount(text, anchor..<offset)
            if movingOn { (anchor, anchorScalars) = (offset, scalars) }
            return scalars
        }
        // Quotes that go on in one speaker's words share the mention, often paragraphs back:
        // it is counted once.
        var lastMention: (bytes: Range<Int>, scalars: Range<Int>)?
        for index in first..<quotes.count {
            quotes[index].scalarStart = scalarOffset(quotes[index].start, movingOn: true)
            quotes[index].scalarEnd = scalarOffset(quotes[index].end, movingOn: true)
            if let s = quotes[index].mentionStart, let e = quotes[index].mentionEnd {
                let scalars: Range<Int>
                if let last = lastMention, last.bytes == s..<e {
                    scalars = last.scalars
                } else {
                    scalars = scalarOffset(s, movingOn: false)..<scalarOffset(e, movingOn: false)
                    lastMention = (s..<e, scalars)
                }
                quotes[index].mentionScalarStart = scalars.lowerBound
                quotes[index].mentionScalarEnd = scalars.upperBound
            }
        }
    }
}

/// What a quote's own text looks like: a sentence, a fragment, or a name or title. Read
/// from its UTF-8 bytes: asking Characters for their properties is slow over a big archive.
struct QuoteShape {
    /// The words, counted up to `enoughWords`: what the rules ask of longer quotes does not
    /// depend on their length, so the rest of a long quote is not read word by word.
    let words: Int
    static let enoughWords = 8
    let isSentence: Bool
    let isTitle: Bool
    /// It ends with its own full stop, question or exclamation mark.
    let endsSentence: Bool
    /// It ends with a question or exclamation mark: "“Why?” she asked."
    let asks: Bool
    /// It ends with a comma, as words do before the verb that tags them: "“Q,” she said."
    let endsWithComma: Bool

    /// The short words a title leaves in lower case: articles, conjunctions, prepositions.
    static let titleMinorWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "for", "by", "as", "vs", "per", "via",
        "up", "off", "out",
    ]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var words = 0, significant = 0, capitalizedSignificant = 0
        // A lower-case word a title would capitalize: "This is all me." is a sentence.
        var sentenceWord = false
        var i = 0
        var firstLetter: UInt8?
        while i < bytes.count, words < Self.enoughWords {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 { i += 1 }
            guard i < bytes.count else { break }
            let start = i
            while i < bytes.count, bytes[i] != 0x20 && bytes[i] != 0x0A && bytes[i] != 0x09 { i += 1 }
            words += 1
            // The word's first letter or digit, past any opening punctuation.
            var j = start
            while j < i, !QuoteMarks.isLetterOrDigit(bytes[j]) { j += 1 }
            guard j < i else { continue }
            if firstLetter == nil { firstLetter = bytes[j] }
            // Only short words need the list: a lower-case word of four letters or more makes
            // the quote no title anyway, and once it is none, nothing more is asked.
            if !sentenceWord, capitalizedSignificant == significant, i - j <= 3, bytes[j] >= 0x61 && bytes[j] <= 0x7A {
                var end = j
                while end < i, QuoteMarks.isLetterOrDigit(bytes[end]) { end += 1 }
                sentenceWord = !WordClassTable.classes(of: bytes, j..<end).contains(.titleMinor)
            }
            if i - j >= 4 {
                significant += 1
                if Self.isUppercase(bytes, j) { capitalizedSignificant += 1 }
            }
        }
        self.words = words
        var last = bytes.count - 1
        while last >= 0, bytes[last] == 0x20 { last -= 1 }
        let lastByte: UInt8 = last >= 0 ? bytes[last] : 0
        let endsWithEllipsis = last >= 2 && bytes[last - 2] == 0xE2 && bytes[last - 1] == 0x80 && bytes[last] == 0xA6
        let endsWithDash = last >= 2 && bytes[last - 2] == 0xE2 && bytes[last - 1] == 0x80 && bytes[last] == 0x94
        endsSentence = lastByte == 0x2E || lastByte == 0x3F || lastByte == 0x21 || endsWithEllipsis
        asks = lastByte == 0x3F || lastByte == 0x21
        endsWithComma = lastByte == 0x2C
        let endsClause = endsSentence || lastByte == 0x2C || lastByte == 0x2D || endsWithDash
        let startsUpper = firstLetter.map { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0xC0 } ?? false
        // A name or title, even with the comma or full stop American style puts inside the marks.
        isTitle = words <= 7 && significant > 0 && capitalizedSignificant == significant && !sentenceWord
            && lastByte != 0x3F && lastByte != 0x21 && !endsWithDash
        // A fragment that starts in lower case sits inside the writer's sentence.
        isSentence = !isTitle && startsUpper && (words >= 4 || endsSentence || (endsClause && words >= 3))
    }

    private static func isUppercase(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let byte = bytes[i]
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return Tokenizer.decodeScalar(bytes, at: i).0.properties.isUppercase
    }
}

/// A speaker found for a quote, passed on to the quotes after it in the same speaker's
/// words: a class, so each handing on copies one reference rather than three strings.
final class FoundSpeaker {
    /// The mention's byte range and its text as written.
    let mention: Range<Int>
    let text: String
    /// The canonical name.
    let speaker: String
    /// The cue, or "" when none.
    let cue: String
    /// The document the words were read from ("the statement") when the speaker is its
    /// issuer: what a later "it" stands for.
    let document: String?

    init(mention: Range<Int>, text: String, speaker: String, cue: String, document: String? = nil) {
        self.mention = mention
        self.text = text
        self.speaker = speaker
        self.cue = cue
        self.document = document
    }

    /// The same speaker with another cue: "Adding, “Q”".
    func with(cue: String) -> FoundSpeaker {
        FoundSpeaker(mention: mention, text: text, speaker: speaker, cue: cue, document: document)
    }
}
