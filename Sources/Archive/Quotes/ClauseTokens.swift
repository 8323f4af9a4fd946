/// A paragraph as words, punctuation and whole quotes, with byte offsets: the view that
/// attribution works on. Quotes are single tokens, so sentence ends inside them do not
/// end the writer's sentence.
struct ClauseToken {
    enum Kind: Equatable {
        case word
        case punctuation
        /// The outer quote with this index in the article's quote list.
        case quote(Int)
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// The article's bytes. Tokens live only while their article is being read, and most
    /// are never looked at: their text is made from these bytes on demand, not up front.
    let source: UnsafeBufferPointer<UInt8>
    /// The token ends the writer's sentence though it is no full stop: a quote whose own
    /// words end with one and that a new sentence follows, or the word that ends BBC's page
    /// chrome before a caption ("Media caption", "Image caption"; see `ClauseTokenizer`).
    var endsSentence = false
    /// The word lists this word is in.
    var classes: WordClasses = []

    init(kind: Kind, start: Int, end: Int, in source: UnsafeBufferPointer<UInt8>) {
        self.kind = kind
        self.start = start
        self.end = end
        self.source = source
    }

    /// The token as written ("" for a quote).
    var text: String {
        if case .quote = kind { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: source[start..<end]), as: UTF8.self)
    }

    /// The text in lower case; ASCII is folded here, without asking Unicode.
    var lower: String {
        if case .quote = kind { return "" }
        return ByteScan.lowercasedString(UnsafeBufferPointer(rebasing: source[start..<end]))
    }

    /// The first letter is upper case.
    var isCapitalized: Bool {
        guard start < end, kind != .punctuation else { return false }
        if case .quote = kind { return false }
        let first = source[start]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return Tokenizer.decodeScalar(source, at: start).0.properties.isUppercase
    }

    /// The word ends with `suffix` (lower-case ASCII), in any case: `lower.hasSuffix`
    /// without making the string.
    func hasLowercaseSuffix(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard end - start >= count else { return false }
        let tail = end - count
        return (0..<count).allSatisfy { k in
            let byte = source[tail + k]
            return ByteScan.lowercased(byte) == suffix.utf8Start[k]
        }
    }

    /// The token ends with `suffix`, exactly: `text.hasSuffix` without making the text.
    func hasSuffix(_ suffix: StaticString) -> Bool {
        kind == .word && ByteScan.hasSuffix(source, start..<end, suffix)
    }

    /// The token is written exactly `string`: `text == string` without making the text.
    func isText(_ string: StaticString) -> Bool {
        if case .quote = kind { return string.utf8CodeUnitCount == 0 }
        let count = string.utf8CodeUnitCount
        guard end - start == count else { return false }
        return (0..<count).allSatisfy { source[start + $0] == string.utf8Start[$0] }
    }

    /// The word is `word` (lower-case ASCII) in any case: `lower == word` without making
    /// the string.
    func isLower(_ word: StaticString) -> Bool {
        if case .quote = kind { return false }
        return ByteScan.isLower(source, start..<end, word)
    }

    /// The word is one of `words` (lower-case ASCII), in any case.
    func isLower(oneOf words: [StaticString]) -> Bool {
        words.contains { isLower($0) }
    }

    /// The token is this one ASCII character: a cheap test for punctuation.
    func `is`(_ character: UInt8) -> Bool { end == start + 1 && source[start] == character }

    /// A hyphen or a dash (em, en, horizontal bar), as between a quote and its signature.
    var isDash: Bool { self.is(0x2D) || isText("—") || isText("–") || isText("―") }

    /// A possessive word: "ABC's", "Fox News’", "Reuters'".
    var isPossessive: Bool {
        kind == .word && (hasLowercaseSuffix("'s") || hasLowercaseSuffix("’s") || hasLowercaseSuffix("s'") || hasLowercaseSuffix("s’"))
    }

    /// "It’s", "Here’s", "That’s": a pronoun or adverb and "is", which no name opens.
    var isContraction: Bool {
        kind == .word && (hasLowercaseSuffix("'s") || hasLowercaseSuffix("’s"))
            && isLower(oneOf: ["it's", "it’s", "here's", "here’s", "there's", "there’s", "that's", "that’s", "what's", "what’s",
                               "who's", "who’s", "where's", "where’s", "how's", "how’s", "let's", "let’s", "he's", "he’s",
                               "she's", "she’s"])
    }

    var isSentenceEnd: Bool { endsSentence || (kind == .punctuation && (self.is(0x2E) || self.is(0x3F) || self.is(0x21))) }
}

