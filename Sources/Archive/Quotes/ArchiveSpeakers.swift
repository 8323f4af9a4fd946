/// One name for one person across the archive. Within an article a surname already goes to
/// the fullest name met before it (`SpeakerNames`); many articles never give the full name
/// ("President Trump said"), so their speaker stays "Trump" beside "Donald Trump", and
/// "Donald J. Trump" beside both. After extraction, two rules join them:
///
/// - a name with a middle initial or name ("Donald J. Trump", "Hillary Rodham Clinton")
///   becomes the name without it when that name has at least `withoutMiddleMultiple` times its
///   quotes: as often as each other, the two are as likely two people ("John F. Kennedy" and
///   the senator John Kennedy, "John Bel Edwards" and John Edwards);
/// - a name with a middle name written out ("Sarah Huckabee Sanders") and the name without
///   it ("Sarah Sanders") become the more quoted of the two when at least
///   `leastArticlesWritingBoth` articles that quote either write both;
/// - names alike but for a given name and its short form ("Charles Schumer", "Chuck Schumer")
///   and a middle initial ("Charles E. Schumer") become the most quoted of them
///   (`givenNameForms`), unless their initials differ;
/// - a speaker of one capitalized word becomes the archive's most quoted person name ending
///   with that word, when that name is the speaker of at least `leastQuotes` quotes and of at
///   least `leastShare` of the quotes of person names ending with the word; when articles
///   that name the person show the word as their short name (mention "Trump", speaker
///   "Donald Trump") at least `leastShortForms` times; and when names opening with the word
///   ("Ryan Zinke" for "Ryan") have at most `mostAsFirstName` of that name's quotes.
///
/// - a name written with a straight apostrophe and with a curly one ("O'Rourke", "O’Rourke")
///   becomes the more quoted of the two spellings.
///
/// The evidence rule keeps places and titles out ("Britain" is not short for "Great
/// Britain" in any article), the first-name rule keeps words that are also first names out.
enum ArchiveSpeakers {
    static let withoutMiddleMultiple = 4
    static let leastQuotes = 10
    static let leastShare = 0.8
    static let leastShortForms = 3
    static let mostAsFirstName = 0.2
    static let leastArticlesWritingBoth = 2

    /// Rewrites the speakers of `quotes` by the rules above, on every core; mentions stay as
    /// written. `texts` are the articles' texts, by row.
    static func unify(_ quotes: inout [Quote], texts: TextColumn) {
        let aliases = aliases(quotes, texts: texts)
        guard !aliases.isEmpty else { return }
        let parts = parts(of: quotes.count)
        quotes.withUnsafeMutableBufferPointer { buffer in
            let base = UInt(bitPattern: buffer.baseAddress)
            _ = Parallel.map(parts.count) { part in
                guard let quotes = UnsafeMutablePointer<Quote>(bitPattern: base) else { return }
                // An article's quotes often have one speaker one after another: looked up once.
                var previous: (speaker: String, alias: String?)?
                for index in parts[part] {
                    guard let speaker = quotes[index].speaker else { continue }
                    let alias = previous?.speaker == speaker ? previous?.alias : aliases[speaker]
                    previous = (speaker, alias)
                    if let alias { quotes[index].speaker = alias }
                }
            }
        }
    }

    /// Runs of quotes for the cores, none too small to be worth a core.
    private static func parts(of count: Int) -> [Range<Int>] {
        let partCount = max(1, min(Parallel.coreCount, count / 10_000))
        return (0..<partCount).map { count * $0 / partCount..<count * ($0 + 1) / partCount }
    }

