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
    var text: String
    var start: Int
    var end: Int
    /// Worked out once: Unicode case properties are slow to ask for again and again.
    let lower: String
    let isCapitalized: Bool

    init(kind: Kind, text: String, start: Int, end: Int) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        let first = text.utf8.first ?? 0
        if first < 0x80 {
            isCapitalized = first >= 0x41 && first <= 0x5A
            lower = text.utf8.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 } ? text.lowercased() : text
        } else {
            isCapitalized = text.unicodeScalars.first?.properties.isUppercase ?? false
            lower = text.lowercased()
        }
    }

    /// A quote whose own words end with a full stop and that a new sentence follows.
    var quoteEndsSentence = false

    var isSentenceEnd: Bool { quoteEndsSentence || (kind == .punctuation && (text == "." || text == "?" || text == "!")) }
}

enum ClauseTokenizer {
    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr", "prof",
        "rev", "u.s", "u.k", "u.n", "e.u", "d.c", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "aug", "sept",
        "oct", "nov", "dec", "sen", "reps", "sens", "gens", "atty", "supt", "ft", "mt", "ave", "a.m", "p.m",
    ]

    /// The tokens of the bytes in `range`, with the outer quotes in `quotes` (sorted, by
    /// index into the article's list) as single tokens.
    static func tokens(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                       quotes: [(index: Int, start: Int, end: Int)]) -> [ClauseToken] {
        var tokens: [ClauseToken] = []
        var i = range.lowerBound
        var nextQuote = 0
        while i < range.upperBound {
            if nextQuote < quotes.count, quotes[nextQuote].start == i {
                let quote = quotes[nextQuote]
                var token = ClauseToken(kind: .quote(quote.index), text: "", start: quote.start, end: quote.end)
                token.quoteEndsSentence = endsSentence(text, quote.start, quote.end, range.upperBound)
                tokens.append(token)
                i = max(quote.end, i + 1)
                nextQuote += 1
                continue
            }
            let byte = text[i]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                i += 1
                continue
            }
            if let width = unicodeSpaceWidth(text, i, range.upperBound) {
                i += width          // "said. \u{A0}“Q”": a no-break space is a space, not punctuation
                continue
            }
            if QuoteMarks.isLetterOrDigit(byte) && !isPunctuationScalar(text, i) {
                var j = i
                while j < range.upperBound {
                    if nextQuote < quotes.count, quotes[nextQuote].start == j { break }
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
                    if b == 0x2E {
                        let word = String(decoding: UnsafeBufferPointer(rebasing: text[i..<j]), as: UTF8.self).lowercased()
                        let nextIsLetter = j + 1 < range.upperBound && text[j + 1] < 0x80 && QuoteMarks.isLetterOrDigit(text[j + 1])
                        if nextIsLetter || abbreviations.contains(word) || (word.count == 1 && word.first!.isLetter) || word.contains(".") {
                            j += 1
                            if !nextIsLetter { break }
                            continue
                        }
                    }
                    break
                }
                tokens.append(ClauseToken(kind: .word, text: String(decoding: UnsafeBufferPointer(rebasing: text[i..<j]), as: UTF8.self),
                                          start: i, end: j))
                i = j
                continue
            }
            let width = byte < 0x80 ? 1 : scalarWidth(byte)
            let end = min(range.upperBound, i + width)
            tokens.append(ClauseToken(kind: .punctuation, text: String(decoding: UnsafeBufferPointer(rebasing: text[i..<end]), as: UTF8.self),
                                      start: i, end: end))
            i = end
        }
        return tokens
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
        let (scalar, _) = Tokenizer.decodeScalar(text, at: i)
        return !Tokenizer.isWordScalar(scalar)
    }
}
