import Archive
import Language

/// `has`: whole words, ignoring case, by the tokenizer's rule; a phrase matches its words
/// in sequence. On an article's `text` it reads the archive's tokens instead of the text.
enum WordSearch {
    static func compile(_ leftExpression: Expression, _ left: Compiled, _ right: Compiled, negated: Bool,
                        compiler: ExpressionCompiler) throws(Diagnostic) -> Compiled {
        if right.isConstant, case .string(let phrase) = try right.value(),
           case .field(let name) = leftExpression.kind, name.lowercased() == "text",
           case .articles(let archive, let rows) = compiler.table.rows {
            let words = Tokenizer.words(of: phrase)
            guard !words.isEmpty else { return .constant(.bool(negated)) }
            let ids = archive.wordIDs(words)
            return Compiled(type: .bool, isConstant: false) { (row: Int) throws(Diagnostic) in
                guard let ids else { return .bool(negated) }
                return .bool(archive.articleHas(ids, row: Int(rows[row])) != negated)
            }
        }
        // A constant phrase is split into words once, not once a row.
        let constantPhrase = right.isConstant ? (try right.value()).string.map(Tokenizer.words) : nil
        return Compiled(type: .bool, isConstant: left.isConstant && right.isConstant) { (row: Int) throws(Diagnostic) in
            guard let text = try left.evaluate(row).string else { return .null }
            if let constantPhrase { return .bool(contains(constantPhrase, in: text) != negated) }
            guard let phrase = try right.evaluate(row).string else { return .null }
            return .bool(contains(Tokenizer.words(of: phrase), in: text) != negated)
        }
    }

    /// The text has the phrase's words one after another. Each word of the text is read as
    /// the place in the phrase of the first word equal to it, or -1, without being made into
    /// a string (`quotes | where text has "fake news"` took 0.96 s making them).
    static func contains(_ phrase: [String], in text: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        let phraseWords = phrase.map { Array($0.utf8) }
        let wanted = phraseWords.map { word in phraseWords.firstIndex(of: word)! }
        var places: [Int] = []
        var text = text
        text.withUTF8 { buffer in
            Tokenizer.forEachWord(in: buffer) { _, _, word in
                places.append(phraseWords.firstIndex { $0.elementsEqual(word) } ?? -1)
            }
        }
        guard wanted.count <= places.count else { return false }
        return (0...(places.count - wanted.count)).contains { start in
            places[start] == wanted[0] && wanted.indices.allSatisfy { places[start + $0] == wanted[$0] }
        }
    }
}
