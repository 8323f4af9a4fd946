/// An excerpt of a column signed by its writer and outlet, as roundups of opinion print
/// them: "“Q” Kevin Drum, Mother Jones", or the signature in a paragraph of its own after
/// the excerpt's last quote (docs/quotes.md, "Signed excerpts").
struct ExcerptSignature {
    /// Who wrote the excerpt: the writer's name ("Kevin Drum", "Li Zhou and Andrew
    /// Prokop"), or the outlet's for an editorial ("Editorial Board, Wall Street Journal").
    let signer: Range<Int>
    /// The tokens of the signature as written, the outlet included.
    let whole: Range<Int>
    /// The excerpt is an editorial, signed by the outlet's editors.
    let byEditors: Bool
}

extension AttributionFinder {
    /// The signature that `tokens` are, all of them: a name, a comma and an outlet, each a
    /// few capitalized words ("Editorial Board, Washington Post", "Sen. Jon Kyl, R-Ariz.").
    /// Headings in capitals ("THE CORONAVIRUS OUTBREAK, STATE-BY-STATE") and lines without
    /// a comma ("Advertisement", "Perry Bacon Jr. FiveThirtyEight") are none.
    static func excerptSignature(_ tokens: ArraySlice<ClauseToken>) -> ExcerptSignature? {
        guard tokens.count >= 3, tokens.count <= 16, let comma = tokens.firstIndex(where: { $0.is(0x2C) }) else { return nil }
        var outletEnd = tokens.endIndex
        if tokens[outletEnd - 1].is(0x2E) { outletEnd -= 1 }     // "R-Ariz."
        let name = tokens.startIndex..<comma
        let outlet = (comma + 1)..<outletEnd
        guard name.count >= 1, name.count <= 8, outlet.count >= 1, outlet.count <= 8,
              tokens[name.lowerBound].isCapitalized, tokens[outlet.lowerBound].isCapitalized,
              areSignatureWords(tokens[name]), areSignatureWords(tokens[outlet]) else { return nil }
        let byEditors = isEditors(tokens[name])
        return ExcerptSignature(signer: byEditors ? outlet : name, whole: tokens.startIndex..<tokens.endIndex, byEditors: byEditors)
    }

    /// Capitalized words, the small words of names and outlets' names between them, and
    /// the full stops of initials ("Peter S. Goodman", "National Institutes of Health").
    private static func areSignatureWords(_ tokens: ArraySlice<ClauseToken>) -> Bool {
        for index in tokens.indices {
            let token = tokens[index]
            switch token.kind {
            case .word:
                if token.isCapitalized {
                    // A word in capitals longer than an outlet's initials ("CNN") is a heading's.
                    if token.end - token.start > 3, SpeakerNames.isAllCapitals(token.text) { return false }
                } else if !token.classes.contains(.connector) && !token.isLower("on") {     // "of", "de", "and"; "Center on ..."
                    return false
                }
            case .punctuation:
                let afterInitial = index > tokens.startIndex && tokens[index - 1].kind == .word && tokens[index - 1].end - tokens[index - 1].start <= 3
                guard token.is(0x2E) && afterInitial || token.is(0x26) else { return false }   // "S.", "Jr.", "&"
            case .quote:
                return false
            }
        }
        return true
    }

    /// "Editorial Board", "The Editors": an editorial's signature, whose speaker is the outlet.
    private static func isEditors(_ name: ArraySlice<ClauseToken>) -> Bool {
        let words = name.first?.isLower("the") == true ? name.dropFirst() : name
        guard let first = words.first else { return false }
        if words.count == 1 { return first.isLower("editors") }
        return words.count == 2 && first.isLower("editorial") && words.last!.isLower(oneOf: ["board", "staff", "team"])
    }
}
