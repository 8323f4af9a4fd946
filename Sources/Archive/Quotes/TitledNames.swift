/// Names written after a title, and the offices they hold: what makes "the president" the
/// president the article named, "Mr. Cole" no Cole it titles as a woman (docs/quotes.md).
extension SpeakerNames {
    /// A name written after a title ("President Obama", "Sen. Ted Cruz"), one word or more:
    /// the person a later "the president" or "the senator" stands for. Kept as byte ranges;
    /// its role is read only when a mention asks.
    struct TitledName {
        /// The run of capitals the name ends, its last title word, and the name after it.
        var run: Int
        var title: Range<Int>
        var name: Range<Int>
        /// The sex the title tells ("Mrs.", "first lady"), if it tells one.
        var sex: Sex?
    }

    /// The person last named in `role` before byte `offset` ("President Barack Obama" for "the
    /// president"), as `speaker(for:at:)` gives that name; nil when the article names nobody
    /// in that office before, or names something else ("King County"). A place the mention
    /// names must stand before the title ("Vermont Sen. Bernie Sanders" for "the Vermont
    /// senator"): the last senator named may be another state's.
    mutating func person(in role: SpeakerRole, placedIn places: [String], before offset: Int) -> String? {
        for index in titled.indices.reversed() where titled[index].run < offset {
            let (office, wordsBefore) = self.role(of: titled[index])
            guard office == role, places.allSatisfy({ place in wordsBefore.contains { text[$0].elementsEqual(place.utf8) } }) else { continue }
            var words = self.words(in: titled[index].name)
            // The capitalized words: "Bill de Blasio" is a person's name as "Bill Blasio" would be.
            let capitalized = words.filter { text[$0.lowerBound] < 0x61 || text[$0.lowerBound] > 0x7A }
            let isPerson = capitalized.count == 1
                ? !classes(capitalized[0]).contains(.place) && !Self.isShouted(text, capitalized[0])
                : Self.looksLikePerson(text, words: capitalized)
            guard isPerson else { return nil }
            // "President Donald Trump ... President Trump": the name written fullest in the same
            // office. Without one, a surname that other people of the article bear stays as it
            // is ("President Obama" in an article on Michelle Obama); `ArchiveSpeakers` may
            // give it the archive's full name.
            if words.count == 1, let surname = words.first {
                // Full names ending with the surname, each with the office it was written in.
                let fuller = titled.filter { $0.run < offset }.compactMap { named -> (words: [Range<Int>], role: SpeakerRole?)? in
                    let nameWords = self.words(in: named.name)
                    guard nameWords.count > 1, text[nameWords[nameWords.count - 1]].elementsEqual(text[surname]) else { return nil }
                    return (nameWords, self.role(of: named).role)
                }
                if let same = fuller.last(where: { $0.role == role }) {
                    words = same.words
                } else if case let written = string(surname),
                          fuller.contains(where: { $0.role != role }) || people(named: written, last: written, at: offset).count > 1 {
                    return written
                }
            }
            return speaker(for: words.map(string), at: titled[index].run)
        }
        return nil
    }

    /// The office a name was written after (its last title, the word before it, and whether
    /// "former" stands before it, in its run of capitals or just before), and the words of
    /// the run before the title.
    func role(of named: TitledName) -> (role: SpeakerRole?, wordsBefore: [Range<Int>]) {
        let wordsBefore = words(in: named.run..<named.title.lowerBound)
        let former = wordsBefore.contains { Self.matches(text, $0, lowercased: Array("former".utf8)) }
            || ByteScan.hasSuffix(text, 0..<named.run, "former ")
        return (SpeakerRole(title: string(named.title), before: wordsBefore.last.map(string), former: former), wordsBefore)
    }

