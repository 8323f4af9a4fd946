import Foundation
import Testing
@testable import Archive
@testable import Engine

/// The measures against reference values computed independently (Reference/measures.py:
/// NLTK for the association measures, the published formulas for logDice, MI3, Rayson's
/// log-likelihood and Hardie's Log Ratio), on a small fixed corpus.
@Suite struct MeasureTests {
    struct Reference: Decodable {
        struct Association: Decodable {
            var bigram: String
            var o, f_node, f_collocate, n: Double
            var pmi, tscore, llr, dice, logdice, mi3: Double
        }
        struct Keyness: Decodable {
            var word: String
            var a, b, c, d, ll, logratio: Double
        }
        var corpus: String
        var association: [Association]
        var keyness: [Keyness]
    }

    static let reference: Reference = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reference/measures.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: file))
    }()

    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    @Test func associationMeasuresEqualNLTKAndThePublishedFormulas() {
        #expect(Self.reference.association.count >= 5)
        for c in Self.reference.association {
            func score(_ m: AssociationMeasure) -> Double {
                m.score(o: c.o, fNode: c.f_node, fCollocate: c.f_collocate, n: c.n, span: 1)
            }
            #expect(close(score(.pmi), c.pmi), "pmi \(c.bigram)")
            #expect(close(score(.tscore), c.tscore), "tscore \(c.bigram)")
            #expect(close(score(.llr), c.llr), "llr \(c.bigram)")
            #expect(close(score(.dice), c.dice), "dice \(c.bigram)")
            #expect(close(score(.logdice), c.logdice), "logdice \(c.bigram)")
            #expect(close(score(.mi3), c.mi3), "mi3 \(c.bigram)")
        }
    }

    @Test func keynessMeasuresEqualRaysonAndHardie() {
        #expect(Self.reference.keyness.count >= 20)
        for k in Self.reference.keyness {
            let g2 = KeynessMeasure.signedG2(a: k.a, b: k.b, c: k.c, d: k.d)
            #expect(close(abs(g2), k.ll), "g2 \(k.word)")
            #expect((g2 >= 0) == (k.a / k.c >= k.b / k.d), "sign \(k.word)")
            #expect(close(KeynessMeasure.logRatio(a: k.a, b: k.b, c: k.c, d: k.d), k.logratio), "logratio \(k.word)")
        }
    }

    /// The collocates stage's counts on the same corpus, counted by hand: "harbour" occurs
    /// 5 times, always after "the", 3 times before "wall", once before "while", once before
    /// "office"; "wall" occurs 5 times in 97 words.
    @Test func collocatesCountsWhatIsInTheWindow() throws {
        let folder = NSTemporaryDirectory() + "morgue-measures-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ("Storm\n\n" + Self.reference.corpus).write(toFile: folder + "/storm.txt", atomically: true, encoding: .utf8)
        let archive = try ArchiveLoader.load(paths: [folder])
        #expect(archive.tokens.count == 97)
        var interpreter = Interpreter(archive: archive)
        let table = try #require(try Example.run(#"collocates "harbour" window 1 all"#, interpreter: &interpreter))
        let rows = Dictionary(uniqueKeysWithValues: (0..<table.count).map { row in
            (table.value(row: row, column: 0).description, table.row(row).map(\.description))
        })
        #expect(rows["the"]?[1] == "5")
        #expect(rows["wall"]?[1] == "3")
        #expect(rows["while"]?[1] == "1" && rows["office"]?[1] == "1")
        #expect(rows.count == 4)
        #expect(rows["wall"]?[3] == "5" && rows["wall"]?[4] == "5") // f_node, f_collocate
        // E = 5 × 2 × 5 / 97; logDice = 14 + log2(2 × 3 / (5 + 5)).
        #expect(close(Double(rows["wall"]![2])!, 50.0 / 97))
        #expect(close(Double(rows["wall"]![5])!, 14 + log2(0.6)))
    }
}
