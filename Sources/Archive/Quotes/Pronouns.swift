/// Whom "he" and "she" stand for: the person the article last named or mentioned, not one
/// it shows to be of the other sex (docs/quotes.md, "Speakers").
extension SpeakerNames {
    /// The person `pronoun` ("he" or "she") at byte `offset` stands for: the person in focus
    /// (`personInFocus`), none known to be of the other sex, by a given name or a title; else a
    /// surname after a title ("Mr. Trump"). The pronoun itself when the article names nobody.
    mutating func person(forPronoun pronoun: String, at offset: Int) -> String {
        let sex: Sex = pronoun == "he" ? .man : .woman
        if let person = personInFocus(at: offset, .notKnownAs(sex.other)) { return person }
        // "When Mr. Trump appeared ..., he": where the article has named nobody else, a surname
        // after a title. (Taken before a speaker or a person named since, it gave "he" to the
        // president mentioned in passing: 5,500 AllSides quotes changed, most of them wrongly.)
        if let titled = lastTitledSurname(before: offset, for: sex) {
            return speaker(for: [titled.surname], at: titled.at)
        }
        return pronoun
    }

    /// Who a mention may stand for.
    enum Referent {
        /// "he", "she": anyone not known to be of the other sex.
        case notKnownAs(Sex)
        /// "the Utah Republican": one the article names after a title ("Rep. Jason
        /// Chaffetz"), as it does the people it describes so; not "the Ripon Society" that a
        /// Republican spoke at.
        case namedWithTitle
    }

    private func mayBe(_ name: String, _ referent: Referent) -> Bool {
        switch referent {
        case .notKnownAs(let sex): return !isKnown(name, as: sex)
        case .namedWithTitle: return isNamedWithTitle(name)
        }
    }

    /// The person a pronoun or a description at byte `offset` stands for: a person named since
    /// the last speaker, in full or by surname, else that speaker, else the last person
    /// named; each one that `referent` allows. Nil when the article names nobody so before
    /// `offset`.
    mutating func personInFocus(at offset: Int, _ referent: Referent) -> String? {
        // A name, not a group in lower case ("union leaders said").
        let lastSpeaker = recent.last { $0.at < offset && $0.name.utf8.contains(0x20) && Self.endsCapitalized($0.name)
            && !$0.opensWithDeterminer && !Self.isBody($0.name) && !Self.isJoint($0.name) && mayBe($0.name, referent) }
        var lastNamed: (name: String, at: Int)?
        if let named = lastPersonNamed(before: offset, referent) {
            lastNamed = lastSurnameMention(after: named.end, before: offset, referent) ?? (named.name, named.at)
        }
        if let lastNamed, let lastSpeaker, lastNamed.at > lastSpeaker.at, lastNamed.name != lastSpeaker.name {
            return lastNamed.name
        }
        // A one-word speaker ("Trump said") is still better than the bare pronoun; "the
        // statement" is not a he or a she.
        return lastSpeaker?.name ?? lastNamed?.name
            ?? recent.last(where: { $0.at < offset && !$0.opensWithDeterminer && !Self.isBody($0.name) && !Self.isJoint($0.name)
                && mayBe($0.name, referent) })?.name
    }

    /// The last word of `name` opens with a capital: "de Blasio", "Bashar al-Assad", not
    /// "union leaders".
    static func endsCapitalized(_ name: String) -> Bool {
        guard let space = name.utf8.lastIndex(of: 0x20) else { return isCapitalized(name) }
        var lastWord = name[name.utf8.index(after: space)...]
        // "Bashar al-Assad": the name after a particle joined by a hyphen.
        if let first = lastWord.utf8.first, first >= 0x61 && first <= 0x7A, let hyphen = lastWord.utf8.firstIndex(of: 0x2D),
           nameParticles.contains(String(lastWord[..<hyphen])) {
            lastWord = lastWord[lastWord.utf8.index(after: hyphen)...]
        }
        guard let byte = lastWord.utf8.first else { return false }
        return byte < 0x80 ? byte >= 0x41 && byte <= 0x5A : lastWord.first?.isUppercase == true
    }

