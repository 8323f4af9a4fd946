/// What kind of quote: said by someone, in full or in part, or nobody's words.
public enum QuoteKind: String, Sendable, CaseIterable {
    /// A quoted sentence or more.
    case direct
    /// A quoted fragment inside the writer's sentence, attributed.
    case partial
    /// Scare quotes, quoted names and titles: nobody said them.
    case unattributed
}

/// One quote found in an article.
public struct Quote: Sendable, Equatable {
    public var article: Int32
    /// Byte offsets into the article text, marks included.
    public var start: Int
    public var end: Int
    /// The quoted text, without the marks.
    public var text: String
    public var kind: QuoteKind
    /// The speaker as written ("Aliyev", "she", "the ministry"), and where.
    public var mention: String?
    public var mentionStart: Int?
    public var mentionEnd: Int?
    /// The speaker's fullest name in the article, titles stripped ("Ilham Aliyev").
    public var speaker: String?
    /// The reporting verb or phrase ("said", "according to").
    public var cue: String?
    /// Unicode scalar offsets of `start` and `end`, as the gold files count.
    public var scalarStart = 0
    public var scalarEnd = 0
    public var mentionScalarStart: Int?
    public var mentionScalarEnd: Int?
}
