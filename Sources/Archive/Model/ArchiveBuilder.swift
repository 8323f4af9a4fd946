/// Turns records into an `Archive`: columns first, then every text tokenized on all cores.
enum ArchiveBuilder {
    /// `elapsed` gives the seconds the whole load took, asked once the tokens are built.
    static func build(records: [ArticleRecord], warnings: [LoadWarning], statistics: LoadStatistics,
                      clock: inout PhaseClock, elapsed: () -> Double) -> Archive {
        let columns = ArticleColumns(records)
        clock.lap("columns")
        let (vocabulary, tokens) = tokenize(columns.texts, clock: &clock)
        clock.lap("tokens")
        let quotes = QuoteColumn.extract(columns.texts, tokens: tokens)
        clock.lap("quotes")
        let wordIndex = WordIndex(tokens: tokens, vocabularySize: vocabulary.count)
        clock.lap("word index")
        var statistics = statistics
        statistics.seconds = elapsed()
        return Archive(columns: columns, vocabulary: vocabulary, tokens: tokens, wordIndex: wordIndex, quotes: quotes,
                       warnings: warnings, statistics: statistics)
    }

    /// Each chunk of articles is tokenized with a vocabulary of its own; the chunk
    /// vocabularies are then merged in order, so ids do not depend on timing, and each
    /// chunk's ids are rewritten into the archive's, in parallel, in place.
    /// `chunks` sets the number of chunks (tests); the ids are the same whatever it is.
    static func tokenize(_ texts: TextColumn, chunks wanted: Int? = nil, clock: inout PhaseClock) -> (Vocabulary, TokenColumn) {
        // Chunks of at most about 8 MB of text: a chunk's vocabulary grows with its text, and
        // past a size its table no longer stays in the cache (four times AllSides in 16
        // chunks tokenized in 9.8 s, in 112 chunks in 8.4 s; AllSides itself the same).
        let chunkCount = min(texts.count, wanted ?? max(Parallel.coreCount * 8, texts.bytes.count / (8 << 20)))
        let bounds = (0...chunkCount).map { texts.count * $0 / max(chunkCount, 1) }
        let chunks = Parallel.map(chunkCount) { chunk in
            tokenizeChunk(texts, rows: bounds[chunk]..<bounds[chunk + 1])
        }
        clock.lap("tokenize chunks")
        var vocabulary = Vocabulary(capacity: 1 << 16)
        let toGlobal = chunks.map { chunk in
            (0..<UInt32(chunk.vocabulary.count)).map { id in chunk.vocabulary.withWord(id) { vocabulary.intern($0) } }
        }
        var tokens = TokenColumn()
        for chunk in chunks { tokens.articleStarts.append(contentsOf: chunk.wordCounts.reductions(from: tokens.articleStarts.last!)) }
        let total = tokens.articleStarts.last!
        let firstToken = (0..<chunkCount).map { tokens.articleStarts[bounds[$0]] }
        tokens.ids = StoredArray([UInt32](unsafeUninitializedCapacity: total) { ids, filled in
            let base = UInt(bitPattern: ids.baseAddress)
            _ = Parallel.map(chunkCount) { index in
                let out = UnsafeMutablePointer<UInt32>(bitPattern: base)! + firstToken[index]
                let map = toGlobal[index]
                for (k, local) in chunks[index].ids.enumerated() { out[k] = map[Int(local)] }
            }
            filled = total
        })
        clock.lap("merge vocabularies, rewrite ids")
        // Each chunk's offsets copied in place on its own core, as the ids are: one copy of
        // hundreds of megabytes on one core took a second at twice AllSides' size.
        tokens.offsets = StoredArray([UInt32](unsafeUninitializedCapacity: total) { offsets, filled in
            let base = UInt(bitPattern: offsets.baseAddress)
            _ = Parallel.map(chunkCount) { index in
                let out = UnsafeMutablePointer<UInt32>(bitPattern: base)! + firstToken[index]
                chunks[index].offsets.withUnsafeBufferPointer { chunk in
                    if let start = chunk.baseAddress { out.update(from: start, count: chunk.count) }
                }
            }
            filled = total
        })
        clock.lap("offsets")
        tokens.sentenceStarts = BitSet(count: total)
        var position = 0
        for chunk in chunks {
            for isStart in chunk.breaks {
                if isStart { tokens.sentenceStarts.insert(position) }
                position += 1
            }
        }
        return (vocabulary, tokens)
    }

    private struct ChunkTokens: Sendable {
        var vocabulary = Vocabulary()
        var ids: [UInt32] = []
        var offsets: [UInt32] = []
        var breaks: [Bool] = []
        var wordCounts: [Int] = []
    }

    /// Whether the text between two words ends a sentence or a paragraph: a full stop,
    /// question or exclamation mark, or a line break. (So `Mr. Smith` counts as two
    /// sentences: a simple rule, stated in docs/statistics.md.)
    static func separatesSentences(_ text: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        for i in gap {
            switch text[i] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A: return true
            default: continue
            }
        }
        return false
    }

    private static func tokenizeChunk(_ texts: TextColumn, rows: Range<Int>) -> ChunkTokens {
        var chunk = ChunkTokens()
        chunk.wordCounts.reserveCapacity(rows.count)
        // Every word starts at a byte of its own, so there are at most as many words as bytes:
        // room for that many, written through pointers (an append per word, checking the
        // array each time, was slower). Pages never written are never given memory.
        let bytes = rows.isEmpty ? 0 : texts.starts[rows.upperBound] - texts.starts[rows.lowerBound]
        var offsets: [UInt32] = [], breaks: [Bool] = []
        chunk.ids = [UInt32](unsafeUninitializedCapacity: bytes) { ids, idCount in
            offsets = [UInt32](unsafeUninitializedCapacity: bytes) { offsets, offsetCount in
                breaks = [Bool](unsafeUninitializedCapacity: bytes) { breaks, breakCount in
                    var count = 0
                    for row in rows {
                        let before = count
                        texts.withUTF8(row) { text in
                            var previousEnd = -1
                            Tokenizer.forEachWord(in: text) { start, end, word in
                                ids[count] = chunk.vocabulary.intern(word)
                                offsets[count] = UInt32(truncatingIfNeeded: start)
                                breaks[count] = previousEnd < 0 || Self.separatesSentences(text, previousEnd..<start)
                                previousEnd = end
                                count += 1
                            }
                        }
                        chunk.wordCounts.append(count - before)
                    }
                    breakCount = count
                }
                offsetCount = breaks.count
            }
            idCount = offsets.count
        }
        chunk.offsets = offsets
        chunk.breaks = breaks
        return chunk
    }
}

private extension Array where Element == Int {
    /// Running totals after `start`: [2, 3] from 10 gives [12, 15].
    func reductions(from start: Int) -> [Int] {
        var total = start
        return map { total += $0; return total }
    }
}
