import Testing
@testable import Archive

/// The eight- and sixteen-bytes-at-a-time scans against plain byte-by-byte loops, on random
/// text rich in the bytes they look for, from every starting offset (so every alignment and
/// tail), and for the scans with a limit, to every limit.
@Suite struct ByteScanTests {
    static let alphabet: [UInt8] = Array("aZ\"<\n\r .A,Q".utf8) + [0xE2, 0x80, 0x9C, 0xC2, 0xAB, 0xC3, 0xA9, 0x5B, 0x40, 0x60, 0x7B, 0x5C, 0x01, 0x1F, 0x20]

    private func randomTexts() -> [[UInt8]] {
        var random = SeededRandom(seed: 42)
        return (0..<300).map { _ in (0..<random.next(70)).map { _ in Self.alphabet[random.next(Self.alphabet.count)] } }
    }

    @Test func scansFindWhatAByteLoopFinds() {
        for bytes in randomTexts() {
            bytes.withUnsafeBufferPointer { text in
                for start in 0...text.count {
                    let mark = (start..<text.count).first { [0x22, 0x3C, 0x0A].contains(text[$0]) || text[$0] >= 0x80 } ?? text.count
                    #expect(ByteScan.nextMarkCandidate(text, from: start) == mark)
                    let newline = (start..<text.count).first { text[$0] == 0x0A } ?? text.count
                    #expect(ByteScan.next(0x0A, in: text, from: start, before: text.count) == newline)
                    let lineEnd = (start..<text.count).first { text[$0] == 0x0A || text[$0] == 0x0D } ?? text.count
                    #expect(ByteScan.nextLineEnd(text, from: start) == lineEnd)
                    let special = (start..<text.count).first { text[$0] == 0x22 || text[$0] == 0x5C || text[$0] < 0x20 } ?? text.count
                    #expect(ByteScan.nextStringSpecial(text, from: start) == special)
                    for end in start...text.count {
                        let capital = (start..<end).first { text[$0] >= 0x41 && text[$0] <= 0x5A } ?? end
                        #expect(ByteScan.nextCapital(in: text, from: start, before: end) == capital)
                        #expect(ByteScan.hasCapital(in: text, start..<end) == (capital < end))
                    }
                    let nonASCII = (start..<text.count).first { text[$0] >= 0x80 } ?? text.count
                    #expect(ByteScan.nextNonASCII(text, from: start) == nonASCII)
                    let scalars = text[start...].filter { $0 & 0xC0 != 0x80 }.count
                    #expect(ByteScan.scalarCount(text, start..<text.count) == scalars)
                }
            }
        }
    }

    /// Every byte value, at every place of a run of 40 bytes (two sixteen-byte steps and a
    /// tail), is found or passed over exactly as a byte loop does it.
    @Test func everyByteValueIsTestedAlike() {
        for value in 0...255 {
            for place in 0..<40 {
                var bytes = Array(repeating: UInt8(ascii: "a"), count: 40)
                bytes[place] = UInt8(value)
                bytes.withUnsafeBufferPointer { text in
                    for start in [0, 5, place] {
                        func first(_ matches: (UInt8) -> Bool) -> Int { (start..<text.count).first { matches(text[$0]) } ?? text.count }
                        #expect(ByteScan.nextCapital(in: text, from: start, before: text.count) == first { (0x41...0x5A).contains($0) })
                        #expect(ByteScan.nextMarkCandidate(text, from: start) == first { [0x22, 0x3C, 0x0A].contains($0) || $0 >= 0x80 })
                        #expect(ByteScan.nextStringSpecial(text, from: start) == first { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 })
                        #expect(ByteScan.nextLineEnd(text, from: start) == first { $0 == 0x0A || $0 == 0x0D })
                        #expect(ByteScan.nextNonASCII(text, from: start) == first { $0 >= 0x80 })
                        #expect(ByteScan.scalarCount(text, start..<text.count) == text[start...].filter { $0 & 0xC0 != 0x80 }.count)
                    }
                }
            }
        }
    }

