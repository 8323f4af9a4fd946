/// Several people named together as one speaker: "said Sens. John McCain (R-AZ) and Lindsey
/// Graham (R-SC)", "Reps. Bob Goodlatte (R-VA), Trey Gowdy (R-SC) and Devin Nunes (R-CA)
/// wrote", "Pelosi and Schumer said" (docs/quotes.md, "Joint speakers").
extension AttributionFinder {
    /// The names of a list that the mention at `mention` is one of, in order, each without
    /// what follows it ("(R-AZ)", "of Virginia"); nil when the mention is one name alone.
    static func jointNames(_ tokens: ArraySlice<ClauseToken>, around mention: Range<Int>) -> [Range<Int>]? {
        // Asked of every attribution: most have no "and" or comma beside them.
        let after = afterAppendix(tokens, from: mention.upperBound)
        guard tokens[mention].contains(where: { $0.isLower("and") })
            || after < tokens.endIndex && (tokens[after].is(0x2C) || tokens[after].isLower("and"))
            || mention.lowerBound - 1 >= tokens.startIndex && tokens[mention.lowerBound - 1].isLower("and") else { return nil }
        var names = split(tokens, mention)
        // Forward: ", Trey Gowdy (R-SC)", "and Devin Nunes (R-CA)". A list of names after
        // commas ends with "and": "Robert King, Washington Examiner" signs with an outlet.
        var position = afterAppendix(tokens, from: names[names.count - 1].upperBound)
        var following: [Range<Int>] = []
        while position < tokens.endIndex {
            var next = position
            if tokens[next].is(0x2C) { next += 1 }
            let last = next < tokens.endIndex && tokens[next].isLower("and")
            if last { next += 1 }
            guard next > position, let name = forwardName(tokens, from: next) else { break }
            following.append(name)
            position = afterAppendix(tokens, from: name.upperBound)
            if last {
                names += following
                break
            }
        }
        // Backward, for a subject: "Sens. Tom Cotton (R-AR) and David Perdue (R-GA) said".
        var first = names[0].lowerBound
        var sawAnd = names.count > 1 && tokens[names[0].upperBound..<names[1].lowerBound].contains { $0.isLower("and") }
        while first - 2 >= tokens.startIndex {
            var end = first - 1
            let joined = tokens[end].isLower("and")
            guard joined && !sawAnd || tokens[end].is(0x2C) && sawAnd else { break }
            if joined { sawAnd = true }
            end -= 1
            if tokens[end].is(0x2C) { end -= 1 }      // "A, B, and C"
            end = beforeBracket(tokens, endingAt: end)
            guard end >= tokens.startIndex, let name = name(tokens, endingAt: end, limit: tokens.startIndex),
                  !tokens[name].contains(where: { $0.isLower("and") }) else { break }
            names.insert(name, at: 0)
            first = name.lowerBound
        }
        return names.count > 1 ? names : nil
    }

    /// A run of capitals joined by "and" ("Pelosi and Schumer", "House Speaker Nancy Pelosi and
    /// Senate Minority Leader Chuck Schumer") is a list of its parts, unless a title stands
    /// inside the last part and none in the first: "US Health and Human Services Secretary Alex
    /// Azar" is one person.
    private static func split(_ tokens: ArraySlice<ClauseToken>, _ mention: Range<Int>) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var start = mention.lowerBound
        for index in mention where tokens[index].isLower("and") {
            if index > start { names.append(start..<index) }
            start = index + 1
        }
        if start < mention.upperBound { names.append(start..<mention.upperBound) }
        guard let first = names.first, let last = names.last else { return [mention] }
        let oneName = !tokens[first].contains { $0.classes.contains(.title) } && tokens[last].dropFirst().contains { $0.classes.contains(.title) }
        // "Berkshire Hathaway Chairman and CEO Warren Buffett": two offices of one person;
        // "Obama’s Justice and Education Departments": after a possessive, a person's name has
        // two words at least ("the Daily Beast's Shane Harris and Tim Mak").
        let offices = names.dropLast().contains { tokens[$0.upperBound - 1].classes.contains(.title) }
        let owned = names.contains { part in tokens[part].lastIndex(where: \.isPossessive).map { part.upperBound - $0 < 3 } ?? false }
        return oneName || offices || owned ? [mention] : names
    }

    /// The capitalized words from `start`, titles among them ("Sen. Lindsey Graham").
    private static func forwardName(_ tokens: ArraySlice<ClauseToken>, from start: Int) -> Range<Int>? {
        var end = start
        while end < tokens.endIndex, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isPossessive { end += 1 }
        // Not "D-West Virginia", a party and state after a comma.
        guard end > start, end == tokens.endIndex || !tokens[end].isPossessive, !isPartyAndState(tokens[start].text) else { return nil }
        return start..<end
    }

    /// Past what may follow a name in a list: a bracket ("(R-AZ)"), a party and state
    /// between commas (", D-Maine,") or a state after "of" ("of Virginia").
    private static func afterAppendix(_ tokens: ArraySlice<ClauseToken>, from index: Int) -> Int {
        guard index < tokens.endIndex else { return index }
        if tokens[index].is(0x2C), index + 2 < tokens.endIndex, isPartyAndState(tokens[index + 1].text), tokens[index + 2].is(0x2C) {
            return index + 2
        }
        if case let closed = bracketEnd(tokens, from: index), closed > index { return closed }
        if tokens[index].isLower("of"), index + 1 < tokens.endIndex, tokens[index + 1].isCapitalized {
            var end = index + 1
            while end < tokens.endIndex, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
            return end
        }
        return index
    }
}
