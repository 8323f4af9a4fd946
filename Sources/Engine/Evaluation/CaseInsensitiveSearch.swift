import Archive
import Foundation

/// `contains`: the part occurs in the text, ignoring case, as Foundation's case-insensitive
/// search finds it: by full case folding ("STRASSE" is in "Straße", "fi" in "ﬁle") and by
/// whole characters ("cafe" is not in "café" written with a combining accent).
///
/// Foundation took 6.3 s to ask it of AllSides' 37,554 texts. A part in ASCII, what is nearly
/// always asked, is found on the text's bytes instead, and Foundation asked only where the
/// bytes cannot tell: a match beside a character that may join it into one, or no match in a
/// text that holds a character folding to ASCII letters.
enum CaseInsensitiveSearch {
    static func contains(_ text: String, _ part: String) -> Bool {
        if let answer = answerOnBytes(text, part) { return answer }
        return text.range(of: part, options: .caseInsensitive) != nil
    }

    /// The answer read on UTF-8 bytes, or nil when only Foundation can give it.
    private static func answerOnBytes(_ text: String, _ part: String) -> Bool? {
        var text = text, part = part
        return part.withUTF8 { pattern -> Bool? in
            guard !pattern.isEmpty, pattern.allSatisfy({ $0 < 0x80 }) else { return nil }
            return text.withUTF8 { text -> Bool? in
                var unsure = false
                var from = 0
                while let start = ByteScan.next(ignoringASCIICase: pattern, in: text, from: from) {
                    let end = start + pattern.count
                    if cannotJoinBefore(text, start, pattern) && cannotJoinAfter(text, end, pattern) { return true }
                    unsure = true
                    from = start + 1
                }
                return unsure || holdsAFoldingToASCII(text) ? nil : false
            }
        }
    }

    /// The character before `start` cannot be one with the match's first: ASCII (but a
    /// carriage return before a line feed), or a character of Latin, Greek, Cyrillic,
    /// Armenian or Hebrew (two bytes led by 0xC2 to 0xD7), or of General Punctuation to CJK
    /// (three bytes led by 0xE2: quote marks, dashes). Unicode joins a character to the one
    /// after it only as a carriage return before a line feed or as a Prepend character, and
    /// Foundation, tried, joins neither; the others are left to it all the same.
    private static func cannotJoinBefore(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start > 0 else { return true }
        let byte = text[start - 1]
        if byte < 0x80 { return !(byte == 0x0D && pattern[0] == 0x0A) }
        var lead = start - 1
        while lead > 0 && text[lead] & 0xC0 == 0x80 { lead -= 1 }
        return (0xC2...0xD7).contains(text[lead]) || text[lead] == 0xE2
    }

    /// The character at `end` cannot extend the match's last: ASCII (but a line feed after a
    /// carriage return), a character from U+0080 to U+02FF (led by 0xC2 to 0xCB; combining
    /// marks begin at U+0300), or a dash, quote mark or ellipsis from U+2010 to U+2027.
    private static func cannotJoinAfter(_ text: UnsafeBufferPointer<UInt8>, _ end: Int, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end < text.count else { return true }
        let byte = text[end]
        if byte < 0x80 { return !(byte == 0x0A && pattern[pattern.count - 1] == 0x0D) }
        if (0xC2...0xCB).contains(byte) { return true }
        return byte == 0xE2 && end + 2 < text.count && text[end + 1] == 0x80 && (0x90...0xA7).contains(text[end + 2])
    }

    /// The text holds a character whose full case folding has ASCII letters (Unicode's
    /// CaseFolding.txt): ß, İ, ŉ, ſ, ǰ, ẖ to ẚ, ẞ, the Kelvin sign, the ligatures ﬀ to ﬆ.
    static func holdsAFoldingToASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = ByteScan.nextNonASCII(text, from: 0)
        while i < text.count {
            let next = { (k: Int) -> UInt8 in i + k < text.count ? text[i + k] : 0 }
            switch (text[i], next(1)) {
            case (0xC3, 0x9F), (0xC4, 0xB0), (0xC5, 0x89), (0xC5, 0xBF), (0xC7, 0xB0): return true
            case (0xE1, 0xBA) where (0x96...0x9A).contains(next(2)) || next(2) == 0x9E: return true
            case (0xE2, 0x84) where next(2) == 0xAA: return true
            case (0xEF, 0xAC) where (0x80...0x86).contains(next(2)): return true
            default: i = ByteScan.nextNonASCII(text, from: i + 1)
            }
        }
        return false
    }
}
