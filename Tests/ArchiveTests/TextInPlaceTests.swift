import Foundation
import Testing
@testable import Archive

/// JSON Lines texts are unescaped and normalized where they lie in the file's bytes, and the
/// text column is made of those bytes (`JSONLinesFormat`, `TextColumn(_:files:)`). The texts
/// must be what the string path (a JSON array file) makes of the same records.
@Suite struct TextInPlaceTests {
    /// 311 bytes: long enough to be left in place.
    static let story = Array(repeating: "Words of the story go on.", count: 12).joined(separator: " ")

    @Test func aTextIsUnescapedAndNormalizedWhereItLies() throws {
        let text = #"First \"line\"\r\ngoes on.\n\n\n  Caf\u00e9 \ud83d\ude00 \/ tab\there.\n \n"# + Self.story + #"\n\nReuter\n"#
        let folder = TemporaryFolder()
        folder.write("a.jsonl", #"{"title": "T", "text": "\#(text)"}"# + "\n" + #"{"title": "U", "text": "short"}"# + "\n")
        let archive = try ArchiveLoader.load(paths: [folder.path])
        #expect(archive.texts[0] == "First \"line\" goes on.\n\nCafé 😀 / tab\there.\n\n" + Self.story)
        #expect(archive.texts[1] == "short")
        #expect(archive.titles == ["T", "U"])
    }

    /// Random records, as JSON Lines (texts in place) and as one JSON array (texts made
    /// strings): every field of every article the same.
    @Test func textsAreWhatTheStringPathMakesOfTheSameRecords() throws {
        let pieces = ["Word", " ", "\n", "\n\n", "\r\n", "\t", "  ", "é", "\u{A0}", "\u{2003}", "\"", "\\", "/", "😀",
                      "\u{1}", "Reuter", Self.story, Self.story]
        let texts = RandomText.strings(of: pieces, count: 400, maxPieces: 12, seed: 23)
        let objects: [[String: Any]] = texts.enumerated().map { index, text in
            var object: [String: Any] = ["id": "r\(index)", "text": text]
            // Some other fields long enough to be left in place too, and one in a list.
            if index % 3 == 0 { object["summary"] = "Summary \\ " + texts[(index + 1) % texts.count] + Self.story }
            if index % 5 == 0 { object["tags"] = ["a", Self.story + "\n"] }
            return object
        }
        let lines = try objects.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        let folder = TemporaryFolder()
        folder.write("lines/a.jsonl", lines.joined(separator: "\n") + "\n")
        folder.write("array/a.json", "[" + lines.joined(separator: ",\n") + "]\n")
        let inPlace = try ArchiveLoader.load(paths: [folder.path + "/lines"])
        let asStrings = try ArchiveLoader.load(paths: [folder.path + "/array"])
        #expect(inPlace.count == texts.count)
        #expect(inPlace.ids == asStrings.ids)
        #expect(texts.filter { $0.utf8.count >= JSONLinesFormat.inPlaceMinimum }.count > 100)
        for row in 0..<texts.count {
            #expect(inPlace.texts[row] == asStrings.texts[row], "\(row)")
            #expect(inPlace.article(row).extra("summary") == asStrings.article(row).extra("summary"), "\(row)")
            #expect(inPlace.article(row).extra("tags") == asStrings.article(row).extra("tags"), "\(row)")
        }
        #expect(inPlace.article(5).extra("tags") == .list(["a", Self.story + "\n"]))
    }

    /// A file whose texts mostly lie in it, with a few that are strings (short, empty, a
    /// list of paragraphs, a number, and one that grows as its lone line feed between two
    /// long lines becomes a blank line): all laid end to end in the file's own bytes.
    @Test func textsThatAreStringsJoinTheFilesOwn() throws {
        let lines = [#"{"text": "\#(Self.story)"}"#, #"{"text": "Short one."}"#, #"{"text": ""}"#,
                     #"{"text": "\#(Self.story) B"}"#, #"{"text": ["Para one.", "Para two."]}"#,
                     #"{"text": "\#(Self.story) C"}"#, #"{"text": 12345}"#, #"{"text": "\#(Self.story) D"}"#,
                     #"{"text": "\#(Self.story)\n\#(Self.story) E"}"#, #"{"text": "\#(Self.story) F"}"#]
        let folder = TemporaryFolder()
        folder.write("a.jsonl", lines.joined(separator: "\n") + "\n")
        let archive = try ArchiveLoader.load(paths: [folder.path])
        #expect((0..<archive.count).map { archive.texts[$0] } == [
            Self.story, "Short one.", "", Self.story + " B", "Para one.\n\nPara two.", Self.story + " C", "12345",
            Self.story + " D", Self.story + "\n\n" + Self.story + " E", Self.story + " F",
        ])
    }

    /// Several files: the texts are copied from each file's bytes and from strings.
    @Test func textsFromSeveralFilesAndFormats() throws {
        let folder = TemporaryFolder()
        folder.write("a.jsonl", #"{"text": "\#(Self.story)\n\nEnd A."}"# + "\n" + #"{"text": "Short A."}"# + "\n")
        folder.write("b.txt", "Title B\n\nBody of B.\n")
        folder.write("c.jsonl", #"{"text": "C: \#(Self.story)"}"# + "\n")
        let archive = try ArchiveLoader.load(paths: [folder.path])
        #expect((0..<archive.count).map { archive.texts[$0] } == [Self.story + "\n\nEnd A.", "Short A.", "Body of B.", "C: " + Self.story])
    }

    /// A text that is a small part of its file: the text column is a copy, and the other
    /// long field is read as it is.
    @Test func aTextBesideALargerFieldIsRight() throws {
        let page = "<p>" + Array(repeating: Self.story, count: 6).joined(separator: "</p>\\n<p>") + "</p>"
        let folder = TemporaryFolder()
        folder.write("a.jsonl", #"{"text": "\#(Self.story)", "html": "\#(page)"}"# + "\n")
        let archive = try ArchiveLoader.load(paths: [folder.path])
        #expect(archive.texts[0] == Self.story)
        #expect(archive.article(0).extra("html") == .string(page.replacingOccurrences(of: "\\n", with: "\n")))
    }

    /// A field that gives the text and another article field too is read as a string
    /// for both.
    @Test func aTextFieldMappedTwiceGivesBoth() throws {
        let folder = TemporaryFolder()
        folder.write("a.jsonl", #"{"body": "\#(Self.story)"}"# + "\n")
        let options = LoadOptions(mapping: try FieldMapping(rules: ["title=body", "text=body"]))
        let archive = try ArchiveLoader.load(paths: [folder.path], options: options)
        #expect(archive.texts[0] == Self.story)
        #expect(archive.titles == [Self.story])
    }

    /// A line that fails to parse after a long text with escapes: nothing was unescaped in
    /// it, so its column is counted on the line as written; the other lines load.
    @Test func aMalformedLineIsReportedWhereItIsWritten() throws {
        let good = #"{"text": "\#(Self.story)"}"#
        let bad = #"{"text": "\#(Self.story)\n\n\"\#(Self.story)\"", "x": tru}"#
        let folder = TemporaryFolder()
        folder.write("a.jsonl", [good, bad, good].joined(separator: "\n") + "\n")
        let archive = try ArchiveLoader.load(paths: [folder.path])
        #expect(archive.count == 2)
        let column = bad.distance(from: bad.startIndex, to: bad.range(of: "tru}")!.lowerBound) + 1
        #expect(archive.warnings.map(\.line) == [2])
        #expect(archive.warnings.map(\.column) == [column])
    }
}
