/// Every part of a loaded archive, written to a snapshot and read back exactly: the columns,
/// the vocabulary and tokens, the word index, the quotes, the warnings. What a load computes
/// is stored, not recomputed, so that reopening costs little more than reading the file.
extension Archive {
    func encode(into writer: inout SnapshotWriter) {
        columns.encode(into: &writer)
        vocabulary.encode(into: &writer)
        tokens.encode(into: &writer)
        writer.write(array: wordIndex.starts)
        writer.write(array: wordIndex.rows)
        // A section of its own, read when a statement first asks for quotes.
        writer.writeSection { quotes.encode(into: &$0) }
        writer.write(warnings.count)
        for warning in warnings {
            writer.write(warning.file)
            writer.write(warning.line)
            writer.write(warning.column)
            writer.write(warning.message)
        }
        for figure in [statistics.files, statistics.bytes, statistics.skippedFiles, statistics.skippedRecords] {
            writer.write(figure)
        }
    }

    static func decode(from reader: inout SnapshotReader) throws(SnapshotError) -> Archive {
        let columns = try ArticleColumns(from: &reader)
        let vocabulary = try Vocabulary(from: &reader)
        let tokens = try TokenColumn(from: &reader)
        let wordIndex = WordIndex(starts: try reader.readStored(Int.self), rows: try reader.readStored(Int32.self))
        let quotes = try reader.readSection()
        var warnings: [LoadWarning] = []
        for _ in 0..<(try reader.count()) {
            warnings.append(LoadWarning(file: try reader.readString(), line: try reader.readOptionalInt(),
                                        column: try reader.readOptionalInt(), message: try reader.readString()))
        }
        var statistics = LoadStatistics()
        statistics.files = try reader.read(Int.self)
        statistics.bytes = try reader.read(Int.self)
        statistics.skippedFiles = try reader.read(Int.self)
        statistics.skippedRecords = try reader.read(Int.self)
        // Every part must agree on the number of articles and words, or nothing is used.
        let articles = columns.count
        guard columns.texts.count == articles, tokens.articleStarts.count == articles + 1,
              tokens.offsets.count == tokens.ids.count,
              tokens.articleStarts.last == tokens.ids.count, wordIndex.starts.count == vocabulary.count + 1,
              wordIndex.starts.last == wordIndex.rows.count,
              Self.allBelow(vocabulary.count, tokens.ids), reader.isAtEnd else {
            throw .corrupt("the parts of the snapshot do not agree")
        }
        return Archive(columns: columns, vocabulary: vocabulary, tokens: tokens, wordIndex: wordIndex,
                       quotes: QuoteStore(reading: quotes, articles: articles, tokens: tokens.count),
                       warnings: warnings, statistics: statistics)
    }

    /// Every id names a word of the vocabulary: checked on every core, since it reads every word.
    private static func allBelow(_ limit: Int, _ ids: StoredArray<UInt32>) -> Bool {
        ids.withUnsafeBufferPointer { all in
            let base = UInt(bitPattern: all.baseAddress), count = all.count
            let pieces = Parallel.coreCount, step = (count + pieces - 1) / pieces
            return Parallel.map(pieces) { piece in
                let start = min(count, piece * step), end = min(count, start + step)
                let ids = UnsafeBufferPointer(start: UnsafePointer<UInt32>(bitPattern: base).map { $0 + start }, count: end - start)
                return ids.allSatisfy { Int($0) < limit }
            }.allSatisfy { $0 }
        }
    }
}

