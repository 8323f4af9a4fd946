import Archive
import Language

/// `keyness against PIPELINE [by MEASURE] [all]`: each word's counts in the target (the
/// input) and the reference (the pipeline's articles, less the target's when the target is
/// part of it), with signed G² for significance and Log Ratio for effect size side by side.
enum Keyness {
    static func keywords(_ table: Table, reference: Table, measure: KeynessMeasure, all: Bool,
                         stopwords: Stopwords, _ context: StageContext) throws(Diagnostic) -> Table {
        let target = try context.counts(of: table)
        let (archive, referenceRows) = try context.articles(of: reference)
        guard archive === target.archive else {
            throw Diagnostic(.type, "'keyness' compares articles of one archive", at: context.stage.range)
        }
        let targetSet = Set(target.rows)
        let contained = !targetSet.isEmpty && targetSet.isSubset(of: referenceRows)
        let rows = contained ? referenceRows.filter { !targetSet.contains($0) } : referenceRows
        let referenceCounts: WordCounts
        do { referenceCounts = try WordCounts(archive: archive, rows: rows, isCancelled: context.isCancelled) } catch {
            throw Diagnostic(.interrupted, "interrupted", at: context.stage.range, stage: context.stage.name)
        }
        let stop = all ? nil : stopwords.mask(for: archive)
        let c = Double(target.total), d = Double(referenceCounts.total)
        guard c > 0, d > 0 else {
            throw Diagnostic(.runtime, c == 0 ? "the target has no words" : "the reference has no words (beyond the target's)",
                             at: context.stage.range, stage: context.stage.name)
        }
        var entries: [(word: String, a: Int, b: Int, g2: Double, logRatio: Double, score: Double)] = []
        for id in 0..<archive.vocabulary.count where (target.counts[id] > 0 || referenceCounts.counts[id] > 0) && !(stop?[id] ?? false) {
            let a = Double(target.counts[id]), b = Double(referenceCounts.counts[id])
            let g2 = KeynessMeasure.signedG2(a: a, b: b, c: c, d: d)
            let logRatio = KeynessMeasure.logRatio(a: a, b: b, c: c, d: d)
            let score = measure == .llr ? g2 : measure == .logratio ? logRatio : measure.score(a: a, b: b, c: c, d: d)
            entries.append((archive.vocabulary[UInt32(id)], target.counts[id], referenceCounts.counts[id], g2, logRatio, score))
        }
        entries.sort { $0.score != $1.score ? $0.score > $1.score : $0.word < $1.word }
        var columns = [Column(name: "word", type: .string), Column(name: "target", type: .number),
                       Column(name: "reference", type: .number), Column(name: "target_pm", type: .number),
                       Column(name: "reference_pm", type: .number), Column(name: "g2", type: .number),
                       Column(name: "logratio", type: .number)]
        let extra = measure == .chi2 || measure == .simplemaths
        if extra { columns.append(Column(name: measure.rawValue, type: .number)) }
        let values: [[Value]] = entries.map { entry in
            var row: [Value] = [.string(entry.word), .int(entry.a), .int(entry.b), Value.number(Double(entry.a) / c * 1e6),
                                Value.number(Double(entry.b) / d * 1e6), Value.number(entry.g2), Value.number(entry.logRatio)]
            if extra { row.append(Value.number(entry.score)) }
            return row
        }
        var result = Table(columns: columns, values: values)
        result.wordSource = (archive, target.rows)
        result.ranking = measure == .llr ? "g2" : measure.rawValue
        return result
    }
}
