import Archive
import Foundation
import Language

/// Where a search term occurs in an article's words: a word or phrase (its words in
/// sequence), or a regular expression that a whole word must match.
struct TermMatcher {
    private enum Kind {
        case sequence([UInt32])
        case anyOf([Bool])
        case nothing
    }

    private let kind: Kind
    /// Words a match covers: the phrase's length, or 1.
    let length: Int

    /// A regular expression is tried on every word of the vocabulary, under one time limit
    /// for all of them (`RegexCache.timeLimit` of their characters).
    init(_ term: SearchTerm, archive: Archive, at range: SourceRange,
         isCancelled: @escaping @Sendable () -> Bool = { false }) throws(Diagnostic) {
        switch term {
        case .words(let text):
            let words = Tokenizer.words(of: text)
            guard !words.isEmpty else { throw Diagnostic(.type, "the term \"\(text)\" has no words to look for", at: range) }
            length = words.count
            kind = archive.wordIDs(words).map(Kind.sequence) ?? .nothing
        case .regex(let pattern, let flags):
            let regex = try RegexCache.compile("^(?:" + pattern + ")$", flags: flags, at: range)
            var matches = [Bool](repeating: false, count: archive.vocabulary.count)
            let watched = RegexCache.mayBacktrackWithoutEnd(pattern)
            let limit = RegexCache.timeLimit(characters: archive.vocabulary.count * 8)
            let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(limit * 1e9)
            for id in 0..<archive.vocabulary.count {
                switch RegexCache.search(regex, in: archive.vocabulary[UInt32(id)], watched: watched, isCancelled: isCancelled,
                                         deadline: deadline, limit: limit) {
                case .found: matches[id] = true
                case .notFound: break
                case .interrupted: throw Diagnostic(.interrupted, "interrupted", at: range)
                case .tooSlow(let seconds):
                    throw Diagnostic(.runtime, "/\(pattern)/ ran \(seconds) s over the vocabulary without an answer and was stopped; "
                                     + "nested repeats such as (a+)+ backtrack without end: rewrite it", at: range)
                }
            }
            length = 1
            kind = .anyOf(matches)
        }
    }

    /// How many matches start in `range` of one article.
    func count(in range: Range<Int>, ids: UnsafeBufferPointer<UInt32>) -> Int {
        var found = 0
        matches(in: range, ids: ids) { _ in found += 1 }
        return found
    }

    /// The positions (in the archive's token column) where a match starts, in one article.
    func matches(in range: Range<Int>, ids: UnsafeBufferPointer<UInt32>, _ body: (Int) -> Void) {
        switch kind {
        case .nothing: return
        case .anyOf(let mask):
            for position in range where mask[Int(ids[position])] { body(position) }
        case .sequence(let sequence):
            guard range.count >= sequence.count else { return }
            let first = sequence[0]
            for position in range.lowerBound...(range.upperBound - sequence.count) where ids[position] == first {
                var k = 1
                while k < sequence.count, ids[position + k] == sequence[k] { k += 1 }
                if k == sequence.count { body(position) }
            }
        }
    }
}
