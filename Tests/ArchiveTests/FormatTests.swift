import Testing
@testable import Archive

/// Each format read from a file written here, with the fields it must give.
@Suite struct FormatTests {
    @Test func scrapedPageGivesTitleBylineCaptionAndBody() throws {
        let folder = TemporaryFolder()
        folder.write("page.txt", """
            Last update: June 2, 2025 08:10

            Tidewater Post logo

            Council Approves New Sea Wall

            By Marta Lindqvist and Joe Park June 1, 2025


            Workers inspect the old wall at dawn, June 1, 2025 / Post photo

            The council voted on Sunday to rebuild the sea wall.

            “We cannot wait for the next storm,” Mayor Dana Cole said.
            """)
        let archive = try ArchiveLoader.load(paths: [folder.path])
        #expect(archive.count == 1)
        let article = archive.article(0)
        #expect(article.title == "Council Approves New Sea Wall")
        #expect(article.authors == ["Marta Lindqvist", "Joe Park"])
        #expect(article.date?.description == "2025-06-01")
        #expect(article.updated?.description == "2025-06-02 08:10")
        #expect(article.caption == "Workers inspect the old wall at dawn, June 1, 2025 / Post photo")
        #expect(article.extra("credit") == .string("Post photo"))
        #expect(article.paragraphs == ["The council voted on Sunday to rebuild the sea wall.",
                                       "“We cannot wait for the next storm,” Mayor Dana Cole said."])
        #expect(!article.text.contains("logo"))
        #expect(archive.warnings.isEmpty)
    }

    @Test func plainTextTakesTitleAndFolderSection() throws {
        let folder = TemporaryFolder()
        folder.write("sport/001.txt", "Late goal wins derby\n\nA header in the last minute settled it.\n\nFans stayed late.\n")
        folder.write("top.txt", "No section here\n\nBody.")
        let archive = try ArchiveLoader.load(paths: [folder.path])
        #expect(archive.count == 2)
        let derby = try #require(archive.row(titled: "Late goal wins derby"))
        #expect(archive.sections[derby] == "sport")
        #expect(archive.paragraphs(of: derby).count == 2)
        #expect(archive.sections[try #require(archive.row(titled: "No section here"))] == nil)
        #expect(archive.wordCount(of: derby) == 11)
    }

    @Test func frontMatterFieldsAndMarkdownHeading() throws {
        let folder = TemporaryFolder()
        folder.write("notes/feature.md", """
            ---
            author:
              - Ann Lee
              - Bo Kim
            published: "2024-03-09"
            outlet: Valley Courier
            tags: [flood, council]
            ---

            # Rivers rise again

            The river broke its banks
            at noon.
            """)
        let archive = try ArchiveLoader.load(paths: [folder.path])
        let article = archive.article(0)
        #expect(article.title == "Rivers rise again")
        #expect(article.authors == ["Ann Lee", "Bo Kim"])
        #expect(article.date?.description == "2024-03-09")
        #expect(article.source == "Valley Courier")
        #expect(article.section == "notes")
        #expect(article.text == "The river broke its banks at noon.")
        #expect(article.extra("tags") == .list(["flood", "council"]))
    }

    @Test func jsonArrayWithParagraphListAndNestedSource() throws {
        let folder = TemporaryFolder()
        folder.write("wire.json", """
            [
              {"id": 7, "headline": "Port reopens", "byline": "By Sam Roe", "pubDate": "2024-11-02T09:15:00+00:00",
               "source": {"id": "tp", "name": "Tidewater Post"}, "category": "business",
               "body": ["Ships returned.", "  Trade resumed.  "], "score": 0.5, "breaking": true},
              {"title": "Second", "text": "Body two."}
            ]
            """)
        let archive = try ArchiveLoader.load(paths: [folder.path + "/wire.json"])
        #expect(archive.count == 2)
        let first = archive.article(0)
        #expect(first.id == "7")
        #expect(first.title == "Port reopens")
        #expect(first.authors == ["Sam Roe"])
        #expect(first.date?.description == "2024-11-02 09:15")
        #expect(first.source == "Tidewater Post")
        #expect(first.section == "business")
        #expect(first.paragraphs == ["Ships returned.", "Trade resumed."])
        #expect(first.extra("score") == .number(0.5))
        #expect(first.extra("breaking") == .bool(true))
        #expect(first.extra("source.id") == .string("tp"))
        // No id of its own: path and the line the record starts on.
        #expect(archive.article(1).id == "wire.json:5")
        #expect(archive.article(1).extra("score") == nil)
    }

    @Test func userMappingOverridesTheGuess() throws {
        let folder = TemporaryFolder()
        folder.write("a.jsonl", #"{"title": "T", "text": "short teaser", "body_raw": "The full story."}"# + "\n")
        let guessed = try ArchiveLoader.load(paths: [folder.path])
        #expect(guessed.article(0).text == "short teaser")
        #expect(guessed.article(0).extra("body_raw") == .string("The full story."))
        let mapped = try ArchiveLoader.load(paths: [folder.path],
                                            options: LoadOptions(mapping: FieldMapping(rules: ["text=body_raw"])))
        #expect(mapped.article(0).text == "The full story.")
        #expect(mapped.article(0).extra("text") == .string("short teaser"))
    }

    @Test func mappingRulesAreChecked() {
        #expect(throws: MappingError.self) { try FieldMapping(rules: ["body_raw"]) }
        #expect(throws: MappingError.self) { try FieldMapping(rules: ["txt=body_raw"]) }
    }

    @Test func csvAndTsvWithHeader() throws {
        let folder = TemporaryFolder()
        folder.write("n.csv", "article_id,publish_date,title,text\n1,2017/2/7,\"A, B\",\"Line one\nline two.\"\n2,2017/3/1 9:05,C,D\n")
        folder.write("m.tsv", "id\tdate\theadline\tcontent\nx1\tOctober 3, 2023\tHello\tWorld\n")
        let archive = try ArchiveLoader.load(paths: [folder.path])
        // Files in name order: m.tsv before n.csv.
        #expect(archive.count == 3)
        #expect(archive.ids == ["x1", "1", "2"])
        #expect(archive.titles == ["Hello", "A, B", "C"])
        #expect(archive.texts[1] == "Line one line two.")
        #expect(archive.dates.map { $0?.description } == ["2023-10-03", "2017-02-07", "2017-03-01 09:05"])
    }

    @Test func gzipFilesReadAsTheirInnerFormat() throws {
        let folder = TemporaryFolder()
        let lines = (1...300).map { #"{"id": "\#($0)", "title": "Story \#($0)", "text": "Words here."}"# }
        folder.write("big.jsonl.gz", bytes: try TemporaryFolder.gzip(Array(lines.joined(separator: "\n").utf8)))
        let archive = try ArchiveLoader.load(paths: [folder.path])
        #expect(archive.count == 300)
        #expect(archive.tokens.count == 600)
        #expect(archive.titles.last == "Story 300")
    }

    /// `cat a.gz b.gz` makes one file of two gzip members: libdeflate reads the first (when
    /// the trailer's size, the last member's, fits it), zlib the rest; every line loads.
    @Test(arguments: [(40, 300), (300, 40)])
    func gzipMembersOneAfterAnotherAllLoad(first: Int, second: Int) throws {
        func lines(_ range: ClosedRange<Int>) -> [UInt8] {
            Array((range.map { #"{"id": "\#($0)", "title": "Story \#($0)", "text": "Words here."}"# }.joined(separator: "\n") + "\n").utf8)
        }
        let folder = TemporaryFolder()
        let bytes = try TemporaryFolder.gzip(lines(1...first)) + TemporaryFolder.gzip(lines((first + 1)...(first + second)))
        folder.write("two.jsonl.gz", bytes: bytes)
        let archive = try ArchiveLoader.load(paths: [folder.path])
        #expect(archive.warnings.isEmpty)
        #expect(archive.ids == (1...(first + second)).map(String.init))
    }
}
