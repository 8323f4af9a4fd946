import Foundation
import Testing
@testable import Archive

/// The word index against the articles' own words.
@Suite struct WordIndexTests {
    @Test func postingsListTheArticlesWithEachWord() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", "Harbour\n\nThe harbour wall held. The wall!")
        folder.write("b.txt", "Storm\n\nA storm hit the harbour.")
        folder.write("c.txt", "Quiet\n\nNothing happened.")
        let archive = try ArchiveLoader.load(paths: [folder.path])
        let rows = Dictionary(uniqueKeysWithValues: (0..<3).map { (archive.titles[$0]!, Int32($0)) })
        func postings(_ word: String) -> Set<Int32> {
            Set(archive.wordIndex.articles(with: archive.vocabulary.id(of: word)!))
        }
        #expect(postings("harbour") == [rows["Harbour"]!, rows["Storm"]!])
        #expect(postings("wall") == [rows["Harbour"]!])           // twice in one article: listed once
        #expect(postings("happened") == [rows["Quiet"]!])
        #expect(archive.articleHas(archive.wordIDs(["the", "wall"])!, row: Int(rows["Harbour"]!)))
        #expect(!archive.articleHas(archive.wordIDs(["the", "wall"])!, row: Int(rows["Storm"]!)))
        #expect(!archive.articleHas(archive.wordIDs(["wall", "the"])!, row: Int(rows["Harbour"]!))) // both words, not in that order
    }

    /// Built in any number of runs of articles, the index is the one the load built (which
    /// the next test checks against a scan).
    @Test(arguments: [1, 3, 7])
    func theIndexIsTheSameHoweverManyRunsBuildIt(parts: Int) throws {
        let archive = try ArchiveLoader.load(paths: [ExampleArchiveTests.path])
        let index = WordIndex(tokens: archive.tokens, vocabularySize: archive.vocabulary.count, parts: parts)
        for id in 0..<UInt32(archive.vocabulary.count) {
            #expect(Array(index.articles(with: id)) == Array(archive.wordIndex.articles(with: id)))
        }
    }

    /// Every word of the sample archive: its postings are exactly the articles whose words
    /// hold it, ascending, and the lookup agrees for every article.
    @Test func postingsEqualAScanOfEveryArticle() throws {
        let archive = try ArchiveLoader.load(paths: [ExampleArchiveTests.path])
        let words = (0..<archive.count).map { Set(archive.words(of: $0)) }
        for id in 0..<UInt32(archive.vocabulary.count) {
            let word = archive.vocabulary[id]
            let expected = (0..<archive.count).filter { words[$0].contains(word) }.map(Int32.init)
            #expect(Array(archive.wordIndex.articles(with: id)) == expected, "\(word)")
            for row in 0..<Int32(archive.count) {
                #expect(archive.wordIndex.article(row, has: id) == expected.contains(row))
            }
        }
    }
}
