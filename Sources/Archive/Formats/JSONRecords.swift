/// JSON: one article object, or an array of them.
enum JSONDocumentFormat {
    static func read(_ mutableBytes: UnsafeMutableBufferPointer<UInt8>, file: SourceFile, mapping: FieldMapping) -> FormatOutput {
        let bytes = UnsafeBufferPointer(mutableBytes)
        var output = FormatOutput()
        var mapper = RecordMapper(mapping: mapping)
        do throws(JSONSyntaxError) {
            if let elements = try JSONParser.arrayElements(bytes) {
                var lines = LineCounter(bytes: bytes)
                for (offset, element) in elements {
                    let line = lines.line(at: offset)
                    JSONRecord.add(element, place: nil, file: file, line: line, oneArticleFile: false, mapper: &mapper, to: &output)
                }
            } else {
                let value = try JSONParser.parse(bytes)
                JSONRecord.add(value, place: nil, file: file, line: nil, oneArticleFile: true, mapper: &mapper, to: &output)
            }
        } catch {
            if error.isTrailingText, bytes[..<error.offset].contains(10) {
                // Objects on consecutive lines: JSON Lines under a .json name.
                return JSONLinesFormat.read(mutableBytes, file: file, mapping: mapping)
            }
            let (line, column) = lineAndColumn(of: error.offset, in: bytes)
            output.skip(LoadWarning(file: file.path, line: line, column: column,
                                    message: "malformed JSON: \(error.message); file skipped"))
        }
        return output
    }
}

/// JSON Lines: one article object per line, read in parallel chunks. A long string is left
/// in the file's bytes when parsed; when it is the article's text, it is unescaped and
/// normalized where it lies, and the archive's text column is made of those bytes
/// (`ArticleRecord.textInFile`), never a Swift `String`.
enum JSONLinesFormat {
    /// Strings at least this long are left in place: every article's text but the
    /// shortest, and few other fields, which are made strings as they would have been.
    static let inPlaceMinimum = 256

    static func read(_ bytes: UnsafeMutableBufferPointer<UInt8>, file: SourceFile, mapping: FieldMapping,
                     progress: LoadProgress? = nil) -> FormatOutput {
        let lines = lineRanges(UnsafeBufferPointer(bytes))
        let chunkCount = lines.count < 2_000 ? 1 : Parallel.coreCount * 16
        let base = UInt(bitPattern: bytes.baseAddress)
        let count = bytes.count
        let outputs = Parallel.map(chunkCount) { chunk -> FormatOutput in
            // Re-made from its address: a buffer pointer is not Sendable, the bytes outlive
            // the call, and each chunk writes only into its own lines.
            let bytes = UnsafeMutableBufferPointer(start: UnsafeMutablePointer<UInt8>(bitPattern: base), count: count)
            var output = FormatOutput()
            var mapper = RecordMapper(mapping: mapping)
            let from = lines.count * chunk / chunkCount, to = lines.count * (chunk + 1) / chunkCount
            for lineIndex in from..<to {
                readLine(JSONRecord.Place(bytes: UnsafeMutableBufferPointer(rebasing: bytes[lines[lineIndex]]),
                                          offset: lines[lineIndex].lowerBound),
                         number: lineIndex + 1, file: file, mapper: &mapper, into: &output)
            }
            progress?.add(articles: output.records.count)
            return output
        }
        var output = FormatOutput()
        for part in outputs { output.append(part) }
        return output
    }

    private static func readLine(_ place: JSONRecord.Place, number: Int, file: SourceFile,
                                 mapper: inout RecordMapper, into output: inout FormatOutput) {
        let line = UnsafeBufferPointer(place.bytes)
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
        do throws(JSONSyntaxError) {
            let value = try JSONParser.parse(line, leavingInPlaceFrom: inPlaceMinimum)
            JSONRecord.add(value, place: place, file: file, line: number, oneArticleFile: false, mapper: &mapper, to: &output)
        } catch {
            let column = lineAndColumn(of: error.offset, in: line).column
            output.skip(LoadWarning(file: file.path, line: number, column: column,
                                    message: "malformed JSON: \(error.message); record skipped"))
        }
    }

    /// The byte range of each line, without its line end.
    static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            let end = ByteScan.next(0x0A, in: bytes, from: start, before: bytes.count)
            ranges.append(start..<end)
            start = end + 1
        }
        return ranges
    }
}