extension ArticleColumns {
    func encode(into writer: inout SnapshotWriter) {
        writer.write(strings: ids)
        for column in [paths, sources, sections] {
            writer.write(array: column.codes)
            writer.write(strings: column.values)
        }
        writer.write(optionalStrings: titles)
        writer.write(authors.count)
        for names in authors { writer.write(strings: names) }
        for column in [dates, updated] {
            writer.write(column.count)
            for date in column { date.encode(into: &writer) }
        }
        writer.write(optionalStrings: urls)
        writer.write(optionalStrings: captions)
        writer.write(array: texts.bytes)
        writer.write(array: texts.starts)
        writer.write(extraFields.count)
        for field in extraFields {
            writer.write(field.name)
            writer.write(field.values.count)
            for value in field.values { value.encode(into: &writer) }
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init()
        ids = try reader.readStrings()
        paths = try CategoryColumn(codes: try reader.readArray(Int32.self), values: try reader.readStrings())
        sources = try CategoryColumn(codes: try reader.readArray(Int32.self), values: try reader.readStrings())
        sections = try CategoryColumn(codes: try reader.readArray(Int32.self), values: try reader.readStrings())
        titles = try reader.readOptionalStrings()
        for _ in 0..<(try reader.count()) { authors.append(try reader.readStrings()) }
        for _ in 0..<(try reader.count()) { dates.append(try NewsDate?.decode(from: &reader)) }
        for _ in 0..<(try reader.count()) { updated.append(try NewsDate?.decode(from: &reader)) }
        urls = try reader.readOptionalStrings()
        captions = try reader.readOptionalStrings()
        texts = try TextColumn(bytes: try reader.readStored(UInt8.self), starts: try reader.readArray(Int.self))
        for _ in 0..<(try reader.count()) {
            let name = try reader.readString()
            var values: [FieldValue?] = []
            for _ in 0..<(try reader.count()) { values.append(try FieldValue?.decode(from: &reader)) }
            extraIndex[name] = extraFields.count
            extraFields.append((name, values))
        }
        let count = ids.count
        guard [paths.codes.count, sources.codes.count, sections.codes.count, titles.count, authors.count, dates.count,
               updated.count, urls.count, captions.count].allSatisfy({ $0 == count }),
              extraFields.allSatisfy({ $0.values.count == count }) else {
            throw .corrupt("article columns of different lengths")
        }
    }
}

extension CategoryColumn {
    init(codes: [Int32], values: [String]) throws(SnapshotError) {
        guard codes.allSatisfy({ $0 >= -1 && Int($0) < values.count }) else { throw .corrupt("a category code out of range") }
        self.init()
        self.codes = codes
        self.values = values
        for (code, value) in values.enumerated() { lookup[value] = Int32(code) }
    }
}

extension TextColumn {
    init(bytes: StoredArray<UInt8>, starts: [Int]) throws(SnapshotError) {
        guard starts.first == 0, starts.last == bytes.count, zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw .corrupt("text offsets out of order")
        }
        self.init()
        self.bytes = bytes
        self.starts = starts
    }
}

extension Vocabulary {
    func encode(into writer: inout SnapshotWriter) {
        writer.write(array: arena)
        writer.write(array: starts)
        writer.write(array: slots)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(capacity: 1)
        arena = try reader.readArray(UInt8.self)
        starts = try reader.readArray(Int.self)
        slots = try reader.readArray(UInt64.self)
        guard isWellFormed else {
            throw .corrupt("a broken vocabulary")
        }
    }
}

