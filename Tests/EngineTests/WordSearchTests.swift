import Testing
@testable import Archive
@testable import Engine

/// `has` on any text but an article's: the phrase's words one after another, by the word rule.
@Suite struct WordSearchTests {
    @Test(arguments: [
        ("fake news", "They call it Fake News!", true), ("fake news", "fake, news", true), ("news fake", "fake news", false),
        ("new new york", "new new york", true), ("new new york", "new york new york", false), ("a a b", "a a a b", true),
        ("don’t", "I don’t know", true), ("flood", "flooding", false), ("", "anything", false), ("école", "Une ÉCOLE ici", true), ("école", "l’école", false),
        ("wall", "", false),
    ])
    func aPhraseIsItsWordsInARow(phrase: String, text: String, expected: Bool) {
        #expect(WordSearch.contains(Tokenizer.words(of: phrase), in: text) == expected)
    }

    /// A phrase that changes from row to row: each quote's text has its own speaker's name or not.
    @Test func aPhraseFromTheRowIsReadForEachRow() throws {
        let rows = try Example.rows("quotes | where speaker is not null | select text, speaker")
        let expected = rows.filter { row in
            let words = Tokenizer.words(of: row[0]), name = Tokenizer.words(of: row[1])
            return !name.isEmpty && (0...max(0, words.count - name.count)).contains { Array(words.dropFirst($0).prefix(name.count)) == name }
        }
        #expect(try Example.rows("quotes | where speaker is not null and text has speaker | select text, speaker") == expected)
    }
}