/// One JSON object to one article record.
enum JSONRecord {
    /// The bytes a value was parsed from, where its `.inPlace` strings lie, and where
    /// those bytes start in their file.
    struct Place {
        var bytes: UnsafeMutableBufferPointer<UInt8>
        var offset: Int
    }

    /// `place` is nil when the value has no strings left in place.
    static func add(_ value: JSONValue, place: Place?, file: SourceFile, line: Int?, oneArticleFile: Bool,
                    mapper: inout RecordMapper, to output: inout FormatOutput) {
        guard case .object(let members) = value else {
            output.skip(LoadWarning(file: file.path, line: line, message: "a JSON \(kind(value)), not an article object; skipped"))
            return
        }
        var fields: [(key: String, value: FieldValue?)] = []
        var inPlace: [(field: Int, string: JSONStringInPlace)] = []
        flatten(members, prefix: "", place: place, into: &fields, inPlace: &inPlace)
        guard !fields.isEmpty else {
            output.skip(LoadWarning(file: file.path, line: line, message: "an empty JSON object; skipped"))
            return
        }
        // The text stays where it is; any other long string becomes a string after all.
        var textInPlace: JSONStringInPlace?
        if let place, !inPlace.isEmpty {
            let textField = mapper.textField(in: fields)
            for (field, string) in inPlace {
                if field == textField {
                    textInPlace = string
                } else {
                    fields[field].value = .string(JSONParser.string(string, in: UnsafeBufferPointer(place.bytes)))
                }
            }
        }
        var record = mapper.article(from: fields, path: file.path, line: line, warnings: &output.warnings)
        if let textInPlace, let place {
            let start = textInPlace.content.lowerBound
            let unescaped = JSONParser.unescape(textInPlace, in: place.bytes)
            let text = UnsafeMutableBufferPointer(rebasing: place.bytes[start..<start + unescaped])
            if let kept = RecordMapper.text(inPlace: text) {
                record.textInFile = place.offset + start..<place.offset + start + kept
            } else {
                record.text = RecordMapper.text(.string(String(decoding: text, as: UTF8.self)))
            }
        }
        if oneArticleFile, record.section == nil { record.section = file.folderSection }
        output.records.append(record)
    }

    /// Scalars as they are, lists of scalars as lists; a nested object's members as
    /// `parent.member`, and the object itself as its `name` (NewsAPI's `source`). A string
    /// left in place is listed in `inPlace`, its field's value nil until it is decided.
    private static func flatten(_ members: [(key: String, value: JSONValue)], prefix: String, place: Place?,
                                into fields: inout [(key: String, value: FieldValue?)],
                                inPlace: inout [(field: Int, string: JSONStringInPlace)]) {
        for (key, value) in members {
            let name = prefix + key
            switch value {
            case .null: fields.append((name, nil))
            case .bool(let b): fields.append((name, .bool(b)))
            case .number(let n): fields.append((name, .number(n)))
            case .string(let s): fields.append((name, s.isEmpty ? nil : .string(s)))
            case .inPlace(let string):
                inPlace.append((fields.count, string))
                fields.append((name, nil))
            case .array(let items):
                let scalars = items.compactMap { scalarText($0, place: place) }
                fields.append((name, scalars.isEmpty ? nil : .list(scalars)))
            case .object(let inner):
                if let label = inner.first(where: { $0.key == "name" })?.value, let text = string(label, place: place) {
                    fields.append((name, .string(text)))
                }
                if prefix.isEmpty { flatten(inner, prefix: name + ".", place: place, into: &fields, inPlace: &inPlace) }
            }
        }
    }

    /// A string value as a string, wherever it is.
    private static func string(_ value: JSONValue, place: Place?) -> String? {
        switch value {
        case .string(let s): return s
        case .inPlace(let string): return place.map { JSONParser.string(string, in: UnsafeBufferPointer($0.bytes)) }
        default: return nil
        }
    }

    private static func scalarText(_ value: JSONValue, place: Place?) -> String? {
        switch value {
        case .string, .inPlace: return string(value, place: place).flatMap { $0.isEmpty ? nil : $0 }
        case .number(let n): return FieldValue.number(n).description
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    private static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string, .inPlace: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// Line numbers for increasing byte offsets, counted once.
struct LineCounter {
    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var line = 1

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func line(at offset: Int) -> Int {
        while position < offset && position < bytes.count {
            if bytes[position] == 10 { line += 1 }
            position += 1
        }
        return line
    }
}
