/// Quote extraction, for callers outside the loader (the evaluation, tests).
public enum Quotes {
    /// The quotes of a text, as the loader finds them in an article's text.
    public static func extract(from text: String) -> [Quote] {
        var copy = text
        return copy.withUTF8 { QuoteExtractor.quotes(in: $0, article: 0) }
    }
}
