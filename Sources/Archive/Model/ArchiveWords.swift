/// Word lookups over the archive's tokens: what `has` and the word statistics build on.
extension Archive {
    /// The ids of `words` (already lower-cased), or nil when one of them never occurs.
    public func wordIDs(_ words: [String]) -> [UInt32]? {
        var ids: [UInt32] = []
        for word in words {
            guard let id = vocabulary.id(of: word) else { return nil }
            ids.append(id)
        }
        return ids
    }

    /// Whether article `row` has the word sequence `ids`, word after word. The word index
    /// answers for one word, and rules out most articles for a phrase.
    public func articleHas(_ ids: [UInt32], row: Int) -> Bool {
        guard let first = ids.first else { return false }
        let index = wordIndex
        guard ids.allSatisfy({ index.article(Int32(row), has: $0) }) else { return false }
        if ids.count == 1 { return true }
        let range = tokens.range(ofArticle: row)
        return tokens.ids.withUnsafeBufferPointer { all in
            var position = range.lowerBound
            while position + ids.count <= range.upperBound {
                if all[position] == first {
                    var k = 1
                    while k < ids.count, all[position + k] == ids[k] { k += 1 }
                    if k == ids.count { return true }
                }
                position += 1
            }
            return false
        }
    }

    /// Paragraphs are separated by one blank line, so they number one more than the breaks.
    public func paragraphCount(of row: Int) -> Int {
        columns.texts.withUTF8(row) { text in
            guard !text.isEmpty else { return 0 }
            var breaks = 0
            var i = 0
            while i + 1 < text.count {
                if text[i] == 10 && text[i + 1] == 10 { breaks += 1; i += 2 } else { i += 1 }
            }
            return breaks + 1
        }
    }
}