    /// The article writes `name` (its first and last word) after a title of `sex`: "first
    /// lady Melania Trump", "Mrs. Dana Cole".
    func isTitled(_ name: String, as sex: Sex) -> Bool {
        guard titled.contains(where: { $0.sex == sex }) else { return false }
        let nameWords = name.split(separator: " ")
        guard let first = nameWords.first, let last = nameWords.last else { return false }
        return titled.contains { named in
            guard named.sex == sex else { return false }
            let words = words(in: named.name)
            return words.count > 1 && text[words[0]].elementsEqual(first.utf8) && text[words[words.count - 1]].elementsEqual(last.utf8)
        }
    }

    /// The article writes a name ending with `name`'s last word after a title: "Rep. Jason
    /// Chaffetz" or "Speaker Pelosi" for "Jason Chaffetz", "Nancy Pelosi".
    func isNamedWithTitle(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        return titled.contains { named in words(in: named.name).last.map { text[$0].elementsEqual(last.utf8) } ?? false }
    }

    /// The title in lower case right before a run of capitals at `start` ("Russian president
    /// Vladimir Putin", "first lady Melania Trump"), if there is one.
    func titleBefore(_ start: Int) -> (Range<Int>, WordClasses)? {
        guard start >= 3, text[start - 1] == 0x20, text[start - 2] >= 0x61, text[start - 2] <= 0x7A else { return nil }
        var wordStart = start - 2
        while wordStart > 0, start - wordStart <= 16, (text[wordStart - 1] >= 0x61 && text[wordStart - 1] <= 0x7A) || text[wordStart - 1] == 0x2D {
            wordStart -= 1
        }
        let word = wordStart..<(start - 1)
        let wordClasses = classes(word)
        return wordClasses.contains(.title) ? (word, wordClasses) : nil
    }

    /// Where a name goes on past a lower-case particle after byte `end`: "Mayor Bill de
    /// Blasio", "President Bashar al-Assad" are not Bill and Bashar. The particle is ASCII; the
    /// surname may have Latin letters with accents ("Kevin de León").
    func endOfName(afterParticleAt end: Int) -> Int? {
        guard end + 2 < text.count, text[end] == 0x20, text[end + 1] >= 0x61, text[end + 1] <= 0x7A else { return nil }
        // A particle is two or three lower-case letters: at most four are read.
        var particleEnd = end + 1
        while particleEnd < min(text.count, end + 5), text[particleEnd] >= 0x61, text[particleEnd] <= 0x7A { particleEnd += 1 }
        guard particleEnd - end <= 4, particleEnd + 1 < text.count, text[particleEnd] == 0x20 || text[particleEnd] == 0x2D,
              text[particleEnd + 1] >= 0x41, text[particleEnd + 1] <= 0x5A,
              Self.nameParticles.contains(string(end + 1..<particleEnd)) else { return nil }
        var nameEnd = particleEnd + 1
        repeat {
            nameEnd = ByteScan.endOfASCIIAlphanumerics(in: text, from: nameEnd, before: text.count)
            // A Latin letter with an accent goes on with the word ("de León").
            if nameEnd + 1 < text.count, (0xC3...0xC5).contains(text[nameEnd]) {
                nameEnd += 2
                continue
            }
            guard nameEnd + 1 < text.count, text[nameEnd] == 0x2D, ByteScan.lowercased(text[nameEnd + 1]) >= 0x61,
                  ByteScan.lowercased(text[nameEnd + 1]) <= 0x7A else { break }
            nameEnd += 1
        } while true
        return nameEnd
    }

    /// In a run of capitals from `first`, the last word of a name that a box of links
    /// follows: the word the box's glued headline opens with ("Trump" in "Trump Donald John
    /// TrumpKamala Harris"), if the run holds such a box.
    static func lastWordBeforeLinks(_ words: [Range<Int>], from first: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        for glued in (first + 1)..<words.count {
            let gluedBytes = text[words[glued]]
            if let surname = (first..<glued).first(where: { words[$0].count < gluedBytes.count && gluedBytes.starts(with: text[words[$0]]) }),
               surname + 1 < glued {
                return surname
            }
        }
        return nil
    }
}
