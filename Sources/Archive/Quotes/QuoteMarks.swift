/// Finds the quoted spans of a text: “ ” „ “ « » ‹ › and straight " paired in order, ‘ ’
/// where they are quote marks and not apostrophes, quotes inside quotes, and the news
/// convention of a quote running over paragraphs (each new paragraph opens with a mark,
/// only the last one closes). Unbalanced marks never stop it: an unclosed quote ends with
/// its paragraph.
enum QuoteMarks {
    /// One quoted span: byte offsets of its opening mark and just past its closing mark.
    struct Span: Equatable {
        var start: Int
        var end: Int
        /// Byte offsets of the quoted text, without the marks.
        var contentStart: Int
        var contentEnd: Int
        /// The paragraph it sits in (from 0).
        var paragraph: Int
        /// It goes on in the next paragraph (no closing mark here, the next one opens).
        var continues = false
        /// It goes on from the previous paragraph.
        var continued = false
        /// Inside another quote.
        var nested = false
    }

    enum Mark: Equatable {
        case open(family: Int, width: Int)     // family: 0 double curly/low, 1 guillemets, 2 single curly/angle
        case close(family: Int, width: Int)
        case straight(width: Int)               // " : direction from context
        case paragraphBreak
    }

    /// Every mark of the text, with its byte offset.
    static func marks(in text: UnsafeBufferPointer<UInt8>) -> [(offset: Int, mark: Mark)] {
        var found: [(offset: Int, mark: Mark)] = []
        var i = 0
        let n = text.count
        while i < n {
            i = ByteScan.nextMarkCandidate(text, from: i)
            guard i < n else { break }
            let byte = text[i]
            if byte == 0x3C, let close = tagEnd(text, from: i) {
                i = close + 1   // <tweet author="@x">: the marks of markup left in the text are not quotes
                continue
            }
            if byte == 0x22 {
                found.append((i, .straight(width: 1)))
            } else if byte == 0x0A, i + 1 < n, text[i + 1] == 0x0A {
                found.append((i, .paragraphBreak))
                i += 2
                continue
            } else if byte == 0xE2, i + 2 < n, text[i + 1] == 0x80 {
                switch text[i + 2] {
                case 0x9C: // “ opens, except where it ends words ("unusual,“ said": a slip, or German „Q“)
                    let closes = isQuoteClosing(text, at: i, width: 3) && !isQuoteOpening(text, at: i, width: 3)
                    found.append((i, closes ? .close(family: 0, width: 3) : .open(family: 0, width: 3)))
                case 0x9D: found.append((i, .close(family: 0, width: 3)))      // ”
                case 0x9E: found.append((i, .open(family: 0, width: 3)))       // „
                case 0x98: // ‘ opens when it starts a word
                    if isQuoteOpening(text, at: i, width: 3) { found.append((i, .open(family: 2, width: 3))) }
                case 0x99: // ’ closes when it does not sit between letters (an apostrophe)
                    if isQuoteClosing(text, at: i, width: 3) { found.append((i, .close(family: 2, width: 3))) }
                case 0xB9: found.append((i, .open(family: 2, width: 3)))       // ‹
                case 0xBA: found.append((i, .close(family: 2, width: 3)))      // ›
                default: break
                }
                i += 3
                continue
            } else if byte == 0xC2, i + 1 < n {
                if text[i + 1] == 0xAB { found.append((i, .open(family: 1, width: 2))) }       // «
                else if text[i + 1] == 0xBB { found.append((i, .close(family: 1, width: 2))) } // »
                i += 2
                continue
            }
            i += 1
        }
        return found
    }