    /// Each speaker name that becomes another, and the name it becomes. Without `texts`, no
    /// name is joined by the articles that write it.
    static func aliases(_ quotes: [Quote], texts: TextColumn? = nil) -> [String: String] {
        let (quoted, shortForms) = count(quotes)
        // Only names that can take part are looked at: those of three words, those whose first
        // or last word is a speaker of one word, and those whose given name has other forms.
        let words = Set(quoted.keys.lazy.filter { isCandidateWord($0) }.map { Substring($0) })
        var people: [(name: String, words: [Substring])] = []
        for name in quoted.keys {
            let utf8 = name.utf8
            guard let firstSpace = utf8.firstIndex(of: 0x20), let lastSpace = utf8.lastIndex(of: 0x20) else { continue }
            let threeWords = firstSpace != lastSpace && !utf8[utf8.index(after: firstSpace)..<lastSpace].contains(0x20)
            guard words.contains(name[..<firstSpace]) || words.contains(name[utf8.index(after: lastSpace)...]) || threeWords
                    || hasGivenNameForms(name[..<firstSpace])
            else { continue }
            let nameWords = name.split(separator: " ")
            guard nameWords.count >= 2, SpeakerNames.looksLikePerson(name) else { continue }
            people.append((name, nameWords))
        }
        var aliases: [String: String] = [:]
        for (name, nameWords) in people where nameWords.count == 3 {
            let short = "\(nameWords[0]) \(nameWords[2])"
            if quoted[short, default: 0] >= withoutMiddleMultiple * quoted[name, default: 0], SpeakerNames.looksLikePerson(short) {
                aliases[name] = short
            }
        }
        if let texts { joinMiddleNamesWrittenTogether(people, quoted: quoted, quotes: quotes, texts: texts, into: &aliases) }
        joinGivenNameForms(people, quoted: quoted, into: &aliases)
        // "United Nations Nikki Haley" (of "Ambassador to the United Nations"), "Businessman
        // Donald Trump": the end of a description glued to a given name and a surname, when
        // the archive quotes that name alone too. Of three words, only when it quotes the name
        // alone at least as often: "Keisha Lance Bottoms" is not Lance Bottoms, and her given
        // name is in no list.
        for (name, nameQuotes) in quoted where aliases[name] == nil {
            guard let (short, wordCount) = givenNameAndSurnameAfterDescription(name), let shortQuotes = quoted[short],
                  wordCount >= 4 || shortQuotes >= nameQuotes else { continue }
            aliases[name] = aliases[short] ?? short
        }
        // Each person name as it will be, with its quotes and short forms, by last and by first word.
        var byLastWord: [Substring: [String: (quotes: Int, shortForms: Int)]] = [:]
        var asFirstWord: [Substring: Int] = [:]
        for (name, nameWords) in people {
            let unified = aliases[name] ?? name
            guard let first = nameWords.first, let last = nameWords.last else { continue }
            if words.contains(last) {
                byLastWord[last, default: [:]][unified, default: (0, 0)].quotes += quoted[name, default: 0]
                byLastWord[last, default: [:]][unified, default: (0, 0)].shortForms += shortForms[name, default: 0]
            }
            if words.contains(first) { asFirstWord[first, default: 0] += quoted[name, default: 0] }
        }
        for word in words {
            guard let names = byLastWord[word],
                  let best = names.max(by: { ($0.value.quotes, $1.key) < ($1.value.quotes, $0.key) }) else { continue }
            let all = names.values.reduce(0) { $0 + $1.quotes }
            if best.value.quotes >= leastQuotes, Double(best.value.quotes) >= leastShare * Double(all),
               best.value.shortForms >= leastShortForms,
               Double(asFirstWord[word, default: 0]) <= mostAsFirstName * Double(best.value.quotes) {
                aliases[String(word)] = best.key
            }
        }
        // "Beto O'Rourke" and "Beto O’Rourke": the same name with either apostrophe, as the
        // sources type it, is the more quoted spelling (the other's alias, if it has one).
        for name in quoted.keys where name.utf8.contains(0x27) {
            let curly = String(name.map { $0 == "'" ? "’" : $0 })
            guard let curlyQuotes = quoted[curly] else { continue }
            let (fewer, more) = curlyQuotes >= quoted[name, default: 0] ? (name, curly) : (curly, name)
            if aliases[fewer] == nil { aliases[fewer] = aliases[more] ?? more }
        }
        return aliases
    }

