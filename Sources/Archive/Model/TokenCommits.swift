import Foundation
import Synchronization

/// The archive's token column, written once, while the chunks of articles are tokenized on
/// every core. Each core tokenizes a chunk into buffers of its own, kept from chunk to chunk;
/// the chunks are then committed in article order: a chunk's new words join the archive's
/// vocabulary in the order of the chunks, so ids do not depend on timing, and its words take
/// the places after the chunks before it. Only the commit is done one chunk at a time; the
/// words are copied into their places on the chunk's own core.
///
/// Before, each chunk kept its tokens in arrays of its own, copied into the column at the
/// end: as many new pages again as the column itself (AllSides' load took 464,000 page
/// faults with them, 397,000 without).
final class TokenCommits: @unchecked Sendable {
    private let condition = NSCondition()
    private let nextChunk = Atomic<Int>(0)
    private let chunkCount: Int
    private var committedChunks = 0
    private(set) var vocabulary = Vocabulary(capacity: 1 << 16)
    /// The words committed so far.
    private(set) var wordCount = 0
    private(set) var articleStarts: [Int] = [0]
    /// The sentence starts as `BitSet` words, one bit per word committed.
    private(set) var sentenceBits: [UInt64] = []

    init(chunks: Int) {
        chunkCount = chunks
    }

    /// The next chunk to tokenize, or nil when every chunk is taken.
    func takeChunk() -> Int? {
        let chunk = nextChunk.wrappingAdd(1, ordering: .relaxed).oldValue
        return chunk < chunkCount ? chunk : nil
    }

    /// Commits chunk `index`, once every chunk before it is committed: the archive's ids of
    /// its vocabulary's words, and the position of its first word in the column.
    func commit(_ index: Int, vocabulary chunkVocabulary: Vocabulary, wordCounts: [Int],
                breaks: UnsafeBufferPointer<Bool>) -> (firstWord: Int, ids: [UInt32]) {
        condition.lock()
        defer { condition.unlock() }
        while committedChunks != index { condition.wait() }
        // Each loop is one access to a property: a property of a class touched word by word
        // is checked for exclusive access every time (a third of the commit's instructions).
        let ids = vocabulary.ids(of: chunkVocabulary)
        let firstWord = wordCount
        for count in wordCounts {
            wordCount += count
            articleStarts.append(wordCount)
        }
        Self.append(breaks, from: firstWord, to: &sentenceBits)
        committedChunks += 1
        condition.broadcast()
        return (firstWord, ids)
    }

    /// The sentence starts of words from position `first` on, as bits after those before.
    private static func append(_ breaks: UnsafeBufferPointer<Bool>, from first: Int, to bits: inout [UInt64]) {
        for (k, isStart) in breaks.enumerated() {
            let position = first + k
            if position & 63 == 0 { bits.append(0) }
            if isStart { bits[position >> 6] |= 1 << UInt64(position & 63) }
        }
    }
}
