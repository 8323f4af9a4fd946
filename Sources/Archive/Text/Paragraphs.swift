/// Paragraphs as morgue keeps them: one paragraph per block of lines, the lines of a block
/// joined by a space and trimmed, blocks joined by a blank line ("\n\n").
///
/// Blocks end at blank lines. A text with no blank line whose lines start paragraphs with
/// an indent (Reuters' newswire) is split at the indents instead. A block with a line longer
/// than any hard-wrapped line is not wrapped text: each of its lines is a paragraph (HuffPost
/// ends some paragraphs with one line break). Works on UTF-8 bytes.
public enum Paragraphs {
    public static let separator = "\n\n"
    /// Bytes in the longest line of hard-wrapped text: 72 to 80 characters are the custom,
    /// and some room is left for letters of two or three bytes.
    static let longestWrappedLine = 120

    public static func normalized(_ text: some StringProtocol) -> String {
        var copy = String(text)
        // Most texts already are (nine in ten of AllSides'): kept as they are, not rebuilt.
        return copy.withUTF8 { isNormalized($0) ? nil : normalized(utf8: $0) } ?? copy
    }

    /// The text is as `normalized` makes it: paragraphs of one trimmed line each, one blank
    /// line between two, nothing before the first or after the last.
    static func isNormalized(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while true {
            let end = ByteScan.nextLineEnd(text, from: start)
            guard end > start, trimmed(text, start..<end) == start..<end else { return false }
            if end == text.count { return true }
            guard text[end] == 0x0A, end + 2 < text.count, text[end + 1] == 0x0A else { return false }
            start = end + 2
        }
    }

