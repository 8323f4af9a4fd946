import Testing
@testable import Archive

/// Quote extraction never crashes, whatever the text: 60,000 texts made of quote marks,
/// names, reporting verbs, relative pronouns, punctuation and paragraph breaks in random order.
@Suite struct QuoteRandomTests {
    static let pieces = [
        "“", "”", "\"", "‘", "’", "«", "»", "„", "‹", "›", "'", " ", " ", " ", "\n", "\n\n", ",", ".", ":", "?", "!", "—", "(", ")",
        "said", "says", "told", "according to", "added", "saying", "he", "she", "they", "Smith", "Ilham Aliyev", "President",
        "Mr.", "the", "ministry", "a", "spokesman", "U.S.", "that", "it", "was", "time", "to", "say goodbye", "Q", "é", "日本",
        "D-Mass.", "’s", "WASHINGTON", "In", "officials", ",", "\u{0}", "\u{FFFD}",
        "who", "which", "and", "but", "now", "Tuesday", "in the past", "called", "beamed", "yelling", "himself", "ago",
        "R-Ky.,", "―", ";", "-", "–", "Dana Cole", "The report", ", said", ". ,", "so-called", "Factline",
    ]

    @Test func anyTextGivesQuotesInsideIt() {
        var random = SeededRandom(seed: 20261129)
        var found = 0
        for _ in 0..<60_000 {
            let text = (0..<random.next(40)).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined(separator: random.next(3) == 0 ? "" : " ")
            let scalars = text.unicodeScalars.count
            for quote in Quotes.extract(from: text) {
                found += 1
                #expect(quote.scalarStart >= 0 && quote.scalarStart <= quote.scalarEnd && quote.scalarEnd <= scalars)
                if let s = quote.mentionScalarStart, let e = quote.mentionScalarEnd { #expect(s >= 0 && s <= e && e <= scalars) }
            }
        }
        #expect(found > 10_000)
    }
}