    /// The name of a body or a place ("World Health Organization", "European Union", "Washington
    /// Post"), which a speaker may be without "the", and no "he" or "she" goes back to: its last
    /// word is a place word.
    static func isBody(_ name: String) -> Bool {
        guard let space = name.utf8.lastIndex(of: 0x20) else { return false }
        return placeWords.contains(name[name.utf8.index(after: space)...].lowercased())
    }

    /// Whether `name` is of `sex` by what the article writes: its given name ("Bill Clinton")
    /// or a title before it ("first lady Melania Trump").
    func isKnown(_ name: String, as sex: Sex) -> Bool {
        Sex(givenNameOf: name) == sex || isTitled(name, as: sex)
    }

    /// The last surname written alone after a title before byte `offset`, outside quotes
    /// ("Mr. Trump", "President Obama", "Justice Kennedy"), whose title tells `sex`; for a
    /// man, also a title that tells none ("President", "Justice"). For "she" such a title
    /// gave presidents: 11 AllSides quotes went to Donald Trump.
    private func lastTitledSurname(before offset: Int, for sex: Sex) -> (surname: String, at: Int)? {
        for named in titled.reversed() where named.run < offset {
            let words = words(in: named.name)
            guard words.count == 1, let surname = words.first else { continue }
            guard named.sex == sex || (named.sex == nil && sex == .man), !isQuoted(named.run),
                  !classes(surname).contains(.place), !Self.isShouted(text, surname) else { continue }
            return (string(surname), named.run)
        }
        return nil
    }

    /// The last name before byte `offset` that looks like a person's, and that `referent`
    /// allows.
    private mutating func lastPersonNamed(before offset: Int, _ referent: Referent) -> (name: String, at: Int, end: Int)? {
        for index in names[..<firstName(atOrAfter: offset)].indices.reversed() where looksLikePerson(index) {
            if case let name = written(index).text, mayBe(name, referent) {
                return (name, names[index].at, wordRanges[names[index].words.upperBound - 1].upperBound)
            }
        }
        return nil
    }

    /// The person last mentioned by surname alone between bytes `start` and `offset`, among
    /// the people named in full before `offset`, whose person `referent` allows:
    /// "Graham blasted Democrats. ... he yelled" is Lindsey Graham, though Christine Blasey
    /// Ford was named in full after him. A surname is its first person, as a speaker's is.
    /// Only a surname that can be its sentence's subject counts (`opensClause`), outside
    /// quotes: not "advised Trump", "Obama's bailout" or "the Obama administration".
    private mutating func lastSurnameMention(after start: Int, before offset: Int, _ referent: Referent) -> (name: String, at: Int)? {
        // The names before `offset`, whose last words a mention may be; whether a name is a
        // person's is asked only of those a mention finds, as most names are never asked it.
        let namedBefore = firstName(atOrAfter: offset)
        let mentions = surnameMentions(after: start, before: offset)
        // The last mention whose person `referent` allows: "Clinton" for "he" skips Hillary
        // Clinton, and does not become Bill.
        for mention in mentions.reversed() where names[..<namedBefore].contains(where: { $0.lastKey == mention.key }) {
            let surname = string(mention.word)
            if let person = people(named: surname, last: surname, at: mention.word.lowerBound).first,
               Self.looksLikePerson(person.fullest), mayBe(person.fullest, referent) {
                return (person.fullest, mention.word.lowerBound)
            }
        }
        return nil
    }

