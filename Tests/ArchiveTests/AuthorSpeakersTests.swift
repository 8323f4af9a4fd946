import Testing
@testable import Archive

/// "I" in the writer's own sentence is the article's one author (`AuthorSpeakers`,
/// docs/quotes.md), on quotes written here, worked out by hand.
@Suite struct AuthorSpeakersTests {
    private func quote(_ speaker: String, article: Int32) -> Quote {
        Quote(article: article, start: 0, end: 0, text: "", kind: .direct, mention: speaker, speaker: speaker)
    }

    @Test func iIsTheOneAuthorByName() {
        // Five articles: one author with a title; two authors; none; a byline of one word;
        // a byline that is a body.
        var quotes = [quote("I", article: 0), quote("Jo Reid", article: 0), quote("I", article: 0),
                      quote("I", article: 1), quote("I", article: 2), quote("I", article: 3), quote("I", article: 4)]
        let authors = [["Sen. Dana Cole"], ["Dana Cole", "Jo Reid"], [], ["Staff"], ["The Associated Press"]]
        AuthorSpeakers.resolve(&quotes, articleStarts: [0, 3, 4, 5, 6, 7], authors: authors)
        #expect(quotes.map(\.speaker) == ["Dana Cole", "Jo Reid", "Dana Cole", "I", "I", "I", "I"])
        #expect(quotes.map(\.mention) == ["I", "Jo Reid", "I", "I", "I", "I", "I"])
    }
}
