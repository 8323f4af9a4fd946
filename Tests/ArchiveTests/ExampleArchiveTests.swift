import Foundation
import Testing
@testable import Archive

/// The sample archive in examples/archive, against counts made by hand when it was written.
@Suite struct ExampleArchiveTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/archive").path

    private func tally(_ values: [String?]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for value in values { counts[value ?? "-", default: 0] += 1 }
        return counts
    }

    @Test func everyFormatLoadsWithoutWarnings() throws {
        let archive = try ArchiveLoader.load(paths: [Self.path])
        #expect(archive.count == 16)
        #expect(archive.warnings.isEmpty)
        #expect(tally((0..<16).map { archive.sources[$0] }) == [
            "Northern Ledger": 4, "Harbour Gazette": 3, "Coastline Radio News": 3, "The Valley Courier": 2, "-": 4,
        ])
        #expect(tally((0..<16).map { archive.sections[$0] }) == [
            "weather": 4, "health": 3, "politics": 3, "business": 2, "sport": 2, "tech": 2,
        ])
        #expect(tally(archive.dates.map { $0.map { String($0.year) } }) == ["2024": 6, "2025": 6, "-": 4])
        #expect(archive.authors.filter(\.isEmpty).count == 5)
        let twoAuthors = try #require(archive.row(titled: "A&E waits at St Brenna’s reach record after busiest summer"))
        #expect(archive.authors[twoAuthors] == ["Ruth Adeyemi", "Daniel Frome"])
    }

    @Test(arguments: [("harbour", 24, 11), ("council", 17, 9), ("flood", 5, 5)])
    func wordsAreCountedAsByHand(word: String, occurrences: Int, articles: Int) throws {
        let archive = try ArchiveLoader.load(paths: [Self.path])
        let id = try #require(archive.vocabulary.id(of: word))
        let perArticle = (0..<archive.count).map { row in
            archive.tokens.range(ofArticle: row).filter { archive.tokens.ids[$0] == id }.count
        }
        #expect(perArticle.reduce(0, +) == occurrences)
        #expect(perArticle.filter { $0 > 0 }.count == articles)
    }
}
