import Foundation
import Testing
@testable import Archive

/// A folder of deliberately broken files: everything good loads, each bad thing is
/// reported by file and line, and nothing stops the load. The catalogue of hostile input,
/// one entry a test, is `HostileInputTests`.
@Suite struct BrokenInputTests {
    @Test func everythingGoodLoadsAndEveryBadThingIsNamed() throws {
        let folder = TemporaryFolder()
        let p = folder.path
        folder.write("records.jsonl", """
            {"id": "j1", "title": "Fine", "text": "One."}
            {"id": "j2", "title": "Broken", "text": "Two.
            [1, 2]
            {"id": "j4", "title": "Odd date", "date": "sometime in May", "text": "Four."}

            {"id": "j6", "title": "Also fine", "text": "Six."}
            """)
        folder.write("rows.csv", "id,title,text\nc1,Good,Text.\nc2,Too,many,fields\nc3,\"Good too\",More.\n")
        folder.write("unclosed.csv", "id,title,text\nu1,Kept,Yes.\nu2,\"Lost,No.\nu3,Also lost,No.\n")
        folder.write("empty.txt", "")
        folder.write("blank.txt", "  \n\n ")
        folder.write("binary.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A])
        folder.write("bad.json", "{\n  \"title\": \"x\",\n  \"text\": oops\n}\n")
        folder.write("latin1.txt", bytes: Array("Price rise\n\nIt costs ".utf8) + [0xA3] + Array("5 now.".utf8))
        folder.write("crlf.txt", "Windows title\r\n\r\nFirst.\r\nStill first.\r\n\r\nSecond.\r\n")
        folder.write("bom.json", bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"title": "With BOM", "text": "Fine."}"#.utf8))
        folder.write("README.md", "# About this folder\n")
        folder.write("scan.pdf", bytes: [0x25, 0x50, 0x44, 0x46])
        let whole = try TemporaryFolder.gzip(Array((1...2000).map { #"{"id": "g\#($0)", "title": "G", "text": "Gzip line \#($0)."}"# }
            .joined(separator: "\n").utf8))
        folder.write("cut.jsonl.gz", bytes: Array(whole.prefix(whole.count / 2)))

        let archive = try ArchiveLoader.load(paths: [p])
        let messages = archive.warnings.map(\.description)
        func warned(_ prefix: String, _ fragment: String) -> Bool {
            messages.contains { $0.hasPrefix(prefix) && $0.contains(fragment) }
        }
        #expect(warned("\(p)/records.jsonl:2:", "malformed JSON: the string is not closed; record skipped"))
        #expect(warned("\(p)/records.jsonl:3:", "a JSON array, not an article object; skipped"))
        #expect(warned("\(p)/records.jsonl:4:", "unreadable date 'sometime in May' in 'date'; left empty"))
        #expect(warned("\(p)/rows.csv:3:", "4 fields where the header has 3; row skipped"))
        #expect(warned("\(p)/unclosed.csv:3:", "a quote opened on line 3 is never closed; row skipped"))
        #expect(warned("\(p)/empty.txt:", "the file is empty; skipped"))
        #expect(warned("\(p)/blank.txt:", "the file is empty; skipped"))
        #expect(warned("\(p)/binary.txt:", "a binary file, not text (a NUL byte at offset 4); skipped"))
        #expect(warned("\(p)/bad.json:3:11:", "malformed JSON: unexpected character 'o'; file skipped"))
        #expect(warned("\(p)/latin1.txt:", "not valid UTF-8 (byte 0xA3 at offset 21); read as Windows-1252"))
        #expect(warned("\(p)/cut.jsonl.gz:", "the gzip data is truncated"))
        #expect(!messages.contains { $0.contains("README") || $0.contains("scan.pdf") })

        let titles = Set(archive.titles.compactMap { $0 })
        #expect(titles.isSuperset(of: ["Fine", "Odd date", "Also fine", "Good", "Good too", "Kept",
                                       "Price rise", "Windows title", "With BOM"]))
        #expect(!titles.contains("Broken") && !titles.contains("Lost,No."))
        let price = try #require(archive.row(titled: "Price rise"))
        #expect(archive.texts[price] == "It costs £5 now.")
        let windows = try #require(archive.row(titled: "Windows title"))
        #expect(archive.paragraphs(of: windows) == ["First. Still first.", "Second."])
        #expect(archive.dates[try #require(archive.row(titled: "Odd date"))] == nil)

        // The truncated gzip gives the records before the cut, every one of them whole.
        let gzipped = archive.ids.filter { $0.hasPrefix("g") }
        #expect(gzipped.count > 100 && gzipped.count < 2000)
        #expect(gzipped == (1...gzipped.count).map { "g\($0)" })
        #expect(archive.statistics.skippedFiles == 5) // README, pdf, empty, blank, binary
        #expect(archive.statistics.skippedRecords >= 5) // j2, [1, 2], c2, u2, bad.json, the cut gzip line
    }

    @Test func aMissingPathStopsTheLoadWithItsName() {
        #expect(throws: LoadError(message: "cannot open '/no/such/archive': No such file or directory")) {
            try ArchiveLoader.load(paths: ["/no/such/archive"])
        }
    }
}