    static func normalized(utf8 text: UnsafeBufferPointer<UInt8>) -> String {
        var output = [UInt8]()
        output.reserveCapacity(text.count)
        for (index, line) in keptLines(text).enumerated() {
            if index > 0 { output.append(contentsOf: separator(paragraphBefore: line.paragraphBefore)) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[line.range]))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// What `normalized` makes of the text, with where each of its bytes comes from: the
    /// byte offset in `text` of each byte, a separator counting as the end of the line
    /// before it, and one more entry, the end of the last line, for the ends of spans. The quote
    /// evaluation scores the text as a load keeps it, at the gold file's offsets.
    public static func normalizedWithOrigins(_ text: String) -> (text: String, origins: [Int]) {
        var copy = text
        return copy.withUTF8 { bytes in
            var output: [UInt8] = [], origins: [Int] = []
            output.reserveCapacity(bytes.count)
            origins.reserveCapacity(bytes.count + 1)
            var previousEnd = 0
            for (index, line) in keptLines(bytes).enumerated() {
                if index > 0 {
                    let joint = separator(paragraphBefore: line.paragraphBefore)
                    output.append(contentsOf: joint)
                    origins.append(contentsOf: repeatElement(previousEnd, count: joint.count))
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line.range]))
                origins.append(contentsOf: line.range)
                previousEnd = line.range.upperBound
            }
            origins.append(previousEnd)
            return (String(decoding: output, as: UTF8.self), origins)
        }
    }

    /// The text normalized where it lies: its first bytes become what `normalized` makes
    /// of it; returns how many. Each line moves only towards the start, so no line is
    /// overwritten before it is moved. Nil, with nothing written, when a line would have to
    /// move the other way: a lone line feed between two unwrapped lines, which becomes a
    /// blank line, grows the text.
    static func normalize(inPlace text: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let view = UnsafeBufferPointer(text)
        if isNormalized(view) { return text.count }
        guard let base = text.baseAddress else { return 0 }
        let lines = keptLines(view)
        var end = 0
        for (index, line) in lines.enumerated() {
            if index > 0 { end += separator(paragraphBefore: line.paragraphBefore).count }
            guard end <= line.range.lowerBound else { return nil }
            end += line.range.count
        }
        var written = 0
        for (index, line) in lines.enumerated() {
            if index > 0 {
                for byte in separator(paragraphBefore: line.paragraphBefore) { base[written] = byte; written += 1 }
            }
            UnsafeMutableRawPointer(base + written).copyMemory(from: base + line.range.lowerBound, byteCount: line.range.count)
            written += line.range.count
        }
        return written
    }

    /// What joins a kept line to the one before: a blank line or a space.
    private static func separator(paragraphBefore: Bool) -> [UInt8] { paragraphBefore ? [0x0A, 0x0A] : [0x20] }

    /// The lines `normalized` keeps, trimmed, in order, each with whether a blank line
    /// (else a space) comes before it; the first has nothing before it.
    private static func keptLines(_ text: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, paragraphBefore: Bool)] {
        let lines = lineRanges(text)
        let trimmedLines = lines.map { trimmed(text, $0) }
        // Blank lines before the first or after the last text do not separate anything.
        let filled = trimmedLines.indices.filter { !trimmedLines[$0].isEmpty }
        let hasBlankLine = filled.count > 1 && trimmedLines[filled.first!...filled.last!].contains { $0.isEmpty }
        let splitAtIndents = !hasBlankLine && lines.dropFirst().contains { range in
            range.lowerBound < text.count && (text[range.lowerBound] == 0x20 || text[range.lowerBound] == 0x09)
        }
        let unwrapped = unwrappedBlocks(trimmedLines)
        var kept: [(range: Range<Int>, paragraphBefore: Bool)] = []
        var inParagraph = false
        for (index, (line, range)) in zip(lines, trimmedLines).enumerated() {
            if range.isEmpty {
                inParagraph = false
                continue
            }
            let indented = text[line.lowerBound] == 0x20 || text[line.lowerBound] == 0x09
            kept.append((range, !(inParagraph && !(splitAtIndents && indented) && !unwrapped[index])))
            inParagraph = true
        }
        return kept
    }

    /// For each line, whether its block (lines between blank lines) has a line longer than
    /// hard-wrapped text has, so that its lines are paragraphs and not parts of one.
    private static func unwrappedBlocks(_ trimmedLines: [Range<Int>]) -> [Bool] {
        var unwrapped = [Bool](repeating: false, count: trimmedLines.count)
        var blockStart = 0
        for index in 0...trimmedLines.count where index == trimmedLines.count || trimmedLines[index].isEmpty {
            if blockStart < index, trimmedLines[blockStart..<index].contains(where: { $0.count > longestWrappedLine }) {
                for line in blockStart..<index { unwrapped[line] = true }
            }
            blockStart = index + 1
        }
        return unwrapped
    }

    /// Each line's byte range, without its line end (LF, CRLF or a lone CR).
    private static func lineRanges(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < text.count {
            let byte = text[i]
            if byte == 0x0A || byte == 0x0D {
                ranges.append(start..<i)
                if byte == 0x0D, i + 1 < text.count, text[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        ranges.append(start..<text.count)
        return ranges
    }

    /// The range without white space at either end (ASCII, no-break and other Unicode spaces).
    private static func trimmed(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, let width = whitespaceWidth(text, at: lower) { lower += width }
        while lower < upper, let width = whitespaceWidth(text, endingAt: upper) { upper -= width }
        return lower..<upper
    }

    private static func whitespaceWidth(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let byte = text[i]
        if byte < 0x80 { return byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C ? 1 : nil }
        let (scalar, width) = Tokenizer.decodeScalar(text, at: i)
        return scalar.properties.isWhitespace || scalar == "\u{FEFF}" ? width : nil
    }

    private static func whitespaceWidth(_ text: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
        var start = end - 1
        while start > 0, text[start] & 0xC0 == 0x80, end - start < 4 { start -= 1 }
        guard let width = whitespaceWidth(text, at: start), start + width == end else { return nil }
        return width
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    static func trimmed(_ line: Substring) -> Substring {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return Substring(scalars[first...last])
    }
}
