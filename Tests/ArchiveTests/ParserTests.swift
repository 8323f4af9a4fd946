import Foundation
import Testing
@testable import Archive

@Suite struct JSONParserTests {
    private func parse(_ text: String, inPlaceFrom minimum: Int = .max) throws -> JSONValue {
        var copy = text
        return try copy.withUTF8 { buffer in try JSONParser.parse(buffer, leavingInPlaceFrom: minimum) }
    }

    private func failure(_ text: String, inPlaceFrom minimum: Int = .max) -> JSONSyntaxError? {
        do { _ = try parse(text, inPlaceFrom: minimum); return nil } catch { return error as? JSONSyntaxError }
    }

    @Test func readsObjectsWithEveryKindOfValue() throws {
        let value = try parse(#"{"a": "x\n\"y\" \u00e9\ud83d\ude00", "n": -1.5e2, "t": true, "z": null, "l": [1, "b"]}"#)
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "n", "t", "z", "l"])
        if case .string(let s) = members[0].value { #expect(s == "x\n\"y\" é😀") } else { Issue.record("a") }
        if case .number(let n) = members[1].value { #expect(n == -150) } else { Issue.record("n") }
    }

    /// Strings from a length on are left where they are, checked; read as strings, or
    /// unescaped in place, they are what the string path gives.
    @Test func longStringsAreLeftInPlace() throws {
        let json = #"{"a": "short", "b": "x\n\"y\" \u00e9\ud83d\ude00 \/ end", "c": "plain and long", "d": "a\tb"}"#
        var bytes = Array(json.utf8)
        let value = try bytes.withUnsafeBufferPointer { try JSONParser.parse($0, leavingInPlaceFrom: 8) }
        guard case .object(let members) = value, members.count == 4 else { Issue.record("not an object"); return }
        if case .string(let s) = members[0].value { #expect(s == "short") } else { Issue.record("a") }
        if case .string(let s) = members[3].value { #expect(s == "a\tb") } else { Issue.record("d") }  // short, escaped
        guard case .inPlace(let escaped) = members[1].value, case .inPlace(let plain) = members[2].value else {
            Issue.record("b and c are not in place"); return
        }
        #expect(escaped.hasEscapes && !plain.hasEscapes)
        let expected = "x\n\"y\" é😀 / end"
        #expect(bytes.withUnsafeBufferPointer { JSONParser.string(escaped, in: $0) } == expected)
        #expect(bytes.withUnsafeBufferPointer { JSONParser.string(plain, in: $0) } == "plain and long")
        let count = bytes.withUnsafeMutableBufferPointer { JSONParser.unescape(escaped, in: $0) }
        #expect(Array(bytes[escaped.content.lowerBound..<escaped.content.lowerBound + count]) == Array(expected.utf8))
    }

    @Test(arguments: [
        (#"{"a": }"#, "unexpected character '}'", 6),
        (#"{"a": 1,}"#, "expected a member name in quotes", 8),
        (#"{"a": "open"#, "the string is not closed", 6),
        (#"[1, 2"#, "the array is not closed", 5),
        (#"{"a": 1} x"#, "unexpected text after the JSON value", 9),
        (#"{"a": tru}"#, "unexpected character 't'", 6),
        (#""bad \q""#, #"unknown escape '\q'"#, 5),
    ])
    func errorsSayWhatAndWhere(text: String, message: String, offset: Int) {
        let error = failure(text)
        #expect(error?.message == message)
        #expect(error?.offset == offset)
        // The same, where strings would be left in place.
        let inPlace = failure(text, inPlaceFrom: 1)
        #expect(inPlace?.message == message)
        #expect(inPlace?.offset == offset)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(failure(deep)?.message == "nested deeper than 512 levels")
    }
}

@Suite struct DelimitedReaderTests {
    private func rows(_ text: String, delimiter: Character = ",") -> [DelimitedReader.Row] {
        var copy = text
        return copy.withUTF8 { buffer in
            var reader = DelimitedReader(bytes: buffer, delimiter: delimiter.asciiValue!)
            var rows: [DelimitedReader.Row] = []
            while let row = reader.nextRow() { rows.append(row) }
            return rows
        }
    }

    @Test func quotedFieldsSpanLinesAndEscapeQuotes() {
        let result = rows("id,text\r\n1,\"He said \"\"no\"\".\n\nThen left.\"\r\n2,plain\n")
        #expect(result.map(\.fields) == [["id", "text"], ["1", "He said \"no\".\n\nThen left."], ["2", "plain"]])
        #expect(result.map(\.line) == [1, 2, 5])
    }

    @Test func anUnclosedQuoteIsReportedWithItsLine() {
        let result = rows("a,b\n1,2\n3,\"never closed\n4,5\n")
        #expect(result.count == 3)
        #expect(result[2].problem == "a quote opened on line 3 is never closed")
    }

    @Test func tabsSeparateTSV() {
        #expect(rows("a\tb\n1\t\"x\ty\"\n", delimiter: "\t").map(\.fields) == [["a", "b"], ["1", "x\ty"]])
    }
}

@Suite struct ParagraphTests {
    @Test func blankLinesSeparateAndLinesJoin() {
        #expect(Paragraphs.normalized("  One\nline two \n\n\n\u{A0}Two\r\n\r\nThree  ") == "One line two\n\nTwo\n\nThree")
    }

    /// A text already normalized is kept as it is: that shortcut must give what building
    /// the text anew gives, for any text, and must be taken for every text it builds.
    @Test func aNormalizedTextIsKeptAsItIs() {
        let pieces = ["One", "two", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u{A0}", "\u{FEFF}", "é", "\u{2003}", "  "]
        var kept = 0
        for text in RandomText.strings(of: pieces, count: 5000, maxPieces: 10, seed: 11) {
            var copy = text
            let built = copy.withUTF8 { Paragraphs.normalized(utf8: $0) }
            #expect(Paragraphs.normalized(text) == built, "\(Array(text.unicodeScalars))")
            var again = built
            #expect(again.withUTF8(Paragraphs.isNormalized) == !built.isEmpty, "\(Array(built.unicodeScalars))")
            if copy.withUTF8(Paragraphs.isNormalized) { kept += 1 }
        }
        #expect(kept > 100)        // the shortcut itself is taken often enough to be tested
    }

    /// Normalizing where the text lies gives what building it anew gives, or declines with
    /// the text untouched.
    @Test func normalizingInPlaceGivesTheSameText() {
        let long = String(repeating: "long line ", count: 13)
        let pieces = ["One", "two", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u{A0}", "\u{FEFF}", "é", "\u{2003}", "  ", "\n  ", long]
        var declined = 0, inPlaceWithLongLines = 0
        for text in RandomText.strings(of: pieces, count: 5000, maxPieces: 14, seed: 29) {
            var bytes = Array(text.utf8)
            let original = bytes
            let built = bytes.withUnsafeBufferPointer { Paragraphs.normalized(utf8: $0) }
            if let count = bytes.withUnsafeMutableBufferPointer({ Paragraphs.normalize(inPlace: $0) }) {
                #expect(String(decoding: bytes[..<count], as: UTF8.self) == built, "\(Array(text.unicodeScalars))")
                if text.contains(long) { inPlaceWithLongLines += 1 }
            } else {
                #expect(bytes == original)
                #expect(built.utf8.count > 0)
                declined += 1
            }
        }
        // Both ways are taken: long lines often fit (a CRLF, an indent, a blank line before
        // them), and a lone line feed between two of them does not.
        #expect(declined > 10)
        #expect(inPlaceWithLongLines > 500)
    }

    /// A block with a line too long for hard-wrapped text is one paragraph per line; a block
    /// of short lines is one paragraph, as before.
    @Test func longLinesAreParagraphsOfTheirOwn() {
        let first = String(repeating: "Quoted words here. ", count: 7)    // 133 bytes with its last space
        let second = "Short line after it."
        let text = "A title that wraps\nonto a second line\n\n\(first)\n\(second)\n“Another,” she said.\n\nEnd."
        #expect(Paragraphs.normalized(text) == "A title that wraps onto a second line\n\n\(first.dropLast())\n\n\(second)\n\n“Another,” she said.\n\nEnd.")
        let wrapped = String(repeating: "Eighty characters or fewer make a line of hard-wrapped text.\n", count: 3)
        #expect(!Paragraphs.normalized(wrapped).contains("\n"))
    }

    @Test func indentsSeparateWhenThereIsNoBlankLine() {
        let reuters = "Showers continued\nthroughout the week.\n    The dry period\nmeans delay.\n Reuter\n"
        #expect(Paragraphs.normalized(reuters) == "Showers continued throughout the week.\n\nThe dry period means delay.\n\nReuter")
        #expect(WireSignature.removed(from: Paragraphs.normalized(reuters)) == "Showers continued throughout the week.\n\nThe dry period means delay.")
        #expect(WireSignature.removed(from: "Total 55.8 (33.7). REUTER") == "Total 55.8 (33.7).")
        #expect(WireSignature.removed(from: "He spoke to Reuters.") == "He spoke to Reuters.")
        #expect(WireSignature.removed(from: "Total.\u{A0}\u{2003} Reuter") == "Total.")  // any white space before it goes
        #expect(WireSignature.removed(from: "Reuter") == "")
        #expect(WireSignature.removed(from: "Ask Reuter") == "Ask")
        #expect(WireSignature.removed(from: "AReuter") == "AReuter")                  // not a word of its own
    }
}

/// Bylines split at semicolons, commas, " & " and " and ", against the same rule made of
/// Foundation's `components(separatedBy:)`, on random bylines.
@Suite struct AuthorTests {
    @Test func bylinesSplitAsFoundationSplitsThem() {
        let pieces = ["Ann Lee", "Bo", "Élise Ñúñez", ",", ";", " & ", " and ", "and", " ", "&", "Andy", " andrew", "  "]
        for byline in RandomText.strings(of: pieces, count: 3000, maxPieces: 8, seed: 5) {
            var parts = [byline]
            for separator in [";", ",", " & ", " and "] {
                parts = parts.flatMap { $0.components(separatedBy: separator) }
            }
            let expected = parts.map(\.trimmingSpaces).filter { !$0.isEmpty }
            #expect(byline.splitAuthors() == expected, "\(byline)")
        }
        #expect("Marta Lindqvist and Joe Park".splitAuthors() == ["Marta Lindqvist", "Joe Park"])
    }
}
