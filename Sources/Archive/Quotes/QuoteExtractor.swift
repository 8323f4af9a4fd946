/// The quotes of one article: spans from the quote marks, speakers from the words around
/// them, kinds from both (docs/quotes.md).
enum QuoteExtractor {
    static func quotes(in text: UnsafeBufferPointer<UInt8>, article: Int32) -> [Quote] {
        let spans = QuoteMarks.spans(in: text).filter { !$0.nested && $0.contentEnd > $0.contentStart }
        guard !spans.isEmpty else { return [] }
        var quotes: [Quote] = []
        var names = SpeakerNames()
        var attributedIn: [Int: (mention: Range<Int>, text: String, speaker: String, cue: String)] = [:] // paragraph -> last attributed
        var previousContinues: (mention: Range<Int>, text: String, speaker: String, cue: String)?
        var spanIndex = 0
        for paragraphRange in paragraphs(text) {
            var inParagraph: [(index: Int, start: Int, end: Int)] = []
            while spanIndex < spans.count, spans[spanIndex].start < paragraphRange.upperBound {
                if spans[spanIndex].start >= paragraphRange.lowerBound {
                    inParagraph.append((spanIndex, spans[spanIndex].start, min(spans[spanIndex].end, paragraphRange.upperBound)))
                }
                spanIndex += 1
            }
            let tokens = ClauseTokenizer.tokens(text, paragraphRange, quotes: inParagraph)
            names.index(tokens)
            guard !inParagraph.isEmpty else { continue }
            let paragraph = spans[inParagraph[0].index].paragraph
            var lastInParagraph: (mention: Range<Int>, text: String, speaker: String, cue: String)?
            for k in tokens.indices {
                guard case .quote(let index) = tokens[k].kind else { continue }
                let span = spans[index]
                let sentenceStart = (tokens[..<k].lastIndex { $0.isSentenceEnd }).map { $0 + 1 } ?? 0
                let sentenceEnd = tokens[(k + 1)...].firstIndex { $0.isSentenceEnd } ?? tokens.count
                let content = String(decoding: UnsafeBufferPointer(rebasing: text[span.contentStart..<span.contentEnd]), as: UTF8.self)
                var quote = Quote(article: article, start: span.start, end: span.end, text: content, kind: .unattributed)
                let shape = QuoteShape(content)
                var found: (mention: Range<Int>, text: String, speaker: String, cue: String)?
                var adjacent = false
                if let attribution = AttributionFinder.find(before: tokens[sentenceStart..<k], after: tokens[(k + 1)..<sentenceEnd]) {
                    let words = tokens[attribution.mention].map(\.text)
                    let range = tokens[attribution.mention.lowerBound].start..<tokens[attribution.mention.upperBound - 1].end
                    let written = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
                    found = (range, written, names.speaker(for: words, at: range.lowerBound), attribution.cue)
                    adjacent = attribution.adjacent
                } else if span.continued, let previous = previousContinues {
                    found = previous                    // a quote running on from the paragraph before
                } else if sentenceStart == k, shape.isSentence, let previous = lastInParagraph {
                    found = previous                    // “Q1,” she said. “Q2.”
                } else if k == 0, shape.isSentence, let previous = attributedIn[paragraph - 1] {
                    found = previous                    // a new paragraph that opens with the same speaker's words
                }
                if let found, !(shape.isTitle && !adjacent && !shape.isSentence) {
                    quote.kind = shape.isSentence ? .direct : .partial
                    quote.mention = found.text
                    quote.mentionStart = found.mention.lowerBound
                    quote.mentionEnd = found.mention.upperBound
                    quote.speaker = found.speaker
                    quote.cue = found.cue
                    lastInParagraph = found
                    if found.speaker.contains(" ") || found.speaker.first?.isUppercase == true { names.remember(found.speaker, at: span.start) }
                } else if shape.isSentence && shape.words >= 6 {
                    quote.kind = .direct                // somebody said it; who, the text does not say
                }
                previousContinues = span.continues ? found : nil
                quotes.append(quote)
            }
            attributedIn[paragraph] = lastInParagraph
        }
        setScalarOffsets(&quotes, text)
        return quotes
    }

    /// Byte ranges of the paragraphs (separated by a blank line).
    static func paragraphs(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0, i = 0
        while i + 1 < text.count {
            if text[i] == 0x0A && text[i + 1] == 0x0A {
                ranges.append(start..<i)
                i += 2
                start = i
            } else {
                i += 1
            }
        }
        ranges.append(start..<text.count)
        return ranges
    }

    /// Unicode scalar offsets for every byte offset the quotes hold.
    static func setScalarOffsets(_ quotes: inout [Quote], _ text: UnsafeBufferPointer<UInt8>) {
        var wanted = Set<Int>()
        for q in quotes {
            wanted.insert(q.start); wanted.insert(q.end)
            if let s = q.mentionStart, let e = q.mentionEnd { wanted.insert(s); wanted.insert(e) }
        }
        var scalars: [Int: Int] = [:]
        var count = 0
        let sorted = wanted.sorted()
        var next = 0
        for i in 0...text.count {
            while next < sorted.count, sorted[next] == i { scalars[i] = count; next += 1 }
            if next == sorted.count { break }
            if i < text.count, text[i] & 0xC0 != 0x80 { count += 1 }
        }
        for index in quotes.indices {
            quotes[index].scalarStart = scalars[quotes[index].start] ?? 0
            quotes[index].scalarEnd = scalars[quotes[index].end] ?? 0
            if let s = quotes[index].mentionStart, let e = quotes[index].mentionEnd {
                quotes[index].mentionScalarStart = scalars[s]
                quotes[index].mentionScalarEnd = scalars[e]
            }
        }
    }
}

/// What a quote's own text looks like: a sentence, a fragment, or a name or title.
struct QuoteShape {
    let words: Int
    let isSentence: Bool
    let isTitle: Bool

    init(_ content: String) {
        let parts = content.split(whereSeparator: { $0.isWhitespace })
        words = parts.count
        let letters = content.drop { !$0.isLetter && !$0.isNumber }
        let startsUpper = letters.first.map { $0.isUppercase || $0.isNumber } ?? false
        let trimmed = content.trimmingCharacters(in: " ")
        let endsSentence = [".", "?", "!", "…"].contains { trimmed.hasSuffix($0) }
        let endsClause = endsSentence || trimmed.hasSuffix(",") || trimmed.hasSuffix("—") || trimmed.hasSuffix("-")
        isSentence = startsUpper && (words >= 4 || endsSentence) || (endsClause && words >= 3)
        let significant = parts.filter { $0.count >= 4 }
        isTitle = words <= 7 && !endsClause && !significant.isEmpty && significant.allSatisfy { $0.first?.isUppercase == true }
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
