/// A column of short strings that repeat (source, section, path): codes into distinct values.
public struct CategoryColumn: Sendable {
    /// Index into `values`, or -1 for null.
    public internal(set) var codes: [Int32] = []
    public internal(set) var values: [String] = []
    var lookup: [String: Int32] = [:]

    public init() {}

    public mutating func append(_ value: String?) {
        guard let value, !value.isEmpty else { codes.append(-1); return }
        if let code = lookup[value] {
            codes.append(code)
        } else {
            let code = Int32(values.count)
            values.append(value)
            lookup[value] = code
            codes.append(code)
        }
    }

    public subscript(row: Int) -> String? {
        let code = codes[row]
        return code < 0 ? nil : values[Int(code)]
    }
}

/// Texts stored end to end as UTF-8 in one buffer, with the offset where each begins.
public struct TextColumn: Sendable {
    public internal(set) var bytes = StoredArray<UInt8>()
    public internal(set) var starts: [Int] = [0]

    public init() {}

    public var count: Int { starts.count - 1 }

    public subscript(row: Int) -> String {
        withUTF8(row) { String(decoding: $0, as: UTF8.self) }
    }

    public func byteCount(_ row: Int) -> Int { starts[row + 1] - starts[row] }

    /// The UTF-8 of one text, without copying it.
    public func withUTF8<R>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[starts[row]..<starts[row + 1]]))
        }
    }
}

/// Every word of every article in reading order: ids into the vocabulary, with the byte
/// offset of each in its article's text.
public struct TokenColumn: Sendable {
    public var ids = StoredArray<UInt32>()
    public var offsets = StoredArray<UInt32>()
    /// Where each article's words begin in `ids` and `offsets`; one more entry than articles.
    public var articleStarts: [Int] = [0]
    /// The words that begin a sentence or paragraph (and every article's first word): what
    /// n-grams do not cross.
    public var sentenceStarts = BitSet(count: 0)

    public init() {}

    public var count: Int { ids.count }

    public func range(ofArticle row: Int) -> Range<Int> { articleStarts[row]..<articleStarts[row + 1] }
}

/// One bit per position, packed in 64-bit words.
public struct BitSet: Sendable {
    var words: [UInt64]

    public init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    public mutating func insert(_ position: Int) {
        words[position >> 6] |= 1 << UInt64(position & 63)
    }

    public func contains(_ position: Int) -> Bool {
        words[position >> 6] & (1 << UInt64(position & 63)) != 0
    }
}
