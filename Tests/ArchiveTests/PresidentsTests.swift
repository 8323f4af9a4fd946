import Testing
@testable import Archive

/// "the president" to the month's president (`Presidents`, docs/quotes.md), on quotes and
/// texts written here, the expected speakers worked out by hand.
@Suite struct PresidentsTests {
    private func quote(_ speaker: String, mention: String, article: Int) -> Quote {
        Quote(article: Int32(article), start: 0, end: 0, text: "", kind: .direct, mention: mention, speaker: speaker)
    }

    @Test func thePresidentIsTheMonthsPresidentWhereTheArticleNamesHimAndNoOtherPresident() {
        let may = NewsDate(year: 2018, month: 5, day: 10), june = NewsDate(year: 2018, month: 6, day: 2)
        // Six articles of May call Donald Trump "President Trump" (six of six titled quotes),
        // one calls Ann Vale "President Vale": Trump is May's president. June has none.
        var articles: [(text: String, date: NewsDate?, quotes: [Quote])] = (0..<6).map { row in
            ("President Trump spoke.", may, [quote("Donald Trump", mention: "President Trump", article: row)])
        }
        articles.append(("President Vale spoke.", may, [quote("Ann Vale", mention: "President Vale", article: 6)]))
        let cases: [(text: String, date: NewsDate?, expected: String)] = [
            ("Trump spoke. “Yes,” the president said.", may, "Donald Trump"),
            ("Putin spoke. “Yes,” the president said.", may, "the president"),             // no Trump
            ("Trump met President Putin. “Yes,” the president said.", may, "the president"),
            ("Vice President Mike Pence praised President Trump’s plan. “Yes,” the president said.", may, "Donald Trump"),
            ("President Putin. Trump said so. “Yes,” the president said.", may, "the president"),
            ("Trump spoke. “Yes,” the president said.", june, "the president"),             // June has no president
            ("Trump spoke. “Yes,” the president said.", nil, "the president"),              // no date
        ]
        for (text, date, _) in cases {
            articles.append((text, date, [quote("the president", mention: "the president", article: articles.count)]))
        }

        var texts = TextColumn()
        var bytes: [UInt8] = []
        var quotes: [Quote] = []
        var articleStarts = [0]
        for article in articles {
            bytes += Array(article.text.utf8)
            texts.starts.append(bytes.count)
            quotes += article.quotes
            articleStarts.append(quotes.count)
        }
        texts.bytes = StoredArray(bytes)
        let dates = articles.map(\.date)

        #expect(Presidents.holders(quotes, dates: dates).values.sorted() == ["Donald Trump"])
        let before = quotes
        Presidents.resolve(&quotes, articleStarts: articleStarts, dates: dates, texts: texts)
        #expect(quotes.suffix(cases.count).map(\.speaker) == cases.map(\.expected))
        #expect(quotes.map(\.mention) == before.map(\.mention))
        #expect(Array(quotes.prefix(7)) == Array(before.prefix(7)))
    }

    @Test func anotherPresidentIsANameAfterTheTitleWithoutTheSurname() {
        func callsAnother(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { Presidents.callsAnotherPresident($0, surname: Array("Trump".utf8)) }
        }
        #expect(!callsAnother("President Donald J. Trump said."))
        #expect(!callsAnother("President Trump's plan and President Trump’s aides."))
        #expect(!callsAnother("Vice President Mike Pence spoke."))
        #expect(!callsAnother("the President of the United States"))
        #expect(callsAnother("former President Barack Obama’s plan"))
        #expect(callsAnother("President Putin. Trump said"))
        #expect(callsAnother("President Xi"))
    }
}
