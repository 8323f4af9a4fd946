import Archive

/// The words `words`, `ngrams`, `collocates` and `keyness` leave out unless told `all`:
/// by default a list of English function words written for morgue (articles, pronouns,
/// prepositions, conjunctions, auxiliaries, and their contractions with ' and ’).
public struct Stopwords: Sendable {
    public let name: String
    public let words: Set<String>

    public init(name: String, words: Set<String>) {
        self.name = name
        self.words = words
    }

    public static let none = Stopwords(name: "none", words: [])

    public static let english: Stopwords = {
        let base = """
            a about above after again against all also am an and any are as at be because been before being below
            between both but by can could did do does doing down during each few for from further had has have having
            he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
            nor not now of off on once only or other our ours ourselves out over own same she should so some such than
            that the their theirs them themselves then there these they this those through to too under until up upon
            very was we were what when where which while who whom whose why will with would you your yours yourself
            yourselves may might must shall
            """
        let contractions = """
            don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't
            shouldn't it's that's there's he's she's i'm you're we're they're i've you've we've they've i'd you'd he'd
            she'd we'd they'd i'll you'll he'll she'll we'll they'll let's what's who's
            """
        var words = Set(base.split(whereSeparator: \.isWhitespace).map(String.init))
        for contraction in contractions.split(whereSeparator: \.isWhitespace) {
            words.insert(String(contraction))
            words.insert(contraction.replacingOccurrences(of: "'", with: "’"))
        }
        return Stopwords(name: "english", words: words)
    }()

    /// One word a line (or several a line, separated by white space); `#` starts a comment.
    public static func parse(_ text: String, name: String) -> Stopwords {
        let words = text.split(separator: "\n").flatMap { line in
            (line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                .split(whereSeparator: \.isWhitespace).flatMap { Tokenizer.words(of: String($0)) }
        }
        return Stopwords(name: name, words: Set(words))
    }

    /// For each word id of the archive, whether it is a stop word.
    func mask(for archive: Archive) -> [Bool] {
        var mask = [Bool](repeating: false, count: archive.vocabulary.count)
        for word in words { if let id = archive.vocabulary.id(of: word) { mask[Int(id)] = true } }
        return mask
    }
}

private extension Substring {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
