import Foundation
import Testing

/// `morgue eval quotes` on a gold file written here, with the figures worked out by hand.
@Suite(.enabled(if: MorgueRun.binary != nil, "no morgue binary built; run scripts/test"))
struct QuoteEvaluationTests {
    /// The Unicode scalar span of `piece` in `text`.
    private func span(_ piece: String, in text: String) throws -> [String: Any] {
        let range = try #require(text.range(of: piece))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return ["start": start, "end": start + piece.unicodeScalars.count, "text": piece]
    }

    /// A gold quote of `text` with its speaker's span.
    private func quote(_ quote: String, speaker: String, in text: String) throws -> [String: Any] {
        var gold = try span(quote, in: text)
        gold["speaker"] = try span(speaker, in: text)
        return gold
    }

    @Test func figuresCountMatchesSpeakersAndAttributions() throws {
        // The headline (the title again, with its full stop moved inside the mark) holds a
        // quote morgue finds but the gold set leaves out: it must not count.
        let text = """
            Cole says wall ‘will stand for a hundred years.’

            “The wall is safe,” Dana Cole said. Critics called it a “folly.” The council said the repairs were “finished last week.”
            """
        let safe = try quote("“The wall is safe,”", speaker: "Dana Cole", in: text)
        let finished = try quote("“finished last week.”", speaker: "repairs", in: text)   // not what morgue finds
        let article: [String: Any] = ["id": "harbour", "title": "Cole says wall ‘will stand for a hundred years’",
                                      "text": text, "quotes": [safe, finished]]
        let run = try evaluate(article)
        #expect(run.status == 0, "\(run.errors)")
        // Predicted: the three quotes of the body ("folly" is not in the gold set). Matched:
        // two. Speakers right: Dana Cole, not "the council" for "repairs". Quote F1 =
        // 2·2/(3+2) = 0.8; attribution F1 = 2·1/(3+2) = 0.4.
        #expect(run.output == """
            quotes: 2 gold, 3 predicted, 2 matched
            quote F1           0.800
            speaker accuracy   0.500  (1 of 2 matched quotes with a gold speaker)
            attribution F1     0.400  (1 of 2 matched quotes with the gold set's speaker)

            """)
    }

    /// The text is scored as a load keeps it, at the offsets of the text as the gold file
    /// has it. Here the load drops 50 characters of white space before the first quote, more
    /// than any quote or speaker is long, and makes the long line a paragraph of its own: its
    /// quote runs on into the next paragraph, which opens with a mark. Read as written, the
    /// two lines are one paragraph and the two quotes one.
    @Test func quotesAreFoundInTheTextAsLoadedAndPlacedInTheTextAsWritten() throws {
        let long = "“Repairs went on through the winter and the spring, and every stone of the old harbour wall was lifted, cleaned and set back."
        let text = String(repeating: " ", count: 40) + "\r\n\r\n\n   Café owners met on the quay.  \r\n\r\n   “The wall is safe,” Dana Cole said.\r\n\r\n"
            + long + "\n“It will stand,” said Ana Ruiz."
        let safe = try quote("“The wall is safe,”", speaker: "Dana Cole", in: text)
        let repairs = try quote(long, speaker: "Dana Cole", in: text)   // a paragraph that opens with the last speaker's words
        let stand = try quote("“It will stand,”", speaker: "Ana Ruiz", in: text)
        let run = try evaluate(["id": "quay", "text": text, "quotes": [safe, repairs, stand]])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == """
            quotes: 3 gold, 3 predicted, 3 matched
            quote F1           1.000
            speaker accuracy   1.000  (3 of 3 matched quotes with a gold speaker)
            attribution F1     1.000  (3 of 3 matched quotes with the gold set's speaker)

            """)
    }

    private func evaluate(_ article: [String: Any]) throws -> MorgueRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("morgue-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("gold.jsonl")
        try JSONSerialization.data(withJSONObject: article).write(to: gold)
        return try MorgueRun.run(["eval", "quotes", gold.path])
    }
}
