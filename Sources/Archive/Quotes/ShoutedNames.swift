/// Speakers written in capitals: the labels of transcripts and fact checks ("TRUMP: “Q”",
/// "HOUSE SPEAKER NANCY PELOSI: “Q”", "AMY GOODMAN: “Q”"). Their person is the one the
/// article names in ordinary case, and their count belongs with that person's.
extension SpeakerNames {
    /// The mention as the article spells its name elsewhere, when every word of it is in
    /// capitals: the last word as a name of the article ends ("TRUMP" -> "Trump", "MCCONNELL" ->
    /// "McConnell"), the words before it with a capital and then lower case. Nil when the
    /// mention is not in capitals, or when no name of the article ends with its last word and
    /// it opens with no given name, as an acronym ("CNN", "ISIS", "SEE ALSO") does not. A
    /// mention of one word needs four letters or more: "US" is no "Between Us".
    func spelledAsInText(_ mention: [String]) -> [String]? {
        guard let last = mention.last, mention.allSatisfy(Self.isAllCapitals) else { return nil }
        // Every word comes back with a letter in lower case, so the mention is read only once.
        let before = mention.dropLast().map(Self.capitalizedOnly)
        if mention.count > 1 || (last.utf8.count >= 4 && last.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }),
           let spelled = spellingInText(ofLastWord: last) {
            return before + [spelled]
        }
        // A given name after the titles: "VICE PRESIDENT MIKE PENCE" where the article has no
        // other "Pence".
        let withoutTitles = Self.stripTitles(before + [Self.capitalizedOnly(last)])
        guard withoutTitles.count >= 2, Sex(givenNameOf: withoutTitles[0]) != nil else { return nil }
        return before + [Self.capitalizedOnly(last)]
    }

    /// The word as the last word of a person's name in the article writes it, in any case but
    /// all capitals: the first such name in the text.
    private func spellingInText(ofLastWord word: String) -> String? {
        let keyBytes = word.utf8.map(ByteScan.lowercased)
        let key = WordClassTable.fnv(keyBytes)
        for name in names where name.lastKey == key {
            let lastWord = wordRanges[name.words.upperBound - 1]
            guard Self.matches(text, lastWord, lowercased: keyBytes), case let spelled = string(lastWord), !Self.isAllCapitals(spelled),
                  Self.looksLikePerson(text, words: wordRanges[name.words])   // not "AM Correction"
            else { continue }
            return spelled
        }
        return nil
    }

    /// Two or more ASCII letters, none of them in lower case ("TRUMP", "PRES.", "U.S."), and
    /// nothing beyond ASCII.
    static func isAllCapitals(_ word: String) -> Bool {
        var letters = 0
        for byte in word.utf8 {
            if byte >= 0x61 && byte <= 0x7A || byte >= 0x80 { return false }
            if byte >= 0x41 && byte <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    /// "PRESIDENT" -> "President": the first letter kept, the others in lower case.
    static func capitalizedOnly(_ word: String) -> String {
        guard let first = word.utf8.first else { return word }
        return String(decoding: [first] + word.utf8.dropFirst().map(ByteScan.lowercased), as: UTF8.self)
    }
}
