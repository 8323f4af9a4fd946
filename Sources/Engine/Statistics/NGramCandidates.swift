/// The words the most frequent n-grams can be made of. No n-gram occurs more often than
/// the rarest of its words. So when the `limit`-th most frequent n-gram made only of
/// candidate words is counted at least `threshold` times, and every other word occurs fewer
/// times than that, no n-gram holding another word reaches the top, not even in a tie. The
/// top 20 pairs of a news archive then need only the places where two of its few hundred
/// most frequent words meet, counted in a table that stays in the cache.
struct NGramCandidates {
    /// How many of the most frequent words the first guess takes.
    static let firstGuess = 256

    /// `keep[id]`: the word may be in a top n-gram.
    let keep: [Bool]
    /// Every word left out occurs fewer times than this.
    let threshold: Int

    /// The words that occur at least `threshold` times, but none of `excluded` (words no
    /// counted n-gram can hold).
    init(counts: [Int], threshold: Int, excluded: [Bool]?) {
        keep = counts.indices.map { counts[$0] >= threshold && !(excluded?[$0] ?? false) }
        self.threshold = threshold
    }

    /// The first guess: the `firstGuess` most frequent words (and any tied with the last of
    /// them). Nil when there are not many more words than that: counting them all is cheap.
    static func guess(counts: [Int], excluded: [Bool]?) -> NGramCandidates? {
        let eligible = counts.indices.lazy.filter { counts[$0] > 0 && !(excluded?[$0] ?? false) }.map { counts[$0] }
        guard eligible.count > 2 * firstGuess else { return nil }
        return NGramCandidates(counts: counts, threshold: FrequencyRanking.kthLargest(eligible, firstGuess), excluded: excluded)
    }

    /// The counts made with these candidates hold the true top: their `limit`-th count
    /// (`kth`, 0 when fewer n-grams were counted) is at least the threshold.
    func holdsTop(kth: Int) -> Bool { kth >= threshold }
}
