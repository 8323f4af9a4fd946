/// JSON: one article object, or an array of them.
enum JSONDocumentFormat {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: SourceFile, mapping: FieldMapping) -> FormatOutput {
        var output = FormatOutput()
        var mapper = RecordMapper(mapping: mapping)
        do throws(JSONSyntaxError) {
            if let elements = try JSONParser.arrayElements(bytes) {
                var lines = LineCounter(bytes: bytes)
                for (offset, element) in elements {
                    let line = lines.line(at: offset)
                    JSONRecord.add(element, file: file, line: line, oneArticleFile: false, mapper: &mapper, to: &output)
                }
            } else {
                let value = try JSONParser.parse(bytes)
                JSONRecord.add(value, file: file, line: nil, oneArticleFile: true, mapper: &mapper, to: &output)
            }
        } catch {
            if error.isTrailingText, bytes[..<error.offset].contains(10) {
                // Objects on consecutive lines: JSON Lines under a .json name.
                return JSONLinesFormat.read(bytes, file: file, mapping: mapping)
            }
            let (line, column) = lineAndColumn(of: error.offset, in: bytes)
            output.skip(LoadWarning(file: file.path, line: line, column: column,
                                    message: "malformed JSON: \(error.message); file skipped"))
        }
        return output
    }
}

/// JSON Lines: one article object per line, read in parallel chunks.
enum JSONLinesFormat {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: SourceFile, mapping: FieldMapping,
                     progress: LoadProgress? = nil) -> FormatOutput {
        let lines = lineRanges(bytes)
        let chunkCount = lines.count < 2_000 ? 1 : Parallel.coreCount * 16
        let base = UInt(bitPattern: bytes.baseAddress)
        let count = bytes.count
        let outputs = Parallel.map(chunkCount) { chunk -> FormatOutput in
            // Re-made from its address: a buffer pointer is not Sendable, the bytes outlive the call.
            let bytes = UnsafeBufferPointer(start: UnsafePointer<UInt8>(bitPattern: base), count: count)
            var output = FormatOutput()
            var mapper = RecordMapper(mapping: mapping)
            let from = lines.count * chunk / chunkCount, to = lines.count * (chunk + 1) / chunkCount
            for lineIndex in from..<to {
                readLine(UnsafeBufferPointer(rebasing: bytes[lines[lineIndex]]), number: lineIndex + 1,
                         file: file, mapper: &mapper, into: &output)
            }
            progress?.add(articles: output.records.count)
            return output
        }
        var output = FormatOutput()
        for part in outputs { output.append(part) }
        return output
    }

    private static func readLine(_ line: UnsafeBufferPointer<UInt8>, number: Int, file: SourceFile,
                                 mapper: inout RecordMapper, into output: inout FormatOutput) {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
        do throws(JSONSyntaxError) {
            let value = try JSONParser.parse(line)
            JSONRecord.add(value, file: file, line: number, oneArticleFile: false, mapper: &mapper, to: &output)
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
    static func add(_ value: JSONValue, file: SourceFile, line: Int?, oneArticleFile: Bool,
                    mapper: inout RecordMapper, to output: inout FormatOutput) {
        guard case .object(let members) = value else {
            output.skip(LoadWarning(file: file.path, line: line, message: "a JSON \(kind(value)), not an article object; skipped"))
            return
        }
        var fields: [(key: String, value: FieldValue?)] = []
        flatten(members, prefix: "", into: &fields)
        guard !fields.isEmpty else {
            output.skip(LoadWarning(file: file.path, line: line, message: "an empty JSON object; skipped"))
            return
        }
        var record = mapper.article(from: fields, path: file.path, line: line, warnings: &output.warnings)
        if oneArticleFile, record.section == nil { record.section = file.folderSection }
        output.records.append(record)
    }

    /// Scalars as they are, lists of scalars as lists; a nested object's members as
    /// `parent.member`, and the object itself as its `name` (NewsAPI's `source`).
    private static func flatten(_ members: [(key: String, value: JSONValue)], prefix: String,
                                into fields: inout [(key: String, value: FieldValue?)]) {
        for (key, value) in members {
            let name = prefix + key
            switch value {
            case .null: fields.append((name, nil))
            case .bool(let b): fields.append((name, .bool(b)))
            case .number(let n): fields.append((name, .number(n)))
            case .string(let s): fields.append((name, s.isEmpty ? nil : .string(s)))
            case .array(let items):
                let scalars = items.compactMap(scalarText)
                fields.append((name, scalars.isEmpty ? nil : .list(scalars)))
            case .object(let inner):
                if case .string(let label)? = inner.first(where: { $0.key == "name" })?.value {
                    fields.append((name, .string(label)))
                }
                if prefix.isEmpty { flatten(inner, prefix: name + ".", into: &fields) }
            }
        }
    }

    private static func scalarText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let s): return s.isEmpty ? nil : s
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
        case .string: return "string"
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
