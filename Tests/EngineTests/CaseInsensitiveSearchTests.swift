import Foundation
import Testing
@testable import Engine

/// `contains` reads ASCII parts on bytes and must answer as Foundation's case-insensitive
/// search does, which is the reference here: full case folding, whole characters.
@Suite struct CaseInsensitiveSearchTests {
    @Test(arguments: [
        ("The Border Wall", "border wall", true), ("THE BORDER WALL", "Border Wall", true), ("border", "borders", false),
        ("Straße", "STRASSE", true), ("ﬁle", "FI", true), ("\u{212A}ing", "king", true), ("\u{17F}un", "SUN", true),
        ("cafe\u{301}", "cafe", false), ("cafe\u{301} cafe", "cafe", true), ("“fake news”", "FAKE NEWS", true),
        // Foundation keeps a combining mark or a skin tone with the letter before it, but splits
        // a carriage return from its line feed and a Prepend character from what follows.
        ("x\u{1F3FB}", "x", false), ("a\r\nb", "a\r", true), ("a\r\nb", "\nb", true), ("\u{600}abc", "abc", true),
        ("", "a", false), ("abc", "", false), ("a—b’s", "b", true),
    ])
    func answersAsFoundationDoes(text: String, part: String, expected: Bool) {
        #expect(CaseInsensitiveSearch.contains(text, part) == expected)
        #expect((text.range(of: part, options: .caseInsensitive) != nil) == expected)
    }

    /// Random texts of letters beside the characters that fold to ASCII, join a character
    /// before or after them, or are merely beyond ASCII; random ASCII parts of them or not.
    @Test func answersAsFoundationDoesOnRandomTexts() {
        let pieces = ["a", "A", "b", "B", "s", "S", "k", "i", "f", " ", "\r", "\n", "ss", "fi", "\u{301}", "ß", "\u{17F}",
                      "\u{212A}", "\u{FB01}", "“", "”", "’", "—", "é", "\u{600}", "\u{200D}", "\u{1F3FB}", "σ", "\u{130}"]
        let partPieces = ["a", "B", "s", "S", "k", "I", "f", " ", "\r", "\n", "ss", "fi"]
        var random = SplitMix64(seed: 7)
        func pick(_ from: [String]) -> String { from[Int(random.next() % UInt64(from.count))] }
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pick(pieces) }.joined()
            let part = (0..<1 + Int(random.next() % 3)).map { _ in pick(partPieces) }.joined()
            let expected = text.range(of: part, options: .caseInsensitive) != nil
            if CaseInsensitiveSearch.contains(text, part) != expected { disagreements.append("\(text.debugDescription) \(part.debugDescription)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}
