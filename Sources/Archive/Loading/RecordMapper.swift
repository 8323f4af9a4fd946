/// Turns a structured record (a JSON object, a CSV row, front matter) into an article:
/// known fields by their common spellings, every other scalar kept under its own name.
struct RecordMapper {
    let mapping: FieldMapping
    private var cachedKeys: [String] = []
    private var cachedAssignment: [FieldMapping.Target: Int] = [:]
    private var cachedTextField: Int?

    init(mapping: FieldMapping) {
        self.mapping = mapping
    }

    /// nil values are fields that are present but empty (JSON null, an empty CSV cell).
    mutating func article(from fields: [(key: String, value: FieldValue?)], path: String, line: Int?,
                          warnings: inout [LoadWarning]) -> ArticleRecord {
        assign(fields)
        let keys = cachedKeys
        var record = ArticleRecord(path: path, line: line)
        var used = Set(cachedAssignment.values)
        for (target, index) in cachedAssignment {
            guard let value = fields[index].value else { continue }
            apply(value, to: target, of: &record, key: keys[index]) { message in
                warnings.append(LoadWarning(file: path, line: line, message: message))
            }
        }
        for (index, field) in fields.enumerated() where !used.contains(index) {
            used.insert(index)
            if let value = field.value, !record.extra.contains(where: { $0.name == field.key }) {
                record.extra.append((field.key, value))
            }
        }
        return record
    }

    /// The field that gives a record with these keys its text, when it gives no other
    /// article field (`--map title=body --map text=body` gives both).
    mutating func textField(in fields: [(key: String, value: FieldValue?)]) -> Int? {
        assign(fields)
        return cachedTextField
    }

    /// Fields to targets, worked out again only when the keys change: the records of a
    /// file mostly share theirs, so they are compared in place, with no array of them made.
    private mutating func assign(_ fields: [(key: String, value: FieldValue?)]) {
        guard fields.count != cachedKeys.count || !zip(fields, cachedKeys).allSatisfy({ $0.key == $1 }) else { return }
        let keys = fields.map(\.key)
        cachedKeys = keys
        cachedAssignment = mapping.assign(keys: keys)
        cachedTextField = cachedAssignment[.text].flatMap { text in
            cachedAssignment.values.filter { $0 == text }.count == 1 ? text : nil
        }
    }

    private func apply(_ value: FieldValue, to target: FieldMapping.Target, of record: inout ArticleRecord,
                       key: String, warn: (String) -> Void) {
        switch target {
        case .id: record.id = Self.singleLine(value.description)
        case .title: record.title = Self.singleLine(value.description)
        case .author: record.authors = Self.authors(value)
        case .date: record.date = Self.date(value, key: key, field: .date, record: &record, warn: warn)
        case .updated: record.updated = Self.date(value, key: key, field: .updated, record: &record, warn: warn)
        case .text: record.text = Self.text(value)
        case .url: record.url = Self.singleLine(value.description)
        case .source: record.source = Self.singleLine(value.description)
        case .section: record.section = Self.singleLine(value.description)
        case .caption: record.caption = Self.singleLine(value.description)
        }
    }

    static func date(_ value: FieldValue, key: String, field: UndecidedDate.Field,
                     record: inout ArticleRecord, warn: (String) -> Void) -> NewsDate? {
        let written = value.description.trimmingSpaces
        guard !written.isEmpty else { return nil }
        if let date = DateParser.parse(written) { return date }
        if let parts = NumericDates.parts(written) {
            record.undecidedDates.append(UndecidedDate(field: field, key: key, written: written, parts: parts))
            return nil
        }
        warn("unreadable date '\(written.prefix(60))' in '\(key)'; left empty")
        return nil
    }

    /// A text field's bytes made what `text(_:)` makes of its value, where they lie (a
    /// JSON string left in place and unescaped); returns how many of them it keeps, or nil,
    /// with nothing changed, when the text would not fit in them.
    static func text(inPlace bytes: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard let normalized = Paragraphs.normalize(inPlace: bytes) else { return nil }
        return WireSignature.keptLength(UnsafeBufferPointer(rebasing: bytes[..<normalized]))
    }

    static func text(_ value: FieldValue) -> String {
        let text: String
        if case .list(let items) = value {
            text = items.map(Paragraphs.normalized).filter { !$0.isEmpty }.joined(separator: Paragraphs.separator)
        } else {
            text = Paragraphs.normalized(value.description)
        }
        return WireSignature.removed(from: text)
    }

    /// `"A, B"`, `"A and B"`, `"By A"` or a list: each author once, in order.
    static func authors(_ value: FieldValue) -> [String] {
        let written: [String]
        if case .list(let items) = value { written = items } else { written = [value.description] }
        var result: [String] = []
        for entry in written {
            var name = singleLine(entry) ?? ""
            if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)) }
            for part in name.splitAuthors() where !result.contains(part) { result.append(part) }
        }
        return result
    }

    /// Whitespace (newlines included) folded to single spaces; nil when nothing is left.
    static func singleLine(_ text: String) -> String? {
        var text = text
        let folded = text.withUTF8(ByteScan.singleLine)
        return folded.isEmpty ? nil : folded
    }
}

/// The "Reuter" sign-off that ends every Reuters-21578 body: not part of the story.
enum WireSignature {
    static func removed(from text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            let kept = keptLength(bytes)
            return kept == bytes.count ? nil : String(decoding: bytes[..<kept], as: UTF8.self)
        } ?? text
    }

    /// The bytes of `text` before its sign-off and the white space before that; all of
    /// them when it has none. A sign-off stands alone: at the start, or after a space or
    /// a line break.
    static func keptLength(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        for signature in ["Reuter", "REUTER"] as [StaticString] {
            guard ByteScan.hasSuffix(text, 0..<text.count, signature) else { continue }
            var end = text.count - signature.utf8CodeUnitCount
            guard end == 0 || text[end - 1] == 0x20 || text[end - 1] == 0x0A else { continue }
            while end > 0 {
                var start = end - 1
                while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
                let scalar = text[start] < 0x80 ? Unicode.Scalar(text[start]) : Tokenizer.decodeScalar(text, at: start).0
                guard scalar.properties.isWhitespace else { break }
                end = start
            }
            return end
        }
        return text.count
    }
}

extension String {
    var trimmingSpaces: String { String(Paragraphs.trimmed(Substring(self))) }

    /// Splits a byline at semicolons, then commas, then " & ", then " and ". On the UTF-8
    /// bytes: Foundation's `components(separatedBy:)` took a fifth of parsing AllSides.
    func splitAuthors() -> [String] {
        var copy = self
        return copy.withUTF8 { bytes in
            var parts = [0..<bytes.count]
            for separator in [";", ",", " & ", " and "] as [StaticString] {
                parts = parts.flatMap { Self.split(bytes, $0, at: separator) }
            }
            return parts.map { String(decoding: bytes[$0], as: UTF8.self).trimmingSpaces }.filter { !$0.isEmpty }
        }
    }

    /// `range` split at each occurrence of `separator`, left to right, none overlapping.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at separator: StaticString) -> [Range<Int>] {
        let width = separator.utf8CodeUnitCount
        var parts: [Range<Int>] = []
        var start = range.lowerBound, i = range.lowerBound
        while i + width <= range.upperBound {
            if (0..<width).allSatisfy({ bytes[i + $0] == separator.utf8Start[$0] }) {
                parts.append(start..<i)
                i += width
                start = i
            } else {
                i += 1
            }
        }
        parts.append(start..<range.upperBound)
        return parts
    }
}
