import Testing
@testable import Archive

/// The word-class table against the word lists it is built from: every listed word, in
/// three casings, in the middle of a text (read with whole-word loads) and at its very end
/// (read byte by byte), and words that are in no list.
@Suite struct WordClassTests {
    private static let lists: [(WordClasses, Set<String>)] = [
        (.pronoun, AttributionFinder.pronouns), (.determiner, AttributionFinder.determiners),
        (.timeWord, AttributionFinder.timeWords), (.bareSource, AttributionFinder.bareSources),
        (.title, SpeakerNames.titles), (.nameOpener, AttributionFinder.nameOpeners),
        (.abbreviation, ClauseTokenizer.abbreviations), (.cue, Set(ReportingVerbs.words)),
        (.article, AttributionFinder.articles), (.beVerb, AttributionFinder.beVerbs),
        (.relativePronoun, AttributionFinder.relativePronouns),
    ]

    private func classes(of word: String, atEnd: Bool) -> WordClasses {
        let text = atEnd ? "x " + word : "x " + word + " and some more words after it"
        return Array(text.utf8).withUnsafeBufferPointer { WordClassTable.classes(of: $0, 2..<(2 + word.utf8.count)) }
    }

    @Test func everyListedWordHasItsClassInAnyCase() {
        for (wordClass, words) in Self.lists {
            for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
                for written in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                    for atEnd in [false, true] {
                        #expect(classes(of: written, atEnd: atEnd).contains(wordClass), "\(written) at end: \(atEnd)")
                    }
                }
            }
        }
    }

    @Test func wordsInNoListHaveNoClass() {
        // Near misses: a letter more or less, a listed word with more after it, a word longer
        // than any listed one, a word beyond ASCII.
        for word in ["hes", "sai", "saidd", "presidents", "thee", "mrs.x", "abcdefghijklmnopq", "hé", "ministerial"] {
            for atEnd in [false, true] {
                #expect(classes(of: word, atEnd: atEnd).isEmpty, "\(word) at end: \(atEnd)")
            }
        }
    }

    @Test func aWordIsReadOnlyToItsEnd() {
        // "he" inside "hello", "the" inside "them": the range ends the word, not the text.
        let text = Array("hello them said".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(WordClassTable.classes(of: bytes, 0..<2).contains(.pronoun))
            #expect(WordClassTable.classes(of: bytes, 0..<5).isEmpty)
            #expect(WordClassTable.classes(of: bytes, 6..<9).contains(.determiner))
            #expect(WordClassTable.classes(of: bytes, 11..<15).contains(.cue))
        }
    }
}
