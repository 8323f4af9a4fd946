import Testing
@testable import Engine

/// The n-gram table's counting and growth, on keys made for the test.
@Suite struct NGramTableTests {
    private func add(_ pairs: [(UInt32, UInt32, Int32)], to table: inout NGramTable) {
        let entries = pairs.map { pair in
            [pair.0, pair.1].withUnsafeBufferPointer { (key: NGramKey($0.baseAddress!, size: 2), row: pair.2) }
        }
        entries.withUnsafeBufferPointer { table.add($0) }
    }

    private func counts(_ table: NGramTable) -> [[UInt32]: (Int, Int)] {
        var result: [[UInt32]: (Int, Int)] = [:]
        table.forEach { count, documents, words in result[NGramKey.ids(words, size: 2)] = (count, documents) }
        return result
    }

    /// A batch of one n-gram repeated does not grow the table: it grows as it fills.
    @Test func repeatsDoNotGrowTheTable() {
        var table = NGramTable(size: 2)
        let before = table.capacity
        add((0..<60_000).map { (7, 9, Int32($0 / 1000)) }, to: &table)
        #expect(table.capacity == before)
        #expect(table.occupied == 1)
        #expect(counts(table)[[7, 9]]! == (60_000, 60))
    }

    /// Many distinct pairs over several articles, counted and grown, against a dictionary
    /// count of the same pairs.
    @Test func countsSurviveGrowth() {
        var expected: [[UInt32]: (Int, Set<Int32>)] = [:]
        var table = NGramTable(size: 2)
        for row in Int32(0)..<40 {
            let pairs = (0..<2000).map { k in (UInt32((Int(row) * 31 + k * 7) % 3001), UInt32(k % 13), row) }
            for pair in pairs {
                let entry = expected[[pair.0, pair.1], default: (0, [])]
                expected[[pair.0, pair.1]] = (entry.0 + 1, entry.1.union([pair.2]))
            }
            add(pairs, to: &table)
        }
        let found = counts(table)
        #expect(found.count == expected.count)
        #expect(expected.allSatisfy { key, value in found[key].map { $0 == (value.0, value.1.count) } ?? false })
    }

    /// The first guess takes the 256 most frequent words, and those tied with the last; words
    /// excluded (stop words, for pairs) are never kept; a small vocabulary is counted whole.
    @Test func candidatesAreTheMostFrequentWords() throws {
        // Word w occurs 1000 - w times; words 0 and 1 are excluded.
        var counts = (0..<1000).map { 1000 - $0 }
        counts[300] = counts[257]                 // tied with the 256th word counted
        var excluded = [Bool](repeating: false, count: counts.count)
        excluded[0] = true
        excluded[1] = true
        let guess = try #require(NGramCandidates.guess(counts: counts, excluded: excluded))
        // The eligible words are 2... with counts 998, 997, ...; the 256th is word 257 (743).
        #expect(guess.threshold == 743)
        #expect(guess.keep.indices.filter { guess.keep[$0] } == Array(2...257) + [300])
        #expect(guess.holdsTop(kth: 743))
        #expect(!guess.holdsTop(kth: 742))
        #expect(NGramCandidates.guess(counts: Array(counts.prefix(500)), excluded: nil) == nil)
    }
}