    /// The `>` that ends a markup tag opening at `start` (`<` then a letter or `/`, on one
    /// line, within 400 bytes), or nil.
    private static func tagEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start + 1 < text.count else { return nil }
        let first = text[start + 1]
        guard first == 0x2F || (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) else { return nil }
        var j = start + 1
        while j < text.count, j - start < 400 {
            switch text[j] {
            case 0x3E: return j
            case 0x0A, 0x3C: return nil
            default: j += 1
            }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    private static func isQuoteOpening(_ text: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> Bool {
        let before = i > 0 ? text[i - 1] : 0x20
        let after = i + width < text.count ? text[i + width] : 0x20
        // "in ‘08", "the ‘90s": a year cut short, not a quote.
        if i + width + 1 < text.count, isDigit(after), isDigit(text[i + width + 1]),
           i + width + 2 == text.count || !isDigit(text[i + width + 2]) {
            return false
        }
        return !isLetterOrDigit(before) && (isLetterOrDigit(after) || after == 0x24)
    }

    private static func isQuoteClosing(_ text: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> Bool {
        let before = i > 0 ? text[i - 1] : 0x20
        let after = i + width < text.count ? text[i + width] : 0x20
        // "Obama’s" and "’90s" are apostrophes; "time’." and "done’ she" close a quote.
        if isLetterOrDigit(after) { return false }
        return isLetterOrDigit(before) || before == 0x2E || before == 0x2C || before == 0x3F || before == 0x21
    }

    /// The quoted spans, outermost and nested, in order of their opening marks, and the byte
    /// ranges of the paragraphs (separated by a blank line): the scan for marks finds the
    /// paragraph breaks too, so the text is read once for both.
    /// No paragraphs when there are no spans.
    static func spansAndParagraphs(in text: UnsafeBufferPointer<UInt8>) -> (spans: [Span], paragraphs: [Range<Int>]) {
        let found = marks(in: text)
        guard found.contains(where: { if case .paragraphBreak = $0.mark { return false }; return true }) else { return ([], []) }
        var pairing = Pairing(text: text)
        var paragraphs: [Range<Int>] = []
        var paragraphStart = 0
        for (index, (offset, mark)) in found.enumerated() {
            if case .paragraphBreak = mark {
                // Politico's "Story Continued Below" is no paragraph: the quotes on either side
                // of it are a paragraph and the next, as the reader reads them.
                if isContinuedBelow(text, paragraphStart..<offset) {
                    paragraphStart = offset + 2
                    continue
                }
                paragraphs.append(paragraphStart..<offset)
                paragraphStart = offset + 2
            }
            let next = index + 1 < found.count ? found[index + 1] : nil
            pairing.take(mark, at: offset, next: next)
        }
        paragraphs.append(paragraphStart..<text.count)
        pairing.finish()
        return (pairing.spans.sorted { $0.start < $1.start }, paragraphs)
    }

    /// The paragraph at `range` is "Story Continued Below" or "Story continues below".
    private static func isContinuedBelow(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count == 21 || range.count == 22 else { return false }
        let lowered = text[range].lazy.map(ByteScan.lowercased)
        return lowered.elementsEqual("story continued below".utf8) || lowered.elementsEqual("story continues below".utf8)
    }

    /// The open quotes so far, and the spans closed.
    private struct Pairing {
        struct Open {
            var offset: Int
            var width: Int
            var family: Int
            var straight: Bool
            var continued: Bool
            /// How many spans were closed before it opened: the ones after are inside it.
            var spansBefore: Int
        }

        let text: UnsafeBufferPointer<UInt8>
        var spans: [Span] = []
        var stack: [Open] = []
        var paragraph = 0
        var paragraphStart = 0
        /// The previous paragraph ended inside a quote that goes on in this one.
        var continuation = false

        init(text: UnsafeBufferPointer<UInt8>) {
            self.text = text
        }

        mutating func close(at end: Int, width: Int, continues: Bool = false) {
            let open = stack.removeLast()
            spans.append(Span(start: open.offset, end: end + width, contentStart: open.offset + open.width,
                              contentEnd: end, paragraph: paragraph, continues: continues,
                              continued: open.continued, nested: !stack.isEmpty))
        }

        mutating func open(_ offset: Int, width: Int, family: Int, straight: Bool) {
            let continued = continuation && offset == paragraphStart
            continuation = false
            stack.append(Open(offset: offset, width: width, family: family, straight: straight, continued: continued,
                              spansBefore: spans.count))
        }

        mutating func take(_ mark: Mark, at offset: Int, next: (offset: Int, mark: Mark)?) {
            switch mark {
            case .paragraphBreak:
                // An open double quote whose next paragraph opens with a mark goes on there.
                let nextOpens = next.map { QuoteMarks.startsParagraph($0, after: offset, in: text) } ?? false
                var goesOn = false
                while let top = stack.last {
                    let continues = nextOpens && stack.count == 1 && top.family != 2
                    if !continues, dropStray(top) { continue }
                    goesOn = goesOn || continues
                    close(at: QuoteMarks.trimmedEnd(text, offset, from: top.offset), width: 0, continues: continues)
                }
                paragraph += 1
                paragraphStart = offset + 2
                continuation = goesOn
            case .open(let family, let width):
                open(offset, width: width, family: family, straight: false)
            case .close(let family, let width):
                if let position = stack.lastIndex(where: { $0.family == family && !$0.straight }) {
                    while stack.count > position + 1 { close(at: offset, width: 0) } // inner quotes left open end here
                    close(at: offset, width: width)
                } else if family == 0, let straight = stack.lastIndex(where: { $0.straight }) {
                    while stack.count > straight + 1 { close(at: offset, width: 0) }
                    close(at: offset, width: width)                                  // "text” : mixed marks
                }
            case .straight(let width):
                let opens = QuoteMarks.opensHere(text, offset), closes = QuoteMarks.closesHere(text, offset)
                if let position = stack.lastIndex(where: { $0.straight }), !opens || (position == stack.count - 1 && closes) {
                    while stack.count > position + 1 { close(at: offset, width: 0) }
                    close(at: offset, width: width)
                } else if let curly = stack.lastIndex(where: { $0.family == 0 && !$0.straight }), closes, !opens {
                    while stack.count > curly + 1 { close(at: offset, width: 0) }
                    close(at: offset, width: width)                                  // “text" : mixed marks
                } else {
                    open(offset, width: width, family: 0, straight: true)
                }
            }
        }

        mutating func finish() {
            while let top = stack.last {
                if dropStray(top) { continue }
                close(at: QuoteMarks.trimmedEnd(text, text.count, from: top.offset), width: 0)
            }
        }

        /// `"Sen. Sanders took the stage ... “Q,” Sanders said.`: a straight mark that never
        /// closes, around curly quotes that do, is a stray. It is dropped, and the quotes
        /// inside it stand on their own.
        mutating func dropStray(_ open: Open) -> Bool {
            guard open.straight, stack.count == 1,
                  spans[open.spansBefore...].contains(where: { text[$0.start] == 0xE2 && $0.end > $0.contentEnd }) else { return false }
            stack.removeLast()
            // By start, a span is nested when one that starts earlier reaches as far (a sweep,
            // so a paragraph of thousands of quotes stays cheap).
            var furthestEnd = -1
            for k in (open.spansBefore..<spans.count).sorted(by: { spans[$0].start < spans[$1].start }) {
                spans[k].nested = furthestEnd >= spans[k].end
                furthestEnd = max(furthestEnd, spans[k].end)
            }
            return true
        }
    }

    static func startsParagraph(_ next: (offset: Int, mark: Mark), after breakOffset: Int,
                                        in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard next.offset == breakOffset + 2 else { return false }
        switch next.mark {
        case .open(let family, _): return family != 2
        case .straight: return true
        default: return false
        }
    }

    /// A straight quote opens where it starts a word: after a space, a bracket or the start.
    static func opensHere(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        let before = offset > 0 ? text[offset - 1] : 0x20
        let after = offset + 1 < text.count ? text[offset + 1] : 0x20
        let afterNoBreakSpace = offset > 1 && text[offset - 2] == 0xC2 && before == 0xA0
        let beforeIsSpace = before == 0x20 || before == 0x0A || before == 0x28 || before == 0x5B || before == 0x2D || before == 0x2F
            || afterNoBreakSpace
        return beforeIsSpace && after != 0x20 && after != 0x0A
    }

    /// A straight quote closes where it ends a word: before a space or punctuation.
    static func closesHere(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        let before = offset > 0 ? text[offset - 1] : 0x20
        let after = offset + 1 < text.count ? text[offset + 1] : 0x20
        return before != 0x20 && before != 0x0A && !isLetterOrDigit(after)
    }

    /// The end of a paragraph's text, without trailing spaces.
    static func trimmedEnd(_ text: UnsafeBufferPointer<UInt8>, _ end: Int, from start: Int) -> Int {
        var e = end
        while e > start + 1, text[e - 1] == 0x20 || text[e - 1] == 0x0A { e -= 1 }
        return e
    }
}
