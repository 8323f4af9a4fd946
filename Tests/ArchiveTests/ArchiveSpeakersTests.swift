import Testing
@testable import Archive

/// One name for one person across the archive (`ArchiveSpeakers`, docs/quotes.md), on quotes
/// written here, each case one rule, worked out by hand.
@Suite struct ArchiveSpeakersTests {
    /// `count` quotes of `speaker` in article `article`, each with the mention `mention`.
    private func quotes(_ speaker: String?, mention: String?, count: Int = 1, article: Int32) -> [Quote] {
        Array(repeating: Quote(article: article, start: 0, end: 0, text: "", kind: .direct, mention: mention, speaker: speaker),
              count: count)
    }

    private var archive: [Quote] {
        var all: [Quote] = []
        // Dana Cole: 12 quotes in four articles, the surname written alone in one of each
        // article's three. Sam Cole: 2. So 12 of 14, above four fifths, with 4 short forms.
        for article: Int32 in 0..<4 {
            all += quotes("Dana Cole", mention: "Dana Cole", count: 2, article: article)
            all += quotes("Dana Cole", mention: "Cole", article: article)
        }
        all += quotes("Sam Cole", mention: "Sam Cole", count: 2, article: 4)
        all += quotes("Cole", mention: "Cole", count: 2, article: 5)
        // Amy Reid 10 of 14 quotes of a Reid: under four fifths.
        all += quotes("Amy Reid", mention: "Amy Reid", count: 7, article: 6)
        all += quotes("Amy Reid", mention: "Reid", count: 3, article: 6)
        all += quotes("Tom Reid", mention: "Tom Reid", count: 4, article: 7)
        all += quotes("Reid", mention: "Reid", article: 8)
        // Great Britain: 12 quotes, but no article writes it "Britain".
        all += quotes("Great Britain", mention: "Great Britain", count: 12, article: 9)
        all += quotes("Britain", mention: "Britain", article: 10)
        // Dan Judy: 10 quotes and 3 short forms, but Judy Woodruff's 3 are more than a fifth of 10.
        all += quotes("Dan Judy", mention: "Dan Judy", count: 7, article: 11)
        all += quotes("Dan Judy", mention: "Judy", count: 3, article: 11)
        all += quotes("Judy Woodruff", mention: "Judy Woodruff", count: 3, article: 12)
        all += quotes("Judy", mention: "Judy", article: 13)
        // Lee Varga: 9 quotes, one short of ten.
        all += quotes("Lee Varga", mention: "Varga", count: 9, article: 14)
        all += quotes("Varga", mention: "Varga", article: 15)
        // Donald Trump 8 quotes (3 of them "Trump" as written), Donald J. Trump 2: at least four
        // times as many, so one name with 10 quotes, and "Trump" goes to it.
        all += quotes("Donald Trump", mention: "Donald Trump", count: 5, article: 16)
        all += quotes("Donald Trump", mention: "President Trump", count: 3, article: 16)
        all += quotes("Donald J. Trump", mention: "Donald J. Trump", count: 2, article: 17)
        all += quotes("Trump", mention: "Trump", count: 4, article: 18)
        // John F. Kennedy 3, John Kennedy 5: fewer than four times as many, two people.
        all += quotes("John F. Kennedy", mention: "John F. Kennedy", count: 3, article: 19)
        all += quotes("John Kennedy", mention: "Kennedy", count: 5, article: 20)
        // A middle name as a middle initial: Ann Marsh 8, Ann Rodham Marsh 2, one name; John
        // Bel Ward 3, John Ward 5, two people.
        all += quotes("Ann Marsh", mention: "Ann Marsh", count: 8, article: 22)
        all += quotes("Ann Rodham Marsh", mention: "Ann Rodham Marsh", count: 2, article: 23)
        all += quotes("John Bel Ward", mention: "John Bel Ward", count: 3, article: 24)
        all += quotes("John Ward", mention: "John Ward", count: 5, article: 25)
        // A given name and its short form: Charles Dunn 3 and Chuck Dunn 9 are one, by the more
        // quoted; Christine Lamb and Chris Lamb are two. (Each surname also speaks alone once,
        // with no short forms to join it to a name; Lawrence Pike 2 and Larry Pike 6 below
        // are one though "Pike" never speaks alone.)
        all += quotes("Charles Dunn", mention: "Charles Dunn", count: 3, article: 26)
        all += quotes("Chuck Dunn", mention: "Chuck Dunn", count: 9, article: 27)
        all += quotes("Dunn", mention: "Dunn", article: 28)
        all += quotes("Christine Lamb", mention: "Christine Lamb", count: 3, article: 29)
        all += quotes("Chris Lamb", mention: "Chris Lamb", count: 5, article: 30)
        all += quotes("Lamb", mention: "Lamb", article: 31)
        // A middle initial does not part a given name from its short form: Charles E. Dunn 2
        // joins Chuck Dunn too. Other initials are another person: Robert C. Hale 2 and Robert
        // L. Hale 5 are two.
        all += quotes("Charles E. Dunn", mention: "Charles E. Dunn", count: 2, article: 32)
        all += quotes("Robert C. Hale", mention: "Robert C. Hale", count: 2, article: 33)
        all += quotes("Robert L. Hale", mention: "Robert L. Hale", count: 5, article: 34)
        all += quotes("Lawrence Pike", mention: "Lawrence Pike", count: 2, article: 35)
        all += quotes("Larry Pike", mention: "Larry Pike", count: 6, article: 36)
        // Neither a pronoun nor a speaker in lower case, nor a quote with none, is a name.
        all += quotes("He", mention: "He", article: 21)
        all += quotes("the report", mention: "the report", article: 21)
        all += quotes(nil, mention: nil, article: 21)
        return all
    }

