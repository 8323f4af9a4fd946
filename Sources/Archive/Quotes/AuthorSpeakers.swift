/// "“You could rethink it?” I asked him": in the writer's own sentence, "I" is the writer.
/// Where the article has one author whose byline is a person's name, the speaker "I" becomes
/// that name, titles stripped ("Sen. Rand Paul" -> "Rand Paul"); with several authors, none,
/// or a byline that is no person's name, it stays "I". The mention stays as written.
enum AuthorSpeakers {
    static func resolve(_ quotes: inout [Quote], articleStarts: [Int], authors: [[String]]) {
        for article in authors.indices where authors[article].count == 1 && article + 1 < articleStarts.count {
            let range = articleStarts[article]..<articleStarts[article + 1]
            guard quotes[range].contains(where: { $0.speaker == "I" }), let name = personName(authors[article][0]) else { continue }
            for index in range where quotes[index].speaker == "I" { quotes[index].speaker = name }
        }
    }

    /// The byline as a person's name, without titles: two or three capitalized words.
    static func personName(_ byline: String) -> String? {
        let words = SpeakerNames.stripTitles(byline.split(separator: " ").map(String.init))
        let name = words.joined(separator: " ")
        return SpeakerNames.looksLikePerson(name) ? name : nil
    }
}
