#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if arch(x86_64)
import CByteScan
#endif

/// Byte-level work on UTF-8 text: scans eight bytes at a time (SWAR: a UInt64 as eight
/// lanes), and ASCII case folding without asking Unicode. Quote extraction reads every byte
/// of the archive but acts on few of them; skipping the rest a word at a time saves most of
/// a full pass. The scans that run past words (a JSON string, the text between quote marks,
/// line ends, capitals, scalar counts) take sixteen bytes at a step on x86-64, in C with SSE2
/// (`CByteScan`): Swift's SIMD16 types were measured here and did not vectorize, slower than
/// one byte at a time.
public enum ByteScan {
    /// `byte` in lower case when it is an ASCII capital; any other byte as it is.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The bytes of `range` end with `suffix`.
    static func hasSuffix(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard range.count >= count else { return false }
        return (0..<count).allSatisfy { text[range.upperBound - count + $0] == suffix.utf8Start[$0] }
    }

    /// An ASCII letter or digit.
    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// The bytes at `range` are `word` (lower-case ASCII) in any case of ASCII; a word beyond
    /// ASCII is not. (Unicode lower-cases only the Kelvin sign to ASCII, a "k"; no word asked
    /// here has one.)
    @inline(__always)
    static func isLower(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        word.utf8CodeUnitCount == range.count
            && (0..<range.count).allSatisfy { lowercased(text[range.lowerBound + $0]) == word.utf8Start[$0] }
    }

    /// The bytes at `range` are one of `words`, as `isLower` asks.
    static func isLower(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, oneOf words: [StaticString]) -> Bool {
        words.contains { isLower(text, range, $0) }
    }