    /// "Sarah Huckabee Sanders" and "Sarah Sanders", quoted 447 and 514 times on AllSides,
    /// are one person: 14 of the articles that quote either write both. "John Bel Edwards"
    /// and "John Edwards", quoted as often as each other, are two, and no article writes
    /// both. Only a middle name written out counts: articles write "George W. Bush" and
    /// "George Bush" (his father) together, and "John F. Kennedy" and "John Kennedy" (the
    /// senator).
    private static func joinMiddleNamesWrittenTogether(_ people: [(name: String, words: [Substring])], quoted: [String: Int],
                                                      quotes: [Quote], texts: TextColumn, into aliases: inout [String: String]) {
        var pairs: [(full: String, short: String)] = []
        var pairOfSpeaker: [String: [Int]] = [:]
        // In the order of the names, not of the dictionary they came from: a short name may
        // be the short one of two pairs, and which pair joins it first must not change.
        let threeWords = people.filter { $0.words.count == 3 && aliases[$0.name] == nil }.sorted { $0.name < $1.name }
        for (name, words) in threeWords {
            let middle = words[1]
            let short = "\(words[0]) \(words[2])"
            guard middle.utf8.count > 1, !middle.utf8.contains(0x2E), quoted[short] != nil, aliases[short] == nil,
                  SpeakerNames.looksLikePerson(short) else { continue }
            pairOfSpeaker[name, default: []].append(pairs.count)
            pairOfSpeaker[short, default: []].append(pairs.count)
            pairs.append((name, short))
        }
        guard !pairs.isEmpty else { return }
        // The articles that quote either name of each pair, on every core. An article's
        // quotes often have one speaker one after another: looked up once (a string's hash
        // for each of the archive's quotes took 0.08 s on one core).
        let parts = parts(of: quotes.count), pairCount = pairs.count
        let found = Parallel.map(parts.count) { [pairOfSpeaker] part in
            var articles = [Set<Int32>](repeating: [], count: pairCount)
            var previous: (speaker: String, pairs: [Int]?)?
            for index in parts[part] {
                guard let speaker = quotes[index].speaker else { continue }
                let pairIndices = previous?.speaker == speaker ? previous?.pairs : pairOfSpeaker[speaker]
                previous = (speaker, pairIndices)
                for pair in pairIndices ?? [] { articles[pair].insert(quotes[index].article) }
            }
            return articles
        }
        let articles = (0..<pairs.count).map { pair in found.reduce(into: Set<Int32>()) { $0.formUnion($1[pair]) } }
        for (index, pair) in pairs.enumerated() {
            let full = Array(pair.full.utf8), short = Array(pair.short.utf8)
            var writingBoth = 0
            for row in articles[index] where Int(row) < texts.count {
                let both = texts.withUTF8(Int(row)) { ByteScan.containsWords(full, in: $0) && ByteScan.containsWords(short, in: $0) }
                if both { writingBoth += 1 }
                if writingBoth >= leastArticlesWritingBoth { break }
            }
            guard writingBoth >= leastArticlesWritingBoth else { continue }
            let fullQuotes = quoted[pair.full, default: 0], shortQuotes = quoted[pair.short, default: 0]
            let (fewer, more) = shortQuotes > fullQuotes ? (pair.full, pair.short) : (pair.short, pair.full)
            if aliases[fewer] == nil { aliases[fewer] = aliases[more] ?? more }
        }
    }

