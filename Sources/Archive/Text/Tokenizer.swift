/// Splits text into words by one rule, the one the benchmark answers use:
/// a word is a maximal run of Unicode letters and digits, with an apostrophe (' or ’) or a
/// hyphen allowed between two such runs, lower-cased first. As a Python regex:
/// `[^\W_]+(?:['’\-][^\W_]+)*` over `text.lower()`.
///
/// It works on UTF-8 bytes: ASCII through a table, other scalars decoded one at a time.
/// Each word reports the byte offsets, in the original text, where it starts and ends.
public enum Tokenizer {
    /// Calls `body(start, end, word)` for every word of `text`: its byte range in the text,
    /// and `word`, the lower-cased UTF-8 of the word (valid only during the call).
    public static func forEachWord(in text: UnsafeBufferPointer<UInt8>,
                                   _ body: (Int, Int, UnsafeBufferPointer<UInt8>) -> Void) {
        var state = WordState()
        defer { state.release() }
        var i = 0
        let n = text.count
        asciiKinds.withUnsafeBufferPointer { kinds in
            while i < n {
                let byte = text[i]
                if byte < 0x80 {
                    let kind = kinds[Int(byte)]
                    if kind == .wordChar, state.start < 0 {
                        // Most words are ASCII letters and digits from end to end: read in one
                        // go, and one already in lower case is passed as it lies in the text.
                        // The word goes on through the state below only when a joiner or a
                        // letter beyond ASCII ends the run.
                        let j = ByteScan.endOfASCIIAlphanumerics(in: text, from: i + 1, before: n)
                        let ends = j == n || (text[j] < 0x80 && kinds[Int(text[j])] == .other)
                        if ends && !ByteScan.hasCapital(in: text, i..<j) {
                            body(i, j, UnsafeBufferPointer(rebasing: text[i..<j]))
                        } else {
                            state.start = i
                            for k in i..<j { state.append(text[k] | (text[k] &- 65 < 26 ? 0x20 : 0)) }
                            state.end = j
                            if ends { state.finish(body) }
                        }
                        i = ends ? j + 1 : j    // the byte after a word's end is no word's
                        continue
                    }
                    let lowered = byte | (byte &- 65 < 26 ? 0x20 : 0)
                    if kind == .wordChar, state.start >= 0, !state.hasJoiner {
                        state.append(lowered) // the common case, kept short
                        state.end = i + 1
                    } else {
                        state.feed(kind, offset: i, end: i + 1, byte: lowered, body)
                    }
                    i += 1
                    continue
                }
                let (scalar, length) = decodeScalar(text, at: i)
                if scalar == "\u{3A3}", state.start >= 0, !state.hasJoiner, !letterFollows(text, at: i + length) {
                    // Python lower-cases a word-final capital sigma to final sigma.
                    finalSigma.withUnsafeBufferPointer { state.feed(.wordChar, offset: i, end: i + length, bytes: $0, body) }
                } else if scalar == "\u{2019}" {
                    state.feed(.joiner, offset: i, end: i + length, bytes: UnsafeBufferPointer(rebasing: text[i..<(i + length)]), body)
                } else if let properties = ScalarTable.properties(of: scalar), !properties.changesWhenLowercased {
                    state.feed(properties.isWord ? .wordChar : .other, offset: i, end: i + length,
                               bytes: UnsafeBufferPointer(rebasing: text[i..<(i + length)]), body)
                } else {
                    for lowered in lowercase(scalar) {
                        var utf8 = Array(String(lowered).utf8)
                        utf8.withUnsafeMutableBufferPointer {
                            state.feed(isWordScalar(lowered) ? .wordChar : .other, offset: i, end: i + length,
                                       bytes: UnsafeBufferPointer($0), body)
                        }
                    }
                }
                i += length
            }
        }
        state.finish(body)
    }

    /// The lower-cased words of a string, for tests and for terms typed by the user.
    public static func words(of text: String) -> [String] {
        var result: [String] = []
        var copy = text
        copy.withUTF8 { buffer in
            forEachWord(in: buffer) { _, _, word in result.append(String(decoding: word, as: UTF8.self)) }
        }
        return result
    }

    /// How many words `text` has, none of them made into a string.
    public static func wordCount(of text: String) -> Int {
        var count = 0
        var copy = text
        copy.withUTF8 { buffer in forEachWord(in: buffer) { _, _, _ in count += 1 } }
        return count
    }

