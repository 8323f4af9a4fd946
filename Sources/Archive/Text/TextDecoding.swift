/// Turns a file's bytes into text: UTF-8 with or without a byte-order mark, or, where the
/// bytes are not valid UTF-8, Windows-1252 (the usual encoding of older Western news files).
enum TextDecoding {
    struct Decoded {
        var text: String
        /// The byte offset of the first invalid UTF-8 sequence, when the file fell back.
        var fallbackAt: Int?
    }

    static func decode(_ bytes: [UInt8]) -> Decoded {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return bytes.withUnsafeBufferPointer { buffer in
            let body = UnsafeBufferPointer(rebasing: buffer[start...])
            if let invalid = firstInvalidUTF8(body) {
                return Decoded(text: windows1252(body), fallbackAt: invalid + start)
            }
            return Decoded(text: String(decoding: body, as: UTF8.self), fallbackAt: nil)
        }
    }

    /// The offset of the first byte that does not begin or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        // Fast path over ASCII, which is most of any English news file.
        while offset < bytes.count, bytes[offset] < 0x80 { offset += 1 }
        iterator = UnsafeBufferPointer(rebasing: bytes[offset...]).makeIterator()
        var position = offset
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): position += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return position
            }
        }
    }

    static func windows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = Unicode.Scalar(windows1252High[Int(byte - 0x80)]) {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Bytes 0x80-0x9F of Windows-1252; the five it leaves undefined map to themselves.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// CRLF and lone CR become LF.
    static func normalizingLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 13 {
                bytes.append(10)
                previousWasCR = true
            } else {
                if !(byte == 10 && previousWasCR) { bytes.append(byte) }
                previousWasCR = false
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the bytes look like a binary file rather than text (a NUL in the first 8 KB).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(8192).contains(0)
    }
}
