/// Turns records into an `Archive`: columns first, then every text tokenized on all cores.
enum ArchiveBuilder {
    /// `elapsed` gives the seconds the whole load took, asked once the tokens are built.
    /// `files` hold the texts that lie in them (`ArticleRecord.textInFile`).
    static func build(records: [ArticleRecord], files: inout [FileBytes], warnings: [LoadWarning], statistics: LoadStatistics,
                      clock: inout PhaseClock, elapsed: () -> Double) -> Archive {
        let columns = ArticleColumns(records, files: &files)
        clock.lap("columns")
        let (vocabulary, tokens) = tokenize(columns.texts, clock: &clock)
        var quotes = QuoteColumn.extract(columns.texts, tokens: tokens)
        clock.lap("quotes")
        // The word index needs only the tokens: built beside the speakers' steps, whose loops
        // over the archive's names leave a core idle (0.47 and 0.48 s one after the other).
        let vocabularySize = vocabulary.count
        let wordIndex = Parallel.beside({ WordIndex(tokens: tokens, vocabularySize: vocabularySize) }, while: {
            AuthorSpeakers.resolve(&quotes.quotes, articleStarts: quotes.articleStarts, authors: columns.authors)
            ArchiveSpeakers.unify(&quotes.quotes, texts: columns.texts)
            Presidents.resolve(&quotes.quotes, articleStarts: quotes.articleStarts, dates: columns.dates, texts: columns.texts)
        })
        clock.lap("speakers and word index")
        var statistics = statistics
        statistics.seconds = elapsed()
        return Archive(columns: columns, vocabulary: vocabulary, tokens: tokens, wordIndex: wordIndex, quotes: quotes,
                       warnings: warnings, statistics: statistics)
    }

    /// Each chunk of articles is tokenized with a vocabulary of its own, on every core; the
    /// chunks are committed in order (`TokenCommits`), so ids do not depend on timing, and each
    /// chunk's words are written into the archive's column with the archive's ids.
    /// `chunks` sets the number of chunks (tests); the ids are the same whatever it is.
    static func tokenize(_ texts: TextColumn, chunks wanted: Int? = nil, clock: inout PhaseClock) -> (Vocabulary, TokenColumn) {
        // Chunks of at most about 8 MB of text: a chunk's vocabulary grows with its text, and
        // past a size its table no longer stays in the cache (four times AllSides in 16
        // chunks tokenized in 9.8 s, in 112 chunks in 8.4 s; AllSides itself the same).
        let chunkCount = min(texts.count, wanted ?? max(Parallel.coreCount * 8, texts.bytes.count / (8 << 20)))
        let bounds = (0...chunkCount).map { texts.count * $0 / max(chunkCount, 1) }
        let commits = TokenCommits(chunks: chunkCount)
        // A word is followed by a byte that is no word's, or ends its text: an article of n
        // bytes has at most (n + 1) / 2 words. Room for that many; pages never written are
        // never given memory.
        let room = (texts.bytes.count + texts.count) / 2 + 1
        var offsets: [UInt32] = []
        let ids = [UInt32](unsafeUninitializedCapacity: room) { ids, idCount in
            offsets = [UInt32](unsafeUninitializedCapacity: room) { offsets, offsetCount in
                let idBase = UInt(bitPattern: ids.baseAddress), offsetBase = UInt(bitPattern: offsets.baseAddress)
                _ = Parallel.map(min(Parallel.coreCount, chunkCount)) { _ in
                    var buffers = ChunkBuffers()
                    defer { buffers.deallocate() }
                    while let chunk = commits.takeChunk() {
                        let (vocabulary, wordCounts, count) = tokenizeChunk(texts, rows: bounds[chunk]..<bounds[chunk + 1], into: &buffers)
                        let (firstWord, toArchive) = commits.commit(chunk, vocabulary: vocabulary, wordCounts: wordCounts,
                                                                    breaks: UnsafeBufferPointer(rebasing: buffers.breaks[..<count]))
                        let idsOut = UnsafeMutablePointer<UInt32>(bitPattern: idBase)! + firstWord
                        let offsetsOut = UnsafeMutablePointer<UInt32>(bitPattern: offsetBase)! + firstWord
                        toArchive.withUnsafeBufferPointer { map in
                            for k in 0..<count { idsOut[k] = map[Int(buffers.ids[k])] }
                        }
                        offsetsOut.update(from: buffers.offsets.baseAddress!, count: count)
                    }
                }
                offsetCount = commits.wordCount
            }
            idCount = offsets.count
        }
        clock.lap("tokenize")
        var tokens = TokenColumn()
        tokens.ids = StoredArray(ids)
        tokens.offsets = StoredArray(offsets)
        tokens.articleStarts = commits.articleStarts
        tokens.sentenceStarts = BitSet(count: 0)
        tokens.sentenceStarts.words = commits.sentenceBits
        return (commits.vocabulary, tokens)
    }

