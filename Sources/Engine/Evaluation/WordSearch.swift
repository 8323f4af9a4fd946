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
        return Compiled(type: .bool, isConstant: left.isConstant && right.isConstant) { (row: Int) throws(Diagnostic) in
            guard let text = try left.evaluate(row).string, let phrase = try right.evaluate(row).string else { return .null }
            return .bool(contains(Tokenizer.words(of: text), Tokenizer.words(of: phrase)) != negated)
        }
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if Array(words[start..<(start + phrase.count)]) == phrase { return true }
        }
        return false
    }
}
