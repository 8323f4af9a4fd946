import Testing
@testable import Archive

/// Expected words come from Python: `re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", text.lower())`,
/// the rule of the benchmark answers, run by hand on each case.
@Suite struct TokenizerTests {
    @Test(arguments: [
        ("Don't stop-the rock-'n'-roll, O’Neill's well-known 2,000 cats_dogs",
         ["don't", "stop-the", "rock", "n", "roll", "o’neill's", "well-known", "2", "000", "cats", "dogs"]),
        ("İstanbul ÉCOLE naïve café déjà-vu", ["i", "stanbul", "école", "naïve", "café", "déjà-vu"]),
        ("a--b c''d -e- 'f' x-", ["a", "b", "c", "d", "e", "f", "x"]),
        ("ŞEHİR 3½ ²nd Ⅻ", ["şehi", "r", "3½", "²nd", "ⅻ"]),
        ("e\u{301}t\u{E9}", ["e", "té"]),
        ("Σ ΑΣ ΑΣΑ", ["σ", "ας", "ασα"]),
        ("", []),
        ("   ...  ", []),
    ])
    func wordsFollowTheBenchmarkRule(text: String, expected: [String]) {
        #expect(Tokenizer.words(of: text) == expected)
    }

    @Test func offsetsPointAtTheOriginalText() {
        var text = "Ça va? “Yes,” SHE said."
        var found: [(Int, String)] = []
        var ends: [Int] = []
        text.withUTF8 { buffer in
            Tokenizer.forEachWord(in: buffer) { start, end, word in
                found.append((start, String(decoding: word, as: UTF8.self)))
                ends.append(end)
            }
        }
        // Byte offsets: "Ç" is two bytes, "“" and "”" three each.
        #expect(found.map(\.0) == [0, 4, 11, 19, 23])
        #expect(found.map(\.1) == ["ça", "va", "yes", "she", "said"])
        #expect(ends == [3, 6, 14, 22, 27])
    }

    @Test func wordEndFindsTheWholeOriginalWord() {
        var text = "O’Neill's dog-house, x"
        text.withUTF8 { buffer in
            #expect(Tokenizer.wordEnd(in: buffer, from: 0) == 11) // O’Neill's: ’ is three bytes
            #expect(Tokenizer.wordEnd(in: buffer, from: 12) == 21) // dog-house
        }
    }

    /// Every word the tokenizer finds in random text of letters from many scripts, joiners,
    /// capitals that lower-case to two scalars and punctuation: read back from its start,
    /// it ends where the tokenizer said.
    @Test func wordEndAgreesWithTheTokenizerOnRandomText() {
        let pieces = ["a", "Z", "7", "'", "-", "’", " ", ".", "é", "É", "İ", "ß", "Σ", "ж", "中", "٣", "𝐀", "🙂", "\u{301}", "_", "—"]
        for text in RandomText.strings(of: pieces, count: 3000, maxPieces: 16, seed: 11) {
            Array(text.utf8).withUnsafeBufferPointer { buffer in
                Tokenizer.forEachWord(in: buffer) { start, end, _ in
                    #expect(Tokenizer.wordEnd(in: buffer, from: start) == end, "\(text) at \(start)")
                }
            }
        }
    }

    @Test func invalidBytesSplitWordsWithoutCrashing() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xE2, 0x80, 0x63]
        var words: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            Tokenizer.forEachWord(in: buffer) { _, _, word in words.append(String(decoding: word, as: UTF8.self)) }
        }
        #expect(words == ["a", "b", "c"])
    }
}

@Suite struct VocabularyTests {
    @Test func internGivesDenseStableIDs() {
        var vocabulary = Vocabulary(capacity: 2)
        let words = (0..<5_000).map { "w\($0)" }
        let ids = words.map { vocabulary.intern($0) }
        #expect(ids == (0..<5_000).map(UInt32.init))
        #expect(words.map { vocabulary.intern($0) } == ids) // again: the same ids, nothing added
        #expect(vocabulary.count == 5_000)
        #expect(vocabulary[4_321] == "w4321")
        #expect(vocabulary.id(of: "w17") == 17)
        #expect(vocabulary.id(of: "absent") == nil)
    }

