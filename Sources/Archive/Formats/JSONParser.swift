/// A JSON value, as the JSON and JSON Lines formats read it.
enum JSONValue {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    /// A long string left where it is in the parsed bytes (`parse(_:leavingInPlaceFrom:)`).
    case inPlace(JSONStringInPlace)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])
}

/// A string's content as it stands in the parsed bytes, between its quotes, checked but not
/// yet unescaped: so that an article's text need not become a Swift `String` on its way to
/// the archive's text column (`unescape(_:in:)`).
struct JSONStringInPlace {
    var content: Range<Int>
    var hasEscapes: Bool
}

struct JSONSyntaxError: Error {
    var message: String
    /// Byte offset into the parsed buffer.
    var offset: Int

    static let trailingText = "unexpected text after the JSON value"
    var isTrailingText: Bool { message == Self.trailingText }
}

/// A strict JSON parser over UTF-8 bytes (RFC 8259), with a nesting limit so that hostile
/// input gives an error rather than a stack overflow.
///
/// Foundation's JSONSerialization would do, but it reports no position for an error and
/// builds bridged objects; records here need only a position and plain Swift values.
struct JSONParser {
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Strings of at least this many bytes are left in place.
    private var inPlaceMinimum = Int.max

    /// Parses exactly one value, with only white space around it. Strings of at least
    /// `inPlaceMinimum` bytes are given `.inPlace`, the others `.string`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, leavingInPlaceFrom inPlaceMinimum: Int = .max) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.inPlaceMinimum = inPlaceMinimum
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.error(JSONSyntaxError.trailingText) }
        return value
    }

    /// Parses the values of an array one at a time, with the offset where each starts, so
    /// that one bad element can be reported without losing the others. Returns nil when
    /// the text is not an array.
    static func arrayElements(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> [(offset: Int, value: JSONValue)]? {
        var parser = JSONParser(bytes: bytes)
        parser.skipSpace()
        guard parser.peek == UInt8(ascii: "[") else { return nil }
        parser.index += 1
        var elements: [(Int, JSONValue)] = []
        parser.skipSpace()
        if parser.peek == UInt8(ascii: "]") { parser.index += 1; return [] }
        while true {
            parser.skipSpace()
            let start = parser.index
            elements.append((start, try parser.value(depth: 1)))
            parser.skipSpace()
            guard let byte = parser.peek else { throw parser.error("the array is not closed") }
            parser.index += 1
            if byte == UInt8(ascii: "]") { break }
            guard byte == UInt8(ascii: ",") else { throw parser.error("expected ',' or ']' in an array", back: 1) }
        }
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.error(JSONSyntaxError.trailingText) }
        return elements
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func error(_ message: String, back: Int = 0) -> JSONSyntaxError {
        JSONSyntaxError(message: message, offset: max(0, index - back))
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels") }
        guard let byte = peek else { throw error("expected a value, found the end of the input") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return try stringValue()
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("unexpected character '\(Self.show(byte))'")
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if peek == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
            let key = try string()
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw error("expected ':' after the member name") }
            index += 1
            skipSpace()
            members.append((key, try value(depth: depth + 1)))
            skipSpace()
            guard let byte = peek else { throw error("the object is not closed") }
            index += 1
            if byte == UInt8(ascii: "}") { return .object(members) }
            guard byte == UInt8(ascii: ",") else { throw error("expected ',' or '}' in an object", back: 1) }
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if peek == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipSpace()
            elements.append(try value(depth: depth + 1))
            skipSpace()
            guard let byte = peek else { throw error("the array is not closed") }
            index += 1
            if byte == UInt8(ascii: "]") { return .array(elements) }
            guard byte == UInt8(ascii: ",") else { throw error("expected ',' or ']' in an array", back: 1) }
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("unexpected end of the input") }
        for k in 0..<count where bytes[index + k] != word.utf8Start[k] {
            throw error("unexpected character '\(Self.show(bytes[index]))'")
        }
        index += count
    }

    private mutating func number() throws(JSONSyntaxError) -> Double {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        func digits() -> Int {
            let from = index
            while let byte = peek, byte >= 48, byte <= 57 { index += 1 }
            return index - from
        }
        guard digits() > 0 else { throw error("expected a digit") }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error("expected a digit after the decimal point") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw error("expected a digit in the exponent") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else { throw JSONSyntaxError(message: "unreadable number", offset: start) }
        return value
    }

    /// A string: left in place when it is long enough (`inPlaceMinimum`), else a Swift string.
    private mutating func stringValue() throws(JSONSyntaxError) -> JSONValue {
        guard inPlaceMinimum < Int.max else { return .string(try string()) }
        let start = index + 1
        index = start
        // One pass finds its end and checks every escape, writing nothing.
        let unescapedCount = try unescape(from: start, into: nil)
        let content = start..<index - 1
        // Every escape is longer than what it stands for.
        let hasEscapes = unescapedCount < content.count
        if content.count >= inPlaceMinimum { return .inPlace(JSONStringInPlace(content: content, hasEscapes: hasEscapes)) }
        if !hasEscapes { return .string(String(decoding: bytes[content], as: UTF8.self)) }
        index = start
        return .string(try escapedString(from: start))
    }

    /// A string left in place, unescaped where it lies: its bytes from `content.lowerBound`
    /// on become its text (no escape is shorter than what it stands for); returns how many.
    /// `bytes` are the bytes it was parsed from.
    static func unescape(_ string: JSONStringInPlace, in bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard string.hasEscapes else { return string.content.count }
        var parser = JSONParser(bytes: UnsafeBufferPointer(bytes))
        parser.index = string.content.lowerBound
        let out = bytes.baseAddress! + string.content.lowerBound
        // Checked when parsed: nothing here throws.
        return (try? parser.unescape(from: string.content.lowerBound, into: out)) ?? 0
    }

    /// A string left in place, as a Swift string; `bytes` are the bytes it was parsed from,
    /// left as they are.
    static func string(_ string: JSONStringInPlace, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard string.hasEscapes else { return String(decoding: bytes[string.content], as: UTF8.self) }
        var parser = JSONParser(bytes: bytes)
        parser.index = string.content.lowerBound
        // Checked when parsed: nothing here throws.
        return (try? parser.escapedString(from: string.content.lowerBound)) ?? ""
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        index += 1 // the opening quote
        let start = index
        index = ByteScan.nextStringSpecial(bytes, from: index)
        guard index < bytes.count else { throw JSONSyntaxError(message: "the string is not closed", offset: start - 1) }
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            index += 1
            return text
        }
        if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
        throw error("a control character (\(controlName(byte))) inside a string")
    }

    /// The slow path, for strings with backslash escapes: written straight into the
    /// string's own storage, which the raw bytes bound (no escape is shorter than what it
    /// stands for); runs of plain bytes are copied whole, escapes one at a time.
    private mutating func escapedString(from start: Int) throws(JSONSyntaxError) -> String {
        var failure: JSONSyntaxError?
        let text = String(unsafeUninitializedCapacity: closingQuote(from: index) - start) { out in
            do throws(JSONSyntaxError) {
                return try unescape(from: start, into: out.baseAddress!)
            } catch {
                failure = error
                return 0
            }
        }
        if let failure { throw failure }
        return text
    }

    /// Where the string being read ends: its closing quote, else a control character (an
    /// error for `unescape` to report) or the end of the input.
    private func closingQuote(from position: Int) -> Int {
        var position = position
        while true {
            position = ByteScan.nextStringSpecial(bytes, from: position)
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\\") else { return position }
            position = min(position + 2, bytes.count)
        }
    }

    /// The string's content from `start`, unescaped into `out` (or only checked, when it is
    /// nil), and past its closing quote; the bytes written. `out` may be the content's own
    /// place: what is written never overtakes what is read.
    private mutating func unescape(from start: Int, into out: UnsafeMutablePointer<UInt8>?) throws(JSONSyntaxError) -> Int {
        var written = 0
        func put(_ byte: UInt8) {
            out?[written] = byte
            written += 1
        }
        var runStart = start
        while index < bytes.count {
            index = ByteScan.nextStringSpecial(bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte < 0x20 { throw error("a control character (\(controlName(byte))) inside a string") }
            if let out, index > runStart {
                // Regions that may overlap: a move, not a copy.
                UnsafeMutableRawPointer(out + written).copyMemory(from: bytes.baseAddress! + runStart, byteCount: index - runStart)
            }
            written += index - runStart
            index += 1
            if byte == UInt8(ascii: "\"") { return written }
            guard let escape = peek else { break }
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): put(escape)
            case UInt8(ascii: "b"): put(0x08)
            case UInt8(ascii: "f"): put(0x0C)
            case UInt8(ascii: "n"): put(0x0A)
            case UInt8(ascii: "r"): put(0x0D)
            case UInt8(ascii: "t"): put(0x09)
            case UInt8(ascii: "u"): for byte in String(try unicodeEscape()).utf8 { put(byte) }
            default: throw error("unknown escape '\\\(Self.show(escape))'", back: 2)
            }
            runStart = index
        }
        throw JSONSyntaxError(message: "the string is not closed", offset: start - 1)
    }

    private mutating func unicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let high = try hex4()
        if (0xD800..<0xDC00).contains(high), index + 1 < bytes.count,
           bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
            index += 2
            let low = try hex4()
            if (0xDC00..<0xE000).contains(low) {
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
            }
            return "\u{FFFD}"
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}" // a lone surrogate
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 48...57: digit = UInt32(byte - 48)
            case 65...70: digit = UInt32(byte - 55)
            case 97...102: digit = UInt32(byte - 87)
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private static func show(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : String(format: byte)
    }
}

private extension String {
    init(format byte: UInt8) {
        let hex = Array("0123456789ABCDEF")
        self = "0x" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
    }
}

/// "U+0000" for a NUL: a control character as Unicode names it.
private func controlName(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: 4 - digits.count) + digits
}