    /// Common short forms of given names, to the full forms they stand for. Not across sexes
    /// (Chris Matthews is not Christine Matthews), nor "Jack" for John (Jack Kennedy is not the
    /// senator John Kennedy).
    static let givenNameForms: [String: [String]] = [
        "chuck": ["charles"], "charlie": ["charles"], "jim": ["james"], "jimmy": ["james"], "bob": ["robert"],
        "bobby": ["robert"], "rob": ["robert"], "bill": ["william"], "billy": ["william"], "mike": ["michael"],
        "jerry": ["gerald", "jerrold", "jerome"], "bernie": ["bernard"], "dick": ["richard"], "rick": ["richard"],
        "tom": ["thomas"], "joe": ["joseph"], "ted": ["edward", "theodore"], "ed": ["edward"], "dan": ["daniel"],
        "danny": ["daniel"], "dave": ["david"], "steve": ["steven", "stephen"], "tony": ["anthony"],
        "chris": ["christopher"], "nick": ["nicholas"], "andy": ["andrew"], "ben": ["benjamin"],
        "jeff": ["jeffrey"], "ken": ["kenneth"], "larry": ["lawrence"], "ron": ["ronald"], "don": ["donald"],
        "pat": ["patrick"], "sam": ["samuel"], "tim": ["timothy"], "greg": ["gregory"],
        "matt": ["matthew"], "alex": ["alexander"], "mitch": ["mitchell"], "liz": ["elizabeth"],
        "beth": ["elizabeth"], "kate": ["katherine", "catherine"], "kathy": ["kathleen", "katherine", "kathryn"],
        "debbie": ["deborah"], "sue": ["susan"], "jen": ["jennifer"], "jenny": ["jennifer"], "becky": ["rebecca"],
        "maggie": ["margaret"], "peggy": ["margaret"], "fred": ["frederick"], "hank": ["henry"],
        "newt": ["newton"], "rudy": ["rudolph"], "vince": ["vincent"], "phil": ["philip", "phillip"],
    ]

    /// The full forms of `givenNameForms`.
    private static let fullGivenNames = Set(givenNameForms.values.joined())

    /// Names alike but for a given name and its short form ("Charles Schumer" and "Chuck Schumer",
    /// "Jerrold Nadler" and "Jerry Nadler") become the most quoted of them, unless a rule above
    /// already joined them to another name.
    private static func joinGivenNameForms(_ people: [(name: String, words: [Substring])], quoted: [String: Int],
                                           into aliases: inout [String: String]) {
        // By the words after the given name, but for a middle initial ("Charles E. Schumer"
        // is Chuck Schumer too), of the names whose given name has another form.
        var byRest: [[Substring]: [(name: String, forms: Set<String>, initials: [Substring])]] = [:]
        for (name, words) in people where aliases[name] == nil && words.count >= 2 && hasGivenNameForms(words[0]) {
            let given = words[0].lowercased()
            let rest = words.dropFirst().filter { !isInitial($0) }
            guard !rest.isEmpty else { continue }
            byRest[rest, default: []].append((name, Set([given] + (givenNameForms[given] ?? [])), words.filter(isInitial)))
        }
        for group in byRest.values where group.count > 1 {
            // Each name joins the most quoted name whose given name is a form of its own, and
            // whose initials are its own or none ("Robert C. Smith" is not Robert L. Smith).
            for (name, forms, initials) in group {
                let alike = group.filter {
                    !$0.forms.isDisjoint(with: forms) && ($0.initials.isEmpty || initials.isEmpty || $0.initials == initials)
                }
                guard let best = alike.max(by: { (quoted[$0.name, default: 0], $1.name) < (quoted[$1.name, default: 0], $0.name) }),
                      best.name != name else { continue }
                aliases[name] = best.name
            }
        }
    }

    /// `word` is a given name with other forms ("Chuck", "Charles").
    private static func hasGivenNameForms(_ word: Substring) -> Bool {
        let given = word.lowercased()
        return givenNameForms[given] != nil || fullGivenNames.contains(given)
    }

