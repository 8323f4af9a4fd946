/// "“Q,” the president said" in an article that calls no one President before it: the speaker
/// becomes the person whom the archive's quotes of that month call President most often
/// (`Donald Trump` in May 2018, `Barack Obama` in May 2013), when the article writes that
/// person's surname and calls no one else President ("President Putin", "former President
/// Obama"). A president named in the article before the quote is found earlier
/// (`SpeakerNames.person(in:placedIn:before:)`). The mention stays as written.
///
/// The month's president comes from the quotes whose mention opens with "President" and ends
/// with the speaker's surname ("President Trump" for Donald Trump): at least
/// `leastTitledQuotes` of them, and `leastShare` of that month's. An archive of another
/// country's news gives that country's president.
enum Presidents {
    static let leastTitledQuotes = 5
    static let leastShare = 0.6
    static let office = "the president"

    static func resolve(_ quotes: inout [Quote], articleStarts: [Int], dates: [NewsDate?], texts: TextColumn) {
        let holders = holders(quotes, dates: dates)
        guard !holders.isEmpty else { return }
        for article in 0..<min(dates.count, articleStarts.count - 1, texts.count) {
            let range = articleStarts[article]..<articleStarts[article + 1]
            guard quotes[range].contains(where: { $0.speaker == office }), let date = dates[article],
                  let holder = holders[month(date)], let space = holder.utf8.lastIndex(of: 0x20) else { continue }
            let surname = Array(holder.utf8[holder.utf8.index(after: space)...])
            let named = texts.withUTF8(article) { ByteScan.containsWords(surname, in: $0) && !callsAnotherPresident($0, surname: surname) }
            guard named else { continue }
            for index in range where quotes[index].speaker == office { quotes[index].speaker = holder }
        }
    }

    /// Each month's president, by the rule above.
    static func holders(_ quotes: [Quote], dates: [NewsDate?]) -> [Int: String] {
        var titled: [Int: [String: Int]] = [:]
        let prefix = Array("President ".utf8)
        for index in quotes.indices {
            guard let mention = quotes[index].mention, mention.utf8.first == prefix[0], mention.utf8.starts(with: prefix),
                  let speaker = quotes[index].speaker, SpeakerNames.looksLikePerson(speaker),
                  let space = speaker.utf8.lastIndex(of: 0x20), SpeakerNames.endsWith(mention, String(speaker[space...])),
                  Int(quotes[index].article) < dates.count, let date = dates[Int(quotes[index].article)] else { continue }
            titled[month(date), default: [:]][speaker, default: 0] += 1
        }
        var holders: [Int: String] = [:]
        for (month, counts) in titled {
            guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
            let all = counts.values.reduce(0, +)
            if best.value >= leastTitledQuotes, Double(best.value) >= leastShare * Double(all) { holders[month] = best.key }
        }
        return holders
    }

    private static func month(_ date: NewsDate) -> Int {
        let civil = date.civil
        return civil.year * 12 + civil.month
    }

    /// The text writes "President" before a name without `surname` ("President Putin",
    /// "former President Barack Obama"); "Vice President Mike Pence" is no president.
    static func callsAnotherPresident(_ text: UnsafeBufferPointer<UInt8>, surname: [UInt8]) -> Bool {
        let title = Array("President ".utf8)
        var from = 0
        while let i = ByteScan.next(title, in: text, from: from) {
            from = i + 1
            if ByteScan.hasSuffix(text, 0..<i, "Vice ") { continue }
            // The capitalized words after the title, up to the first that is not.
            var start = i + title.count
            var sawSurname = false, sawName = false
            while start < text.count, text[start] >= 0x41, text[start] <= 0x5A {
                var end = start
                while end < text.count, text[end] != 0x20, text[end] != 0x2C, text[end] != 0x0A { end += 1 }
                let letters = lettersOf(text, start..<end)
                if text[letters].elementsEqual(surname) { sawSurname = true }
                sawName = true
                // A full stop after more than an initial ends the sentence, and the name.
                if letters.count > 1, letters.upperBound < end, [0x2E, 0x21, 0x3F, 0x3A, 0x3B].contains(text[end - 1]) { break }
                start = end + 1
            }
            if sawName && !sawSurname { return true }
        }
        return false
    }

    /// A word without a possessive and the marks after it: "Trump" of "Trump’s", "Trump's"
    /// and "Trump.".
    private static func lettersOf(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Range<Int> {
        var end = word.upperBound
        if ByteScan.hasSuffix(text, word, "’s") { end -= 4 } else if ByteScan.hasSuffix(text, word, "'s") { end -= 2 }
        while end > word.lowerBound, (text[end - 1] | 0x20) &- 0x61 >= 26 { end -= 1 }
        return word.lowerBound..<end
    }
}