    /// The text of `bytes` in lower case: ASCII folded here, other text by Unicode.
    static func lowercasedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = lowercased(byte) }
            return bytes.count
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each lane that is zero, and possibly of lanes above the first such
    /// lane (a borrow); the lowest flagged lane is always a true zero.
    @inline(__always)
    private static func zeroLanes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }

    @inline(__always)
    private static func lanes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroLanes(word ^ (ones &* UInt64(byte)))
    }

    @inline(__always)
    private static func load(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(text.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The offset of the first byte in `start..<end` that `matches`, or `end`: eight bytes at
    /// a time through `flagged`, which sets the high bit of each lane that matches (lanes
    /// above the first match may be flagged too; the lowest flagged lane must be a match),
    /// then byte by byte for the last few. The scans below are this loop with their tests.
    @inline(__always)
    private static func first(in text: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int,
                              flagged: (UInt64) -> UInt64, matches: (UInt8) -> Bool) -> Int {
        var i = start
        while i + 8 <= end {
            let found = flagged(load(text, i))
            if found != 0 { return i + found.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end, !matches(text[i]) { i += 1 }
        return i
    }

    /// The offset of the first byte at or after `start` that may begin a quote mark, a
    /// markup tag or a paragraph break: `"`, `<`, a line feed or any non-ASCII byte;
    /// `text.count` when there is none.
    static func nextMarkCandidate(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        #if arch(x86_64)
        guard start < text.count, let base = text.baseAddress else { return start }
        return morgue_next_mark_candidate(base, start, text.count)
        #else
        first(in: text, from: start, before: text.count,
              flagged: { ($0 & highBits) | lanes($0, equalTo: 0x22) | lanes($0, equalTo: 0x3C) | lanes($0, equalTo: 0x0A) },
              matches: { $0 == 0x22 || $0 == 0x3C || $0 == 0x0A || $0 >= 0x80 })
        #endif
    }

    /// The offset of the first `byte` at or after `start` and before `end`, or `end`. One
    /// byte sought is the C library's `memchr`, which reads 32 bytes at a step where the
    /// scans here read eight.
    static func next(_ byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int {
        guard start < end, let base = text.baseAddress else { return max(start, end) }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The offset of the first occurrence of `pattern` at or after `start`, or nil: its first
    /// byte found by `next` (`memchr`), the rest compared there.
    public static func next(_ pattern: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var i = start
        while i + pattern.count <= text.count {
            i = next(first, in: text, from: i, before: text.count - pattern.count + 1)
            guard i + pattern.count <= text.count else { return nil }
            if pattern.indices.allSatisfy({ text[i + $0] == pattern[$0] }) { return i }
            i += 1
        }
        return nil
    }

    /// The offset of the first occurrence of `pattern` at or after `start`, its ASCII letters
    /// in either case (a capital in the text matches a small letter in the pattern and the
    /// other way round), or nil. Where the first byte is a letter, the next of each of its
    /// cases is found by `memchr`, and the nearer one tried.
    public static func next(ignoringASCIICase pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                            from start: Int) -> Int? {
        guard let first = pattern.first, start >= 0, pattern.count <= text.count - start else { return nil }
        let end = text.count - pattern.count + 1 // past the last place a match can start
        let small = lowercased(first)
        let capital = small &- 0x61 < 26 ? small & ~0x20 : small
        var nextSmall = next(small, in: text, from: start, before: end)
        var nextCapital = capital == small ? nextSmall : next(capital, in: text, from: start, before: end)
        while true {
            let i = min(nextSmall, nextCapital)
            guard i < end else { return nil }
            if (1..<pattern.count).allSatisfy({ lowercased(text[i + $0]) == lowercased(pattern[$0]) }) { return i }
            if i == nextSmall { nextSmall = next(small, in: text, from: i + 1, before: end) }
            if i == nextCapital { nextCapital = capital == small ? nextSmall : next(capital, in: text, from: i + 1, before: end) }
        }
    }

    /// `text` holds `words` as words of their own, not inside longer ones ("Rita Cole" is not
    /// in "Rita Coleman" or "Margarita Cole"). Beside a character beyond ASCII it counts: most
    /// are quote marks and apostrophes.
    static func containsWords(_ words: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var from = 0
        while let i = next(words, in: text, from: from) {
            let end = i + words.count
            if (i == 0 || !isASCIIAlphanumeric(text[i - 1])) && (end == text.count || !isASCIIAlphanumeric(text[end])) { return true }
            from = i + 1
        }
        return false
    }

    /// The offset of the first byte at or after `start` that ends a run of plain bytes in a
    /// JSON string: a quote mark, a backslash or a control character (below U+0020);
    /// `text.count` when there is none.
    static func nextStringSpecial(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        #if arch(x86_64)
        guard start < text.count, let base = text.baseAddress else { return start }
        return morgue_next_string_special(base, start, text.count)
        #else
        // Lanes below 0x20: a borrow out of the lane's top bit, as `zeroLanes` finds zeros.
        first(in: text, from: start, before: text.count,
              flagged: { lanes($0, equalTo: 0x22) | lanes($0, equalTo: 0x5C) | (($0 &- ones &* 0x20) & ~$0 & highBits) },
              matches: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 })
        #endif
    }

    /// The offset of the first line feed or carriage return at or after `start`, or
    /// `text.count`.
    static func nextLineEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        #if arch(x86_64)
        guard start < text.count, let base = text.baseAddress else { return start }
        return morgue_next_line_end(base, start, text.count)
        #else
        first(in: text, from: start, before: text.count,
              flagged: { lanes($0, equalTo: 0x0A) | lanes($0, equalTo: 0x0D) }, matches: { $0 == 0x0A || $0 == 0x0D })
        #endif
    }

    /// The high bit of each lane that holds an ASCII letter or digit. Per lane, on the low
    /// seven bits, so no sum carries into the next lane: a range test is "at least the
    /// first" and not "past the last"; with 0x20 set, capitals test as small letters.
    @inline(__always)
    private static func alphanumericLanes(_ word: UInt64) -> UInt64 {
        let low = word & ~highBits
        let digits = (low &+ ones &* 0x50) & ~(low &+ ones &* 0x46)               // 0x30 to 0x39
        let folded = low | ones &* 0x20
        let letters = (folded &+ ones &* 0x1F) & ~(folded &+ ones &* 0x05)        // 0x61 to 0x7A
        return (digits | letters) & ~word & highBits
    }

    /// The offset of the first byte at or after `start` and before `end` that is not an
    /// ASCII letter or digit, or `end`: the end of a plain word, without a branch a byte.
    @inline(__always)
    static func endOfASCIIAlphanumerics(in text: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int {
        first(in: text, from: start, before: end, flagged: { ~alphanumericLanes($0) & highBits },
              matches: { !isASCIIAlphanumeric($0) })
    }

    /// Whether a word, a few bytes, has an ASCII capital: eight bytes at a time, which for
    /// the tokenizer's words measured faster than the sixteen of `nextCapital`.
    @inline(__always)
    static func hasCapital(in text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        first(in: text, from: word.lowerBound, before: word.upperBound, flagged: capitalLanes,
              matches: { $0 >= 0x41 && $0 <= 0x5A }) < word.upperBound
    }

    /// The offset of the first ASCII capital letter at or after `start` and before `end`,
    /// or `end`.
    static func nextCapital(in text: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int {
        #if arch(x86_64)
        guard start < end, let base = text.baseAddress else { return start }
        return morgue_next_capital(base, start, end)
        #else
        first(in: text, from: start, before: end, flagged: capitalLanes, matches: { $0 >= 0x41 && $0 <= 0x5A })
        #endif
    }

    /// The offset of the first byte at or after `start` that is not ASCII, or `text.count`.
    public static func nextNonASCII(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        #if arch(x86_64)
        guard start < text.count, let base = text.baseAddress else { return start }
        return morgue_next_non_ascii(base, start, text.count)
        #else
        first(in: text, from: start, before: text.count, flagged: { $0 & highBits }, matches: { $0 >= 0x80 })
        #endif
    }

    /// The high bit of each lane that holds an ASCII capital. Per lane, on the low seven bits
    /// (so no sum carries into the next lane): at least "A", and not past "Z".
    @inline(__always)
    private static func capitalLanes(_ word: UInt64) -> UInt64 {
        let low = word & ~highBits
        let atLeastA = (low &+ ones &* 0x3F) & highBits
        let pastZ = (low &+ ones &* 0x25) & highBits
        return atLeastA & ~pastZ & ~word
    }

    /// Eight bytes with their ASCII capitals in lower case: a capital's lane gets 0x20, the
    /// high bit moved down two places.
    @inline(__always)
    static func lowercased(eight word: UInt64) -> UInt64 {
        word | (capitalLanes(word) >> 2)
    }

    /// Whether none of eight bytes is beyond ASCII.
    @inline(__always)
    static func isASCII(eight word: UInt64) -> Bool { word & highBits == 0 }

    /// How many Unicode scalars start in `range`: the bytes that are not continuation bytes
    /// (10xxxxxx).
    static func scalarCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        #if arch(x86_64)
        guard !range.isEmpty, let base = text.baseAddress else { return 0 }
        return morgue_scalar_count(base, range.lowerBound, range.upperBound)
        #else
        var i = range.lowerBound
        var continuation = 0
        while i + 8 <= range.upperBound {
            let word = load(text, i)
            // One bit per continuation byte (10xxxxxx), in the lane's low bit; the lanes are
            // summed by one multiplication into the top byte. (`nonzeroBitCount` is a long
            // sequence of shifts and masks on the baseline x86-64 this is built for.)
            let lanes = (word & ~(word << 1) & highBits) >> 7
            continuation += Int(truncatingIfNeeded: (lanes &* ones) >> 56)
            i += 8
        }
        while i < range.upperBound {
            if text[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return range.count - continuation
        #endif
    }
    /// The length of the Unicode white space (the White_Space property) at `i`, or 0.
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let byte = bytes[i]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        guard i + 1 < bytes.count else { return 0 }
        let second = bytes[i + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }      // U+0085, U+00A0
        guard i + 2 < bytes.count else { return 0 }
        let third = bytes[i + 2]
        switch byte {
        case 0xE1: return second == 0x9A && third == 0x80 ? 3 : 0                  // U+1680
        case 0xE2:
            if second == 0x80 { return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0 } // U+2000-200A, 2028, 2029, 202F
            return second == 0x81 && third == 0x9F ? 3 : 0                          // U+205F
        case 0xE3: return second == 0x80 && third == 0x80 ? 3 : 0                  // U+3000
        default: return 0
        }
    }

    /// `bytes` on one line: each run of white space (line breaks included) one space, none at
    /// either end. What splitting a String on `isWhitespace` gives, without reading Characters.
    public static func singleLine(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var i = 0
        var pendingSpace = false
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            var written = 0
            while i < bytes.count {
                let length = whitespaceLength(bytes, at: i)
                if length > 0 {
                    pendingSpace = written > 0
                    i += length
                    continue
                }
                if pendingSpace {
                    output[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                output[written] = bytes[i]
                written += 1
                i += 1
            }
            return written
        }
    }
}
