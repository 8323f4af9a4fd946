import Foundation
import Testing
@testable import Archive

/// The real archives in ../shared/corpora, loaded in full. Counts come from the corpora's
/// own documentation (../shared/corpora/README.md) and, for words, from Python.
@Suite(.enabled(if: Corpora.available, "../shared/corpora is not beside this checkout; corpus tests skipped"))
struct CorpusTests {
    @Test func seedPageLoadsWithEveryField() throws {
        let archive = try ArchiveLoader.load(paths: [Corpora.root + "/../seed"])
        #expect(archive.count == 1)
        let article = archive.article(0)
        #expect(article.title == "President Aliyev Calls for Peace, Cooperation in Region")
        #expect(article.author == "Gunay Hajiyeva")
        #expect(article.source == "Newsroom") // from the `Newsroom logo` line
        #expect(article.date?.description == "2023-10-03")
        #expect(article.updated?.description == "2024-05-23 00:53")
        #expect(article.caption == "President Ilham Aliyev attends the opening ceremony of the 74th International Astronautical Congress in Baku, Azerbaijan, October 2, 2023 / President.Az")
        let paragraphs = article.paragraphs
        #expect(paragraphs.first?.hasPrefix("President Ilham Aliyev recalled the liberation") == true)
        #expect(paragraphs.last?.hasSuffix("upcoming meeting in Granada, Spain.") == true)
        #expect(paragraphs.contains("Negotiations for peace"))
        #expect(paragraphs.count == 21)
        for chrome in ["Newsroom logo", "Last update", "By Gunay"] { #expect(!article.text.contains(chrome)) }
        #expect(archive.warnings.isEmpty)
    }

    @Test func bbcLoadsEverySectionAndTheLatin1Page() throws {
        let archive = try ArchiveLoader.load(paths: [Corpora.path("bbc")])
        #expect(archive.count == 2_225)
        var perSection: [String: Int] = [:]
        for row in 0..<archive.count { perSection[archive.sections[row] ?? "-", default: 0] += 1 }
        #expect(perSection == ["business": 510, "entertainment": 386, "politics": 417, "sport": 511, "tech": 401])
        let latin1 = try #require((0..<archive.count).first { archive.paths[$0]?.hasSuffix("sport/199.txt") == true })
        #expect(archive.texts[latin1].contains("£"))
        #expect(!archive.texts[latin1].contains("\u{FFFD}"))
        #expect(archive.warnings.map(\.description) == [
            Corpora.path("bbc/sport/199.txt") + ": not valid UTF-8 (byte 0xA3 at offset 257); read as Windows-1252",
        ])
        #expect(archive.statistics.skippedFiles == 1) // README.TXT
    }

    /// Every article's word count equals Python's count with the benchmark's regex, over the
    /// same file minus its title line.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "no python3 here"))
    func bbcWordCountsEqualAnIndependentTokenizer() throws {
        let archive = try ArchiveLoader.load(paths: [Corpora.path("bbc")])
        let script = """
            import os, re, sys
            R = re.compile(r"[^\\W_]+(?:['\u{2019}\\-][^\\W_]+)*")
            root = sys.argv[1]
            for section in sorted(os.listdir(root)):
                folder = os.path.join(root, section)
                if not os.path.isdir(folder): continue
                for name in sorted(os.listdir(folder)):
                    raw = open(os.path.join(folder, name), 'rb').read()
                    try: text = raw.decode('utf-8')
                    except UnicodeDecodeError: text = raw.decode('cp1252')
                    body = text.split('\\n', 1)[1] if '\\n' in text else ''
                    print(os.path.join(folder, name), len(R.findall(body.lower())))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, Corpora.path("bbc")]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var expected: [String: Int] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            expected[String(parts[0])] = Int(parts[1])
        }
        #expect(expected.count == 2_225)
        var mismatches: [String] = []
        for row in 0..<archive.count where expected[archive.paths[row]!] != archive.wordCount(of: row) {
            mismatches.append("\(archive.paths[row]!): \(archive.wordCount(of: row)) vs \(expected[archive.paths[row]!] ?? -1)")
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(archive.tokens.count == expected.values.reduce(0, +))
    }

    @Test func reutersLoadsEveryRecord() throws {
        let archive = try ArchiveLoader.load(paths: [Corpora.path("reuters21578/reuters21578.jsonl")])
        #expect(archive.count == 21_578)
        #expect(archive.ids.first == "1")
        let first = archive.article(0)
        #expect(first.title == "BAHIA COCOA REVIEW")
        #expect(first.date?.description == "1987-02-26 15:01:01")
        #expect(first.text.hasPrefix("Showers continued throughout the week in the Bahia cocoa zone"))
        #expect(first.text.hasSuffix("carnival which ends midday on February 27."))
        #expect(first.extra("topics") == .list(["cocoa"]))
        // Two dates are beyond reading: a note in the field, and an hour of 605.
        #expect(archive.dates.filter { $0 == nil }.count == 2)
        #expect(archive.warnings.count == 2)
    }

    @Test func allSidesLoadsFromTheGzipDirectly() throws {
        let archive = try ArchiveLoader.load(paths: [Corpora.path("allsides/articles.jsonl.gz")])
        #expect(archive.count == 37_554)
        #expect(archive.dates.filter { $0 == nil }.count == 4_407)
        #expect(archive.authors.filter(\.isEmpty).count == 9_668)
        #expect(archive.sources.values.count == 491)
        #expect(archive.warnings.isEmpty)
        // The 37 dates written month first (`7/23/17`) read as such.
        #expect(archive.dates.contains(NewsDate(year: 2017, month: 7, day: 23)))
        // One name for one person (docs/quotes.md): "Trump" and "Donald J. Trump" are Donald
        // Trump, while John F. Kennedy, quoted too often beside the senator, stays apart.
        let speakers = Set(archive.quotes.quotes.compactMap(\.speaker))
        #expect(speakers.isSuperset(of: ["Donald Trump", "Barack Obama", "John F. Kennedy", "John Kennedy"]))
        #expect(speakers.isDisjoint(with: ["Trump", "Donald J. Trump", "Obama"]))

        // At full size, a snapshot reads back every part exactly.
        try SnapshotTests.expectRoundTrip(archive, in: TemporaryFolder())
    }

    @Test func newsArticlesCSVLoads() throws {
        let archive = try ArchiveLoader.load(paths: [Corpora.path("newsarticles/NewsArticles.csv")])
        #expect(archive.count == 3_824)
        #expect(archive.dates.allSatisfy { $0 != nil })
        #expect(archive.titles[0] == "Betsy DeVos Confirmed as Education Secretary, With Pence Casting Historic Tie-Breaking Vote")
        #expect(archive.warnings.isEmpty)
    }

    @Test func polnearTextsLoad() throws {
        let archive = try ArchiveLoader.load(paths: [Corpora.path("polnear/train/text"), Corpora.path("polnear/dev/text")])
        #expect(archive.count == 924)
        #expect(archive.titles.allSatisfy { $0 != nil })
        #expect(archive.warnings.isEmpty)
    }
}