    /// Every byte value, at every place of a run of letters long enough for two eight-byte
    /// steps and a tail, ends the run exactly when it is not an ASCII letter or digit.
    @Test func alphanumericRunEndsAtEveryOtherByte() {
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        for value in 0...255 {
            for place in 0..<19 {
                var bytes = Array("abcdefghijklmnopqrs".utf8)
                bytes[place] = UInt8(value)
                bytes.withUnsafeBufferPointer { text in
                    for start in [0, 3, place] {
                        let expected = (start..<text.count).first { !isAlphanumeric(text[$0]) } ?? text.count
                        #expect(ByteScan.endOfASCIIAlphanumerics(in: text, from: start, before: text.count) == expected,
                                "byte \(value) at \(place) from \(start)")
                    }
                    #expect(ByteScan.endOfASCIIAlphanumerics(in: text, from: 0, before: 5) == min(5, isAlphanumeric(UInt8(value)) ? 19 : place))
                }
            }
        }
    }

    @Test func lowerCaseMatchesUnicodeLowerCasing() {
        for word in ["Trump", "U.S.", "already", "ÉLYSÉE", "Straße", "", "MR"] {
            let folded = Array(word.utf8).withUnsafeBufferPointer { ByteScan.lowercasedString($0) }
            #expect(folded == word.lowercased())
        }
    }
    /// Every Unicode white space character, and neighbours that are not white space (the
    /// zero-width space U+200B, U+2030, U+00A1, U+1681), around letters.
    @Test func singleLineMatchesSplittingOnWhitespace() {
        let pieces = ["a", "é", "Q", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}",
                      "\u{2005}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{200B}",
                      "\u{2030}", "\u{A1}", "\u{1681}", "“"]
        for text in RandomText.strings(of: pieces, count: 2000, maxPieces: 12, seed: 7) {
            let expected = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(Array(text.utf8).withUnsafeBufferPointer(ByteScan.singleLine) == expected, "\(Array(text.unicodeScalars))")
        }
    }

    /// A pattern's first occurrence from every start, against a loop that compares at every
    /// offset; the patterns are runs of the random texts' own alphabet, so they occur often.
    @Test func aPatternIsFoundWhereAByteLoopFindsIt() {
        var random = SeededRandom(seed: 7)
        for bytes in randomTexts() {
            let pattern = (0..<(1 + random.next(3))).map { _ in Self.alphabet[random.next(4)] }
            bytes.withUnsafeBufferPointer { text in
                for start in 0...text.count {
                    let expected = (start..<max(start, text.count - pattern.count + 1)).first { at in
                        pattern.indices.allSatisfy { text[at + $0] == pattern[$0] }
                    }
                    #expect(ByteScan.next(pattern, in: text, from: start) == expected, "\(bytes) \(pattern) from \(start)")
                }
            }
        }
    }

    /// The same, ignoring ASCII case: patterns of letters in either case and of other bytes,
    /// against a loop that folds every byte; bytes beyond ASCII and "@[`{" (beside the
    /// capitals and small letters) stay themselves.
    @Test func aPatternIgnoringCaseIsFoundWhereAByteLoopFindsIt() {
        var random = SeededRandom(seed: 11)
        let patternBytes = Array("aAzZqQ.\"@[`{".utf8)
        func folded(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
        for bytes in randomTexts() {
            let pattern = (0..<(1 + random.next(3))).map { _ in patternBytes[random.next(patternBytes.count)] }
            bytes.withUnsafeBufferPointer { text in
                pattern.withUnsafeBufferPointer { pattern in
                    for start in 0...text.count {
                        let expected = (start..<max(start, text.count - pattern.count + 1)).first { at in
                            pattern.indices.allSatisfy { folded(text[at + $0]) == folded(pattern[$0]) }
                        }
                        #expect(ByteScan.next(ignoringASCIICase: pattern, in: text, from: start) == expected,
                                "\(Array(text)) \(Array(pattern)) from \(start)")
                    }
                }
            }
        }
    }

    @Test func wordsAreFoundAsWordsOfTheirOwn() {
        func contains(_ words: String, _ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { ByteScan.containsWords(Array(words.utf8), in: $0) }
        }
        #expect(contains("Rita Cole", "Rita Cole"))
        #expect(contains("Rita Cole", "“Rita Cole’s”"))
        #expect(contains("Rita Cole", "Rita Coleman and Rita Cole."))
        #expect(!contains("Rita Cole", "Rita Coleman"))
        #expect(!contains("Rita Cole", "Margarita Cole"))
        #expect(!contains("Rita Cole", "Rita Col"))
        #expect(!contains("Rita Cole", ""))
    }
}
