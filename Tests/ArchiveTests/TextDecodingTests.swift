import Testing
@testable import Archive

/// The UTF-8 check that decides whether a file falls back to Windows-1252, against the
/// standard library's own UTF-8 decoder, on random bytes rich in the edge cases of the
/// table of well-formed sequences (overlong forms, surrogates, scalars past U+10FFFF,
/// truncated sequences), at every alignment.
@Suite struct TextDecodingTests {
    /// Where the standard library's decoder first fails: an independent reading.
    private func decoderVerdict(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var position = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): position += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return position
            }
        }
    }

    @Test func theFirstInvalidByteIsWhereTheDecoderFails() {
        // Valid pieces of every length, and bytes that break them.
        let pieces: [[UInt8]] = [
            Array("plain ascii text ".utf8), Array("é".utf8), Array("“".utf8), Array("€".utf8), Array("😀".utf8),
            Array("\u{10FFFF}".utf8), Array("\u{D7FF}".utf8), Array("\u{E000}".utf8),
            [0xC0, 0xAF], [0xE0, 0x9F, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xE2, 0x80], [0xF0, 0x9F], [0x80], [0xBF], [0xFF], [0xC2], [0xF0, 0x90, 0x80],
        ]
        var random = SeededRandom(seed: 7)
        var invalid = 0
        for _ in 0..<3000 {
            // Mostly valid pieces, so that an error often comes late, after fast ASCII runs.
            var bytes: [UInt8] = []
            for _ in 0..<random.next(12) { bytes += pieces[random.next(random.next(4) == 0 ? pieces.count : 8)] }
            let expected = decoderVerdict(bytes)
            if expected != nil { invalid += 1 }
            #expect(bytes.withUnsafeBufferPointer(TextDecoding.firstInvalidUTF8) == expected, "\(bytes)")
        }
        #expect(invalid > 300 && invalid < 2700)   // both verdicts well covered
    }
}