    /// One core's room for a chunk's words: their ids in the chunk's vocabulary, offsets and
    /// sentence breaks, kept from chunk to chunk and grown when a chunk needs more; and for
    /// an article's words before they are interned, kept from article to article. Buffers,
    /// not arrays: an array appended to word by word in the tokenizer's closure was retained
    /// and released for every word.
    private struct ChunkBuffers {
        var ids = UnsafeMutableBufferPointer<UInt32>(start: nil, count: 0)
        var offsets = UnsafeMutableBufferPointer<UInt32>(start: nil, count: 0)
        var breaks = UnsafeMutableBufferPointer<Bool>(start: nil, count: 0)
        var pending = UnsafeMutableBufferPointer<Vocabulary.KeyedWord>(start: nil, count: 0)
        var lowered = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

        mutating func reserve(_ words: Int) {
            guard words > ids.count else { return }
            ids.deallocate()
            offsets.deallocate()
            breaks.deallocate()
            ids = .allocate(capacity: words)
            offsets = .allocate(capacity: words)
            breaks = .allocate(capacity: words)
        }

        /// Room for an article of `bytes` bytes: its words, and their bytes lower-cased (at
        /// most three for every two of the text, `İ` to `i̇`).
        mutating func reserveArticle(_ bytes: Int) {
            let words = (bytes + 1) / 2 + 1
            if words > pending.count {
                pending.deallocate()
                pending = .allocate(capacity: max(words, pending.count * 2))
            }
            if bytes * 2 + 8 > lowered.count {
                lowered.deallocate()
                lowered = .allocate(capacity: max(bytes * 2 + 8, lowered.count * 2))
            }
        }

        func deallocate() {
            ids.deallocate()
            offsets.deallocate()
            breaks.deallocate()
            pending.deallocate()
            lowered.deallocate()
        }
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

    /// The words of `rows` into `buffers`: the chunk's vocabulary, each article's word count,
    /// and the number of words. An article is read in two passes: its words and their keys,
    /// then their ids, so that the vocabulary can fetch each word's slot ahead of its turn.
    private static func tokenizeChunk(_ texts: TextColumn, rows: Range<Int>,
                                      into buffers: inout ChunkBuffers) -> (Vocabulary, [Int], Int) {
        var vocabulary = Vocabulary()
        var wordCounts: [Int] = []
        wordCounts.reserveCapacity(rows.count)
        let bytes = rows.isEmpty ? 0 : texts.starts[rows.upperBound] - texts.starts[rows.lowerBound]
        buffers.reserve((bytes + rows.count) / 2 + 1)
        let (ids, offsets, breaks) = (buffers.ids, buffers.offsets, buffers.breaks)
        var count = 0
        for row in rows {
            let before = count
            texts.withUTF8(row) { text in
                buffers.reserveArticle(text.count)
                let (pending, lowered) = (buffers.pending, buffers.lowered)
                var loweredCount = 0
                var previousEnd = -1
                Tokenizer.forEachWord(in: text) { start, end, word in
                    // A word in lower case is where it lies in the text; another is copied.
                    var bytes = word
                    if word.baseAddress! < text.baseAddress! || word.baseAddress! >= text.baseAddress! + text.count {
                        let copy = UnsafeMutableBufferPointer(rebasing: lowered[loweredCount..<loweredCount + word.count])
                        _ = copy.initialize(fromContentsOf: word)
                        bytes = UnsafeBufferPointer(copy)
                        loweredCount += word.count
                    }
                    pending[count - before] = Vocabulary.KeyedWord(key: Vocabulary.key(bytes), bytes: bytes)
                    offsets[count] = UInt32(truncatingIfNeeded: start)
                    breaks[count] = previousEnd < 0 || Self.separatesSentences(text, previousEnd..<start)
                    previousEnd = end
                    count += 1
                }
                vocabulary.intern(UnsafeBufferPointer(rebasing: pending[..<(count - before)]), into: ids.baseAddress! + before)
            }
            wordCounts.append(count - before)
        }
        return (vocabulary, wordCounts, count)
    }
}