    /// The last two words of `name`, and its number of words, when they are a given name
    /// and a surname after a word that is none of a given name, an initial, a particle or
    /// "and" ("Fred and Cindy Warmbier" are two people).
    private static func givenNameAndSurnameAfterDescription(_ name: String) -> (name: String, words: Int)? {
        // Most speakers have one or two words: counted in bytes before splitting.
        guard name.utf8.count(where: { $0 == 0x20 }) >= 2 else { return nil }
        let words = name.split(separator: " ")
        let given = words[words.count - 2], before = words[words.count - 3]
        guard Sex(givenNameOf: String(given)) != nil, Sex(givenNameOf: String(before)) == nil,
              !isInitial(before), before.utf8.count > 1, before != "and",
              !SpeakerNames.nameParticles.contains(String(before)) else { return nil }
        return ("\(given) \(words[words.count - 1])", words.count)
    }

    /// "E.": a capital and a full stop.
    private static func isInitial(_ word: Substring) -> Bool {
        let utf8 = word.utf8
        return utf8.count == 2 && utf8.last == 0x2E && (0x41...0x5A).contains(utf8.first!)
    }

    /// A speaker of one capitalized word that is no pronoun ("I"): one a full name may take.
    private static func isCandidateWord(_ speaker: String) -> Bool {
        !speaker.utf8.contains(0x20) && SpeakerNames.isCapitalized(speaker)
            && !WordClassTable.classes(ofFirstWordOf: speaker).contains(.pronoun)
    }

    /// The quotes of each speaker, and of each name the quotes whose mention is a short form
    /// of it (`isShortForm`): counted on every core, a part of the quotes each, then added up.
    private static func count(_ quotes: [Quote]) -> (quoted: [String: Int], shortForms: [String: Int]) {
        let parts = parts(of: quotes.count)
        let counted = Parallel.map(parts.count) { part in
            var quoted: [String: Int] = [:], shortForms: [String: Int] = [:]
            // An article's few speakers, counted in a short list first, then into the tables.
            var article: [(speaker: String, quotes: Int, shortForms: Int)] = []
            var articleRow: Int32 = -1
            func endArticle() {
                for (speaker, count, short) in article {
                    quoted[speaker, default: 0] += count
                    if short > 0 { shortForms[speaker, default: 0] += short }
                }
                article.removeAll(keepingCapacity: true)
            }
            for index in parts[part] {
                // Only names take part: "the president" and "they" are not counted.
                guard let speaker = quotes[index].speaker, SpeakerNames.isCapitalized(speaker) else { continue }
                if quotes[index].article != articleRow {
                    endArticle()
                    articleRow = quotes[index].article
                }
                let isShort = quotes[index].mention.map { isShortForm($0, of: speaker) } ?? false
                if let known = article.firstIndex(where: { $0.speaker == speaker }) {
                    article[known].quotes += 1
                    if isShort { article[known].shortForms += 1 }
                } else {
                    article.append((speaker, 1, isShort ? 1 : 0))
                }
            }
            endArticle()
            return (quoted, shortForms)
        }
        var (quoted, shortForms) = counted[0]
        for part in counted.dropFirst() {
            quoted.merge(part.0, uniquingKeysWith: +)
            shortForms.merge(part.1, uniquingKeysWith: +)
        }
        return (quoted, shortForms)
    }

    /// `mention` is another form of the name `speaker` with its last word: "Trump" or
    /// "President Trump" of "Donald Trump".
    static func isShortForm(_ mention: String, of speaker: String) -> Bool {
        // Most mentions that are not the name are pronouns: their last letter tells.
        guard mention.utf8.last == speaker.utf8.last, mention != speaker,
              let space = speaker.utf8.lastIndex(of: 0x20) else { return false }
        let lastWord = String(speaker[speaker.utf8.index(after: space)...])
        return mention == lastWord || SpeakerNames.endsWith(mention, " " + lastWord)
    }
}