enum ClauseTokenizer {
    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr", "prof",
        "rev", "u.s", "u.k", "u.n", "e.u", "d.c", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "aug", "sept",
        "oct", "nov", "dec", "sen", "reps", "sens", "gens", "atty", "supt", "ft", "mt", "ave", "a.m", "p.m",
        // Military ranks and an ambassador: "Rear Adm. John Kirby said", "Maj. Michael Cerretto".
        "maj", "adm", "brig", "cmdr", "cpl", "pvt", "amb",
    ]

    /// The tokens of the bytes in `range`, with the outer quotes in `quotes` (sorted, by
    /// index into the article's list) as single tokens.
    static func tokens(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                       quotes: [(index: Int, start: Int, end: Int)]) -> [ClauseToken] {
        var tokens: [ClauseToken] = []
        tokens.reserveCapacity(range.count / 4)
        var i = range.lowerBound
        var nextQuote = 0
        let wordClasses = WordClassTable.shared
        // Where the next quote opens; a word ends there.
        var nextQuoteStart = quotes.first?.start ?? Int.max
        while i < range.upperBound {
            if nextQuoteStart == i {
                let quote = quotes[nextQuote]
                var token = ClauseToken(kind: .quote(quote.index), start: quote.start, end: quote.end, in: text)
                token.endsSentence = endsSentence(text, quote.start, quote.end, range.upperBound)
                tokens.append(token)
                i = max(quote.end, i + 1)
                nextQuote += 1
                nextQuoteStart = nextQuote < quotes.count ? quotes[nextQuote].start : Int.max
                continue
            }
            let byte = text[i]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                i += 1
                continue
            }
            if byte >= 0xC2, let width = unicodeSpaceWidth(text, i, range.upperBound) {
                i += width          // "said. \u{A0}“Q”": a no-break space is a space, not punctuation
                continue
            }
            if QuoteMarks.isLetterOrDigit(byte) && !isPunctuationScalar(text, i) {
                var j = i
                let wordLimit = min(range.upperBound, nextQuoteStart)
                while j < range.upperBound {
                    // The bulk of a word, ASCII letters and digits, eight bytes at a time.
                    j = ByteScan.endOfASCIIAlphanumerics(in: text, from: j, before: wordLimit)
                    guard j < range.upperBound else { break }
                    if nextQuoteStart == j { break }
                    let b = text[j]
                    if QuoteMarks.isLetterOrDigit(b) && !isPunctuationScalar(text, j) { j += b < 0x80 ? 1 : scalarWidth(b); continue }
                    // Apostrophes and hyphens inside a word; a full stop inside (U.S), after an
                    // abbreviation, or after an initialism ("(D-N.Y.) said").
                    if (b == 0x27 || b == 0x2D) && j + 1 < range.upperBound && QuoteMarks.isLetterOrDigit(text[j + 1]) && text[j + 1] < 0x80 {
                        j += 1; continue
                    }
                    if b == 0xE2, j + 2 < range.upperBound, text[j + 1] == 0x80, text[j + 2] == 0x99,
                       j + 3 < range.upperBound, text[j + 3] < 0x80, QuoteMarks.isLetterOrDigit(text[j + 3]) {
                        j += 3; continue // ’ inside a word
                    }
                    if b == 0x2E, j + 1 < range.upperBound, text[j + 1] == 0x2C {
                        j += 1          // "R-Ky.,": a full stop before a comma ends no sentence
                        break
                    }
                    if b == 0x2E, j + 1 < range.upperBound, text[j + 1] == 0x29, j - i <= 8, text[i] >= 0x41, text[i] <= 0x5A {
                        j += 1          // "(D-Nev.) said", "(R-Calif.) said": a state's abbreviation before a bracket
                        break
                    }
                    if b == 0x2E {
                        let nextIsLetter = j + 1 < range.upperBound && text[j + 1] < 0x80 && QuoteMarks.isLetterOrDigit(text[j + 1])
                        if nextIsLetter || isAbbreviation(text, i..<j) {
                            j += 1
                            if !nextIsLetter { break }
                            continue
                        }
                    }
                    break
                }
                var token = ClauseToken(kind: .word, start: i, end: j, in: text)
                token.classes = WordClassTable.classes(of: text, i..<j, in: wordClasses)
                tokens.append(token)
                // "Media playback is unsupported on your device Media caption Jeremy Corbyn on the
                // deal: “Q”": the caption is a sentence of its own, whose subject is no "Media".
                if j - i == 7, tokens.count >= 2, tokens[tokens.count - 1].isLower("caption"),
                   tokens[tokens.count - 2].isLower("media") || tokens[tokens.count - 2].isLower("image") {
                    tokens[tokens.count - 1].endsSentence = true
                }
                i = j
                continue
            }
            let width = byte < 0x80 ? 1 : scalarWidth(byte)
            let end = min(range.upperBound, i + width)
            tokens.append(ClauseToken(kind: .punctuation, start: i, end: end, in: text))
            i = end
        }
        // "SEE ALSO: Obama struggles ...: ‘Q’": page chrome that labels a paragraph ends a
        // sentence at its colon, so the words after it have their own subject.
        if let colon = tokens.prefix(4).firstIndex(where: { $0.is(0x3A) }), isChromeLabel(tokens[...colon]) {
            tokens[colon].endsSentence = true
        }
        return tokens
    }

    /// Words of page chrome that label what follows them ("SEE ALSO:", "WATCH:", "UPDATE:",
    /// "ANALYSIS/OPINION:"): no speaker, and their colon introduces no quote of theirs.
    static let chromeLabels: [StaticString] = [
        "see", "also", "watch", "update", "updated", "related", "analysis", "opinion", "more", "read", "breaking", "exclusive",
        "video", "photos", "listen", "correction", "now", "advertisement", "claim",
    ]

    /// `sentence` is such a label and its colon, at most three words.
    static func isChromeLabel(_ sentence: ArraySlice<ClauseToken>) -> Bool {
        guard sentence.count >= 2, sentence.count <= 4, sentence.last!.is(0x3A) else { return false }
        return sentence.dropLast().allSatisfy { $0.is(0x2F) || ($0.kind == .word && $0.isLower(oneOf: chromeLabels)) }
    }

    /// "Mr.", "U.S.", "J.": a word whose full stop belongs to it.
    private static func isAbbreviation(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        let bytes = UnsafeBufferPointer(rebasing: text[word])
        if bytes.contains(0x2E) { return true }
        if bytes.count == 1 { return (bytes[0] | 0x20) >= 0x61 && (bytes[0] | 0x20) <= 0x7A }
        if bytes[0] >= 0xC0, case let (scalar, width) = Tokenizer.decodeScalar(text, at: word.lowerBound), width == bytes.count {
            return scalar.properties.isAlphabetic   // "É."
        }
        guard bytes.count <= 4 else { return false }
        return WordClassTable.classes(of: text, word).contains(.abbreviation)
    }

    /// “... it.” Then: the quoted words end with . ? or ! and a capital (or a new quote)
    /// follows, so the writer's sentence ends with the quote.
    static func endsSentence(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ limit: Int) -> Bool {
        var i = end - 1
        // Past the closing mark (” is three bytes, " one) and any spaces.
        while i > start, text[i] == 0x20 || text[i] == 0x22 || text[i] == 0x9D || text[i] == 0x80 || text[i] == 0xE2 { i -= 1 }
        guard i > start, text[i] == 0x2E || text[i] == 0x3F || text[i] == 0x21 else { return false }
        var j = end
        while j < limit {
            if text[j] == 0x20 { j += 1 } else if let width = unicodeSpaceWidth(text, j, limit) { j += width } else { break }
        }
        guard j < limit else { return true }
        let next = text[j]
        return (next >= 0x41 && next <= 0x5A) || next == 0x22 || (next == 0xE2 && j + 2 < limit && text[j + 2] == 0x9C)
    }

    /// The width of a no-break, thin or other Unicode space at `i` (U+00A0, U+2000–U+200A,
    /// U+202F, U+3000), or nil.
    static func unicodeSpaceWidth(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int) -> Int? {
        if text[i] == 0xC2, i + 1 < limit, text[i + 1] == 0xA0 { return 2 }
        guard i + 2 < limit else { return nil }
        if text[i] == 0xE2, text[i + 1] == 0x80, (0x80...0x8A).contains(text[i + 2]) || text[i + 2] == 0xAF { return 3 }
        if text[i] == 0xE3, text[i + 1] == 0x80, text[i + 2] == 0x80 { return 3 }
        return nil
    }

    private static func scalarWidth(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// Dashes, quote marks and other punctuation encoded in more than one byte.
    private static func isPunctuationScalar(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard text[i] >= 0x80 else { return false }
        // U+2000 to U+203F, spaces, dashes and quote marks, without asking Unicode.
        if text[i] == 0xE2, i + 1 < text.count, text[i + 1] == 0x80 { return true }
        let (scalar, _) = Tokenizer.decodeScalar(text, at: i)
        return !Tokenizer.isWordScalar(scalar)
    }
}