    /// The byte offset just past the word that starts at `offset`, for reading a word back
    /// out of the text (a concordance line, a highlighted match).
    public static func wordEnd(in text: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        var i = offset
        var end = offset
        var afterJoiner = false
        while i < text.count {
            if text[i] < 0x80 {
                // ASCII through the table: asking Unicode for the properties of every
                // letter made a concordance line cost microseconds.
                switch asciiKinds[Int(text[i])] {
                case .wordChar:
                    afterJoiner = false
                    end = i + 1
                case .joiner:
                    if afterJoiner || end == offset { return end }
                    afterJoiner = true
                case .other:
                    return end
                }
                i += 1
                continue
            }
            let (scalar, length) = decodeScalar(text, at: i)
            let isWord: Bool
            var endsWord = false
            if let known = ScalarTable.properties(of: scalar), !known.changesWhenLowercased {
                isWord = known.isWord
            } else {
                // "İ" lower-cases to "i" and a combining dot, which is no word character:
                // as for the tokenizer, the word ends with it.
                let lowered = lowercase(scalar)
                isWord = lowered.first.map(isWordScalar) == true
                endsWord = lowered.dropFirst().contains { !isWordScalar($0) }
            }
            if scalar == "\u{2019}" {
                if afterJoiner || end == offset { break }
                afterJoiner = true
            } else if isWord {
                afterJoiner = false
                end = i + length
                if endsWord { break }
            } else {
                break
            }
            i += length
        }
        return end
    }

    // MARK: - Characters

    private static let finalSigma: [UInt8] = Array("\u{3C2}".utf8)

    private static func letterFollows(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i < text.count else { return false }
        let (scalar, _) = text[i] < 0x80 ? (Unicode.Scalar(text[i]), 1) : decodeScalar(text, at: i)
        return scalar.properties.isCased
    }

    enum Kind: UInt8 { case other, wordChar, joiner }

    private static let asciiKinds: [Kind] = (0..<128).map { byte in
        switch byte {
        case 48...57, 65...90, 97...122: return .wordChar
        case 39, 45: return .joiner // ' and -
        default: return .other
        }
    }

    /// Python's `[^\W_]`: letters (L*) and numbers (N*), not marks.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func lowercase(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView {
        guard scalar.properties.changesWhenLowercased else { return String.UnicodeScalarView([scalar]) }
        return scalar.properties.lowercaseMapping.unicodeScalars
    }

    /// Decodes the scalar at `i`; an invalid byte reads as U+FFFD, one byte long.
    static func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = text[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= text.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let continuation = text[i + k]
            guard continuation & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

/// The tokenizer's state between characters: the word so far and a pending joiner, in a
/// buffer of its own (an `Array` here costs a uniqueness check per byte).
private struct WordState {
    private var word: UnsafeMutablePointer<UInt8>
    private var capacity = 256
    private var length = 0
    var start = -1            // offset of the current word, or -1 between words
    var end = 0               // offset just past its last word character
    private var joiner: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    private var joinerLength = 0
    var hasJoiner: Bool { joinerLength > 0 }

    init() {
        word = .allocate(capacity: capacity)
    }

    func release() { word.deallocate() }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if length == capacity { grow() }
        word[length] = byte
        length += 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        bigger.update(from: word, count: length)
        word.deallocate()
        word = bigger
        capacity *= 2
    }

    mutating func feed(_ kind: Tokenizer.Kind, offset: Int, end characterEnd: Int, byte: UInt8,
                       _ body: (Int, Int, UnsafeBufferPointer<UInt8>) -> Void) {
        var copy = byte
        withUnsafeBytes(of: &copy) { feed(kind, offset: offset, end: characterEnd, bytes: $0.bindMemory(to: UInt8.self), body) }
    }

    mutating func feed(_ kind: Tokenizer.Kind, offset: Int, end characterEnd: Int, bytes: UnsafeBufferPointer<UInt8>,
                       _ body: (Int, Int, UnsafeBufferPointer<UInt8>) -> Void) {
        switch kind {
        case .wordChar:
            end = characterEnd
            if start < 0 {
                start = offset
            } else if hasJoiner {
                withUnsafeBytes(of: joiner) { raw in
                    for k in 0..<joinerLength { append(raw[k]) }
                }
                joinerLength = 0
            }
            for byte in bytes { append(byte) }
        case .joiner where start >= 0 && !hasJoiner:
            withUnsafeMutableBytes(of: &joiner) { raw in
                for k in 0..<min(bytes.count, 4) { raw[k] = bytes[k] }
            }
            joinerLength = min(bytes.count, 4)
        default:
            finish(body)
        }
    }

    mutating func finish(_ body: (Int, Int, UnsafeBufferPointer<UInt8>) -> Void) {
        guard start >= 0 else { return }
        body(start, end, UnsafeBufferPointer(start: word, count: length))
        start = -1
        joinerLength = 0
        length = 0
    }
}

/// Word-character and lower-casing facts for the Basic Multilingual Plane, looked up once:
/// the Unicode property calls are too slow to make for every accented letter.
private enum ScalarTable {
    struct Properties {
        var isWord: Bool
        var changesWhenLowercased: Bool
    }

    private static let table: [UInt8] = (0..<0x10000).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        return (Tokenizer.isWordScalar(scalar) ? 1 : 0) | (scalar.properties.changesWhenLowercased ? 2 : 0)
    }

    static func properties(of scalar: Unicode.Scalar) -> Properties? {
        guard scalar.value < 0x10000 else { return nil }
        let bits = table[Int(scalar.value)]
        return Properties(isWord: bits & 1 != 0, changesWhenLowercased: bits & 2 != 0)
    }
}