    /// The hash reads a word in overlapping loads (the first and last four bytes, eight at a
    /// time and the last eight) and compares it the same way: words of every length from 1 to
    /// 40 that differ in a single byte, at the start, at the end and at each load's edge,
    /// must all be told apart.
    @Test func wordsThatDifferInOneByteAreDifferentWords() {
        var words: [String] = []
        for length in 1...40 {
            let base = Array(repeating: UInt8(ascii: "a"), count: length)
            words.append(String(decoding: base, as: UTF8.self))
            for place in Set([0, length - 1, 3, 4, 7, 8, 15, 16, length / 2]) where place < length {
                var changed = base
                changed[place] = UInt8(ascii: "b")
                words.append(String(decoding: changed, as: UTF8.self))
            }
        }
        let distinct = Array(Set(words)).sorted()
        var vocabulary = Vocabulary(capacity: 2)
        let ids = distinct.map { vocabulary.intern($0) }
        #expect(ids == (0..<UInt32(distinct.count)).map { $0 })
        #expect(distinct.map { vocabulary.intern($0) } == ids)
        #expect(distinct.map { vocabulary.id(of: $0) } == ids.map { Optional($0) })
        #expect(ids.map { vocabulary[$0] } == distinct)
        #expect(vocabulary.id(of: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") == nil)   // 41 letters
        #expect(vocabulary.id(of: "c") == nil)
    }

    /// Interning an article's words in one batch (each word's slot fetched ahead) gives each
    /// word the id of its first appearance, as one at a time would: short and long words,
    /// words that share their first eight bytes, repeats, and enough words for the table to
    /// grow in the middle of the batch.
    @Test func aBatchOfWordsGetsFirstAppearanceIDs() {
        let pieces = ["a", "the", "presidential", "presidentially", "presidents", "eightchr", "eightchrs", "x", "ж"]
        var words: [String] = []
        for round in 0..<400 { words.append(pieces[round % pieces.count] + (round % 3 == 0 ? "" : String(round % 50))) }
        var expected: [String: UInt32] = [:]
        for word in words where expected[word] == nil { expected[word] = UInt32(expected.count) }

        var vocabulary = Vocabulary(capacity: 2)
        let text = Array(words.joined().utf8)
        var ids = [UInt32](repeating: .max, count: words.count)
        text.withUnsafeBufferPointer { text in
            var start = 0
            let keyed = words.map { word in
                let bytes = UnsafeBufferPointer(rebasing: text[start..<start + word.utf8.count])
                start += word.utf8.count
                return Vocabulary.KeyedWord(key: Vocabulary.key(bytes), bytes: bytes)
            }
            keyed.withUnsafeBufferPointer { keyed in
                ids.withUnsafeMutableBufferPointer { vocabulary.intern(keyed, into: $0.baseAddress!) }
            }
        }
        #expect(ids == words.map { expected[$0]! })
        #expect(vocabulary.count == expected.count)
        #expect(words.allSatisfy { vocabulary.id(of: $0) == expected[$0] })
        #expect(vocabulary.isWellFormed)
    }

    /// A vocabulary read from a snapshot must hold together: one whose table has a filled
    /// slot more than it has words (a probe for an absent word might never end), or a
    /// longer word placed past the arena's end, is refused.
    @Test func aVocabularyThatDoesNotHoldTogetherIsNotWellFormed() {
        var vocabulary = Vocabulary(capacity: 2)
        for word in ["a", "presidential", "x"] { _ = vocabulary.intern(word) }
        #expect(vocabulary.isWellFormed)
        let empty = (0..<vocabulary.slotCount).first { vocabulary.slots[2 * $0 + 1] == 0 }!
        var extra = vocabulary
        extra.slots[2 * empty + 1] = Vocabulary.entry(id: 0, tag: 0x11)
        #expect(!extra.isWellFormed)
        let long = (0..<vocabulary.slotCount).first { Vocabulary.id(inEntry: vocabulary.slots[2 * $0 + 1]) == 1 }!
        var misplaced = vocabulary
        misplaced.slots[2 * long] = Vocabulary.place(start: 100, length: 12)
        #expect(!misplaced.isWellFormed)
    }
}

/// The archive's word ids do not depend on how many chunks the tokenizer splits the texts
/// into: one chunk, a few, or one per article give the same vocabulary and the same ids.
@Suite struct TokenizerChunkTests {
    @Test func idsAreTheSameWhateverTheChunks() throws {
        let texts = try ArchiveLoader.load(paths: [ExampleArchiveTests.path]).columns.texts
        var clock = PhaseClock()
        let (oneVocabulary, one) = ArchiveBuilder.tokenize(texts, chunks: 1, clock: &clock)
        #expect(one.count > 3000)
        for chunks in [3, texts.count] {
            let (vocabulary, tokens) = ArchiveBuilder.tokenize(texts, chunks: chunks, clock: &clock)
            #expect(Array(tokens.ids) == Array(one.ids))
            #expect(Array(tokens.offsets) == Array(one.offsets))
            #expect(tokens.articleStarts == one.articleStarts)
            #expect(tokens.sentenceStarts.words == one.sentenceStarts.words)
            #expect((0..<UInt32(vocabulary.count)).map { vocabulary[$0] } == (0..<UInt32(oneVocabulary.count)).map { oneVocabulary[$0] })
        }
    }
}