    @Test func onlyTheRulesJoinNames() {
        #expect(ArchiveSpeakers.aliases(archive) == ["Cole": "Dana Cole", "Donald J. Trump": "Donald Trump", "Trump": "Donald Trump",
                                                    "Ann Rodham Marsh": "Ann Marsh", "Charles Dunn": "Chuck Dunn",
                                                    "Charles E. Dunn": "Chuck Dunn", "Lawrence Pike": "Larry Pike"])
    }

    /// A name with a straight and with a curly apostrophe is one speaker, the more quoted
    /// spelling; a name written only one way stays.
    @Test func eitherApostropheIsOneName() {
        let quotes = self.quotes("Dana O’Neill", mention: "O’Neill", count: 3, article: 1)
            + self.quotes("Dana O'Neill", mention: "O'Neill", count: 2, article: 2)
            + self.quotes("Jo O'Hara", mention: "O'Hara", count: 2, article: 3)
        #expect(ArchiveSpeakers.aliases(quotes) == ["Dana O'Neill": "Dana O’Neill"])
    }

    /// The end of a description glued to a given name and a surname ("United Nations Susan
    /// Reid", "Businessman Mike Hale") is dropped when the archive quotes the name alone: of
    /// four words or more once, of three at least as often. Not where the word before the
    /// given name is a given name, an initial or "and", nor without the name alone.
    @Test func aDescriptionBeforeAGivenNameAndASurnameIsDropped() {
        // Each speaker with its quotes, in an article of its own, mentioned as written.
        let speakers: [(String, Int)] = [
            ("United Nations Susan Reid", 2), ("Susan Reid", 1),
            ("Businessman Mike Hale", 2), ("Mike Hale", 2),
            // Three words, the name alone less often: her given name may be in no list.
            ("Keisha Lance Varga", 5), ("Lance Varga", 1),
            ("Counselor Amy Stone", 3),
            ("Fred and Cindy Ward", 2), ("Cindy Ward", 3),
            ("John Paul Stone", 2), ("Paul Stone", 4),
            ("J. Ann Pike", 1), ("Ann Pike", 3),
            // The name alone goes on to the name it becomes: Charles Dunn is Chuck Dunn.
            ("Senators Charles Dunn", 2), ("Charles Dunn", 3), ("Chuck Dunn", 9),
        ]
        let quotes = speakers.enumerated().flatMap { article, speaker in
            self.quotes(speaker.0, mention: speaker.0, count: speaker.1, article: Int32(article))
        }
        #expect(ArchiveSpeakers.aliases(quotes) == ["United Nations Susan Reid": "Susan Reid", "Businessman Mike Hale": "Mike Hale",
                                                   "Charles Dunn": "Chuck Dunn", "Senators Charles Dunn": "Chuck Dunn"])
    }

    /// A middle name written out and the name without it are one person, the more quoted,
    /// when two articles that quote either write both; not for one such article, not for a
    /// middle initial, and not where the shorter name is only the start of a longer word.
    @Test func aMiddleNameIsDroppedWhereArticlesWriteBothNames() {
        let articles: [(text: String, speaker: String, quotes: Int)] = [
            ("Sarah Huckabee Vance spoke first. Sarah Vance said more.", "Sarah Huckabee Vance", 2),
            ("Sarah Huckabee Vance was there. “Yes,” said Sarah Vance’s aide.", "Sarah Vance", 3),
            ("Sarah Vance said so.", "Sarah Vance", 1),
            ("John Bel Ward said it.", "John Bel Ward", 3),
            ("John Ward said it.", "John Ward", 2),
            ("John Bel Ward and John Ward met.", "John Ward", 1),
            ("Lyle F. Kemp, or Lyle Kemp, said it.", "Lyle F. Kemp", 2),
            ("Lyle F. Kemp, or Lyle Kemp, said it.", "Lyle Kemp", 3),
            ("Rita Mae Cole and Rita Coleman spoke.", "Rita Mae Cole", 2),
            ("Rita Mae Cole and Rita Coleman spoke.", "Rita Cole", 2),
        ]
        var texts = TextColumn()
        var bytes: [UInt8] = []
        for article in articles {
            bytes += Array(article.text.utf8)
            texts.starts.append(bytes.count)
        }
        texts.bytes = StoredArray(bytes)
        let quotes = articles.enumerated().flatMap { row, article in
            self.quotes(article.speaker, mention: article.speaker, count: article.quotes, article: Int32(row))
        }
        #expect(ArchiveSpeakers.aliases(quotes, texts: texts) == ["Sarah Huckabee Vance": "Sarah Vance"])
        #expect(ArchiveSpeakers.aliases(quotes) == [:])
    }

    @Test func speakersAreRewrittenAndMentionsKept() {
        let before = archive
        var after = before
        ArchiveSpeakers.unify(&after, texts: TextColumn())
        #expect(after.filter { $0.speaker == "Donald Trump" }.count == 14)
        #expect(after.filter { $0.speaker == "Dana Cole" }.count == 14)
        #expect(after.filter { $0.speaker == "Ann Marsh" }.count == 10)
        #expect(after.filter { $0.speaker == "Chuck Dunn" }.count == 14)
        #expect(after.filter { $0.speaker == "Larry Pike" }.count == 8)
        let joined: Set<String> = ["Trump", "Cole", "Donald J. Trump", "Ann Rodham Marsh", "Charles Dunn", "Charles E. Dunn",
                                   "Lawrence Pike"]
        #expect(!after.contains { joined.contains($0.speaker ?? "") })
        #expect(after.map(\.mention) == before.map(\.mention))
        // Every other quote is as it was.
        for (old, new) in zip(before, after) where !joined.contains(old.speaker ?? "") { #expect(old == new) }
    }

    /// On every core, in runs as an archive has them: the same as one pass.
    @Test func manyQuotesOnEveryCoreGiveTheSameSpeakers() {
        var many: [Quote] = []
        for copy in 0..<1_000 {
            many += archive.map { quote in
                var quote = quote
                quote.article += Int32(copy * 64)
                return quote
            }
        }
        var unified = many
        ArchiveSpeakers.unify(&unified, texts: TextColumn())
        #expect(unified.count == many.count)
        #expect(unified.filter { $0.speaker == "Donald Trump" }.count == 14_000)
        #expect(unified.filter { $0.speaker == "Reid" }.count == 1_000)
    }

    @Test func aShortFormEndsTheNameAtAWordBoundary() {
        #expect(ArchiveSpeakers.isShortForm("Trump", of: "Donald Trump"))
        #expect(ArchiveSpeakers.isShortForm("President Trump", of: "Donald Trump"))
        #expect(!ArchiveSpeakers.isShortForm("Donald Trump", of: "Donald Trump"))
        #expect(!ArchiveSpeakers.isShortForm("he", of: "Donald Trump"))
        #expect(!ArchiveSpeakers.isShortForm("Strump", of: "Donald Trump"))
        #expect(!ArchiveSpeakers.isShortForm("Trump", of: "Trump"))
    }
}
