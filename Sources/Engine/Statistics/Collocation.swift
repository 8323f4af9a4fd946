import Archive
import Language

/// `collocates TERM [window N] [by MEASURE] [all]`: the words within N words of the term,
/// with what each score is made of: O, E, f(node), f(collocate).
enum Collocation {
    static func collocates(_ table: Table, term: SearchTerm, window: Int, measure: AssociationMeasure, all: Bool,
                           stopwords: Stopwords, _ context: StageContext) throws(Diagnostic) -> Table {
        let counts = try context.counts(of: table)
        let archive = counts.archive
        let matcher = try TermMatcher(term, archive: archive, at: context.stage.range, isCancelled: context.isCancelled)
        let stop = all ? nil : stopwords.mask(for: archive)
        var observed = [Int](repeating: 0, count: archive.vocabulary.count)
        var nodes = 0
        let tokens = archive.tokens
        for index in counts.rows.indices {
            if index & 255 == 0 { try context.checkCancelled() }
            let range = counts.ranges[index]
            tokens.ids.withUnsafeBufferPointer { ids in
                // Each word counts once however many windows hold it, and the node's own
                // words not at all, so that O never exceeds f(collocate) (Evert 2008).
                var node = Set<Int>(), inWindow = Set<Int>()
                matcher.matches(in: range, ids: ids) { position in
                    nodes += 1
                    node.formUnion(position..<(position + matcher.length))
                    inWindow.formUnion(max(range.lowerBound, position - window)..<position)
                    inWindow.formUnion((position + matcher.length)..<min(range.upperBound, position + matcher.length + window))
                }
                for p in inWindow.subtracting(node) { observed[Int(ids[p])] += 1 }
            }
        }
        let n = Double(counts.total), span = Double(2 * window), fNode = Double(nodes)
        var entries: [(word: String, o: Int, e: Double, fCollocate: Int, score: Double)] = []
        for id in observed.indices where observed[id] > 0 && !(stop?[id] ?? false) {
            let o = Double(observed[id]), fCollocate = Double(counts.counts[id])
            entries.append((archive.vocabulary[UInt32(id)], observed[id],
                            AssociationMeasure.expected(fNode: fNode, fCollocate: fCollocate, n: n, span: span),
                            counts.counts[id],
                            measure.score(o: o, fNode: fNode, fCollocate: fCollocate, n: n, span: span)))
        }
        entries.sort { $0.score != $1.score ? $0.score > $1.score : $0.word < $1.word }
        let columns = [Column(name: "collocate", type: .string), Column(name: "o", type: .number), Column(name: "e", type: .number),
                       Column(name: "f_node", type: .number), Column(name: "f_collocate", type: .number),
                       Column(name: measure.rawValue, type: .number)]
        let values: [[Value]] = entries.map {
            [.string($0.word), .int($0.o), Value.number($0.e), .int(nodes), .int($0.fCollocate), Value.number($0.score)]
        }
        var result = Table(columns: columns, values: values)
        result.wordSource = (archive, counts.rows)
        result.ranking = measure.rawValue
        return result
    }
}