    /// The capitalized words between bytes `start` and `offset` that may be a surname
    /// written alone: a whole word, no possessive, the last of its name ("Trump Tower"), that
    /// can be its sentence's subject (`opensClause`), outside quotes. An article's pronouns
    /// after one full name each ask of the text since that name: the words are read once,
    /// from there as far as a pronoun has asked, and kept for the next.
    private mutating func surnameMentions(after start: Int, before offset: Int) -> ArraySlice<SurnameMention> {
        var read = surnameMentionsRead
        surnameMentionsRead = []   // not two references to one array: appending would copy it
        defer { surnameMentionsRead = read }
        // Read afresh from `start` when what is kept begins after it, or ends before it. A
        // start inside a word ("Mc|Donald") is no place the reading passes: read as it was.
        let insideAWord = start > 0 && start < text.count && ByteScan.isASCIIAlphanumeric(text[start - 1])
            && ByteScan.isASCIIAlphanumeric(text[start])
        if start < surnameScanStart || start > surnameScanPosition || insideAWord {
            read.removeAll(keepingCapacity: true)
            surnameScanStart = start
            surnameScanPosition = start
        }
        while surnameScanPosition < offset {
            surnameScanPosition = nextSurnameMention(from: surnameScanPosition, before: offset, into: &read)
        }
        // In the order of the text: the ones from `start` that end by `offset`.
        var low = 0, high = read.count
        while low < high {
            let middle = (low + high) / 2
            if read[middle].word.lowerBound < start { low = middle + 1 } else { high = middle }
        }
        var end = read.count
        while end > low, read[end - 1].word.upperBound > offset { end -= 1 }
        return read[low..<end]
    }

    /// Reads the next capitalized word at or after `i` that starts before `limit`, appends it
    /// to `mentions` when it may be a surname mention, and returns where reading goes on: past
    /// the word, or `limit` when none starts before it. The word is read to its end, past
    /// `limit`, so a word read for one pronoun is the same for the next.
    private func nextSurnameMention(from i: Int, before limit: Int, into mentions: inout [SurnameMention]) -> Int {
        let i = ByteScan.nextCapital(in: text, from: i, before: limit)
        guard i < limit else { return limit }
        let end = ByteScan.endOfASCIIAlphanumerics(in: text, from: i + 1, before: text.count)
        // A whole word, no possessive, and the last of its name ("Trump Tower").
        guard end < text.count, text[end] == 0x20 || text[end] == 0x2C || text[end] == 0x2E,
              !(text[end] == 0x20 && end + 1 < text.count && text[end + 1] >= 0x41 && text[end + 1] <= 0x5A),
              opensClause(i), !isQuoted(i) else { return end }
        mentions.append(SurnameMention(word: i..<end, key: lowercaseHash(i..<end)))
        return end
    }

    /// The word at byte `start` opens a sentence or clause, after at most a title and a word
    /// like "But" ("Graham said", "In Iowa, Cruz", "But Mr. Kerry", "”, Trump said"); not
    /// after another capitalized word, as a name's last word is.
    private func opensClause(_ start: Int) -> Bool {
        var j = start
        var mayStandBefore: [WordClasses] = [.title, .nameOpener]   // walking back: a title, then an opener
        while j >= 2, text[j - 1] == 0x20 {
            var k = j - 2
            while k > 0, text[k - 1] != 0x20, text[k - 1] != 0x0A { k -= 1 }
            let previous = classes(k..<(j - 1))
            if let index = mayStandBefore.firstIndex(where: { previous.contains($0) }) {
                mayStandBefore.removeSubrange(...index)
                j = k
                continue
            }
            switch text[j - 2] {
            case 0x2E, 0x3F, 0x21, 0x2C, 0x3B, 0x3A, 0x22: return true   // . ? ! , ; : "
            case 0x9D: return j >= 4 && text[j - 4] == 0xE2 && text[j - 3] == 0x80   // ”
            default: return false
            }
        }
        return j == 0 || text[j - 1] == 0x0A
    }

    /// Byte `offset` lies inside a quote of the article.
    private func isQuoted(_ offset: Int) -> Bool {
        var low = 0, high = quoted.count
        while low < high {
            let middle = (low + high) / 2
            if quoted[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < quoted.count && quoted[low].lowerBound <= offset
    }
}