extension TokenColumn {
    func encode(into writer: inout SnapshotWriter) {
        writer.write(array: ids)
        writer.write(array: offsets)
        writer.write(array: articleStarts)
        writer.write(array: sentenceStarts.words)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init()
        ids = try reader.readStored(UInt32.self)
        offsets = try reader.readStored(UInt32.self)
        articleStarts = try reader.readArray(Int.self)
        sentenceStarts = BitSet(count: 0)
        sentenceStarts.words = try reader.readArray(UInt64.self)
        guard articleStarts.first == 0, zip(articleStarts, articleStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
              sentenceStarts.words.count == (ids.count + 63) / 64 else {
            throw .corrupt("broken word positions")
        }
    }
}

extension QuoteColumn {
    func encode(into writer: inout SnapshotWriter) {
        writer.write(quotes.count)
        for quote in quotes {
            writer.write(quote.article)
            for figure in [quote.start, quote.end, quote.scalarStart, quote.scalarEnd] { writer.write(figure) }
            writer.write(quote.text)
            writer.write(QuoteKind.allCases.firstIndex(of: quote.kind).map(UInt8.init) ?? 0)
            for text in [quote.mention, quote.speaker, quote.cue] { writer.write(text) }
            for figure in [quote.mentionStart, quote.mentionEnd, quote.mentionScalarStart, quote.mentionScalarEnd] { writer.write(figure) }
        }
        writer.write(array: articleStarts)
        writer.write(array: tokenRanges.map(\.lowerBound))
        writer.write(array: tokenRanges.map(\.upperBound))
    }

    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init()
        let count = try reader.count()
        quotes.reserveCapacity(min(count, 1 << 24))
        for _ in 0..<count {
            let article = try reader.read(Int32.self)
            let start = try reader.read(Int.self), end = try reader.read(Int.self)
            let scalarStart = try reader.read(Int.self), scalarEnd = try reader.read(Int.self)
            let text = try reader.readString()
            let kindIndex = Int(try reader.read(UInt8.self))
            guard kindIndex < QuoteKind.allCases.count else { throw .corrupt("an unknown quote kind") }
            var quote = Quote(article: article, start: start, end: end, text: text, kind: QuoteKind.allCases[kindIndex])
            quote.mention = try reader.readOptionalString()
            quote.speaker = try reader.readOptionalString()
            quote.cue = try reader.readOptionalString()
            quote.mentionStart = try reader.readOptionalInt()
            quote.mentionEnd = try reader.readOptionalInt()
            quote.mentionScalarStart = try reader.readOptionalInt()
            quote.mentionScalarEnd = try reader.readOptionalInt()
            quote.scalarStart = scalarStart
            quote.scalarEnd = scalarEnd
            quotes.append(quote)
        }
        articleStarts = try reader.readArray(Int.self)
        let lower = try reader.readArray(Int.self), upper = try reader.readArray(Int.self)
        guard lower.count == upper.count, zip(lower, upper).allSatisfy({ $0 <= $1 }) else { throw .corrupt("broken quote words") }
        tokenRanges = zip(lower, upper).map { $0..<$1 }
    }
}

extension Optional where Wrapped == NewsDate {
    func encode(into writer: inout SnapshotWriter) {
        writer.write(self != nil)
        guard let date = self else { return }
        writer.write(date.wallSeconds)
        writer.write(date.hasTime)
        writer.write(date.utcOffsetMinutes)
    }

    static func decode(from reader: inout SnapshotReader) throws(SnapshotError) -> NewsDate? {
        guard try reader.readBool() else { return nil }
        return NewsDate(wallSeconds: try reader.read(Int64.self), hasTime: try reader.readBool(),
                        utcOffsetMinutes: try reader.readOptionalInt())
    }
}

extension Optional where Wrapped == FieldValue {
    func encode(into writer: inout SnapshotWriter) {
        switch self {
        case nil: writer.write(UInt8(0))
        case .string(let text): writer.write(UInt8(1)); writer.write(text)
        case .number(let number): writer.write(UInt8(2)); writer.write(number)
        case .bool(let flag): writer.write(UInt8(3)); writer.write(flag)
        case .list(let items): writer.write(UInt8(4)); writer.write(strings: items)
        }
    }

    static func decode(from reader: inout SnapshotReader) throws(SnapshotError) -> FieldValue? {
        switch try reader.read(UInt8.self) {
        case 0: return nil
        case 1: return .string(try reader.readString())
        case 2: return .number(try reader.read(Double.self))
        case 3: return .bool(try reader.readBool())
        case 4: return .list(try reader.readStrings())
        default: throw .corrupt("an unknown field type")
        }
    }
}
