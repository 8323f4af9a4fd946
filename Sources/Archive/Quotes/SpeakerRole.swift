/// An office a person is named with ("President Barack Obama", "Sen. Ted Cruz", "former Vice
/// President Joe Biden") and that a later mention stands for ("the president said", "the
/// senator added", "the former vice president"): what lets `SpeakerNames` give "the
/// president" the name of the president the article named.
struct SpeakerRole: Equatable {
    /// The office's noun, abbreviations written out: "senator" for "Sen.".
    var noun: String
    /// A word before the noun that makes it another office: "vice president", "attorney
    /// general", "lieutenant governor". Other words before it ("Senate Majority Leader",
    /// "Foreign Minister") leave the office the same.
    var qualifier: String?
    /// "former President Obama", "the former president": a past holder, never the present one.
    var former: Bool

    /// The nouns of offices, as written in a title or a mention, to the office.
    private static let nouns: [String: String] = {
        var nouns: [String: String] = [:]
        for noun in ["president", "senator", "governor", "representative", "mayor", "judge", "justice", "secretary",
                     "chancellor", "minister", "speaker", "leader", "director", "ambassador", "commissioner", "sheriff",
                     "coach", "manager", "general", "professor", "pope", "king", "queen", "prince", "princess", "chief",
                     "superintendent", "inspector", "detective", "officer", "captain", "bishop", "archbishop", "cardinal",
                     "rabbi", "pastor", "chair"] {
            nouns[noun] = noun
        }
        for (written, noun) in [("sen.", "senator"), ("sen", "senator"), ("gov.", "governor"), ("gov", "governor"),
                                ("rep.", "representative"), ("rep", "representative"), ("congressman", "representative"),
                                ("congresswoman", "representative"), ("gen.", "general"), ("prof.", "professor"),
                                ("capt.", "captain"), ("chairman", "chair"), ("chairwoman", "chair")] {
            nouns[written] = noun
        }
        return nouns
    }()

    /// Words before a noun that name another office.
    private static let qualifiers: [String: String] = [
        "vice": "vice", "deputy": "deputy", "assistant": "assistant", "lieutenant": "lieutenant", "lt.": "lieutenant",
        "attorney": "attorney", "surgeon": "surgeon", "prime": "prime", "chief": "chief",
    ]

    /// Capitalized words a mention may put before an office and still mean the holder the
    /// article named: "the Republican senator", "the US president".
    private static let partiesAndCountry: Set<String> = [
        "Republican", "Democratic", "Democrat", "GOP", "US", "U.S.", "American",
    ]

    /// The role of a title in a name: its last title word, the word before it in the name, if
    /// any, and whether "former" stands before the title.
    init?(title: String, before: String?, former: Bool) {
        var title = title.lowercased()
        var former = former
        for prefix in ["then-", "ex-"] where title.hasPrefix(prefix) {
            title.removeFirst(prefix.count)
            former = true
        }
        guard let noun = Self.nouns[title] else { return nil }
        self.noun = noun
        qualifier = before.flatMap { Self.qualifiers[$0.lowercased()] }
        self.former = former
    }

    /// The role a mention stands for ("the president", "The senator", "the former vice
    /// president", "the Republican senator"), with the places it names before the office
    /// ("the Vermont senator", "the House speaker"); nil for any other mention.
    static func ofMention(_ words: [String]) -> (role: SpeakerRole, places: [String])? {
        guard (2...4).contains(words.count), words[0].lowercased() == "the" else { return nil }
        let before = words.count >= 3 ? words[words.count - 2] : nil
        guard let role = SpeakerRole(title: words[words.count - 1], before: before, former: words.contains { $0.lowercased() == "former" })
        else { return nil }
        let places = words.dropFirst().dropLast().filter { SpeakerNames.isCapitalized($0) && !partiesAndCountry.contains($0) }
        return (role, places)
    }
}
