/// CSV and TSV with a header row: RFC 4180 quoting, with quoted fields that span lines.
///
/// Written here rather than taken from a CSV package: the ones at hand report neither the
/// line of a bad row nor an unclosed quote, and the loader must name both.
enum DelimitedFormat {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: SourceFile,
                     mapping: FieldMapping) -> FormatOutput {
        var output = FormatOutput()
        var reader = DelimitedReader(bytes: bytes, delimiter: delimiter)
        var header: [String]?
        var mapper = RecordMapper(mapping: mapping)
        while let row = reader.nextRow() {
            if let problem = row.problem {
                output.skip(LoadWarning(file: file.path, line: row.line, message: "\(problem); row skipped"))
                continue
            }
            if row.fields.count == 1 && row.fields[0].isEmpty { continue } // a blank line
            guard let names = header else {
                header = row.fields.map { String(Paragraphs.trimmed(Substring($0))) }
                continue
            }
            guard row.fields.count == names.count else {
                output.skip(LoadWarning(file: file.path, line: row.line,
                                        message: "\(row.fields.count) fields where the header has \(names.count); row skipped"))
                continue
            }
            let fields = zip(names, row.fields).map { name, text -> (key: String, value: FieldValue?) in
                (name, text.isEmpty ? nil : .string(text))
            }
            output.records.append(mapper.article(from: fields, path: file.path, line: row.line, warnings: &output.warnings))
        }
        if header == nil {
            output.warnings.append(LoadWarning(file: file.path, message: "no header row; nothing loaded"))
        }
        return output
    }
}

/// Splits delimited text into rows of fields, keeping the line each row starts on.
struct DelimitedReader {
    struct Row {
        var fields: [String]
        var line: Int
        var problem: String?
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: UInt8
    private var index = 0
    private var line = 1

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    mutating func nextRow() -> Row? {
        guard index < bytes.count else { return nil }
        var row = Row(fields: [], line: line)
        var field: [UInt8] = []
        while true {
            guard index < bytes.count else {
                row.fields.append(String(decoding: field, as: UTF8.self))
                return row
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\""), field.isEmpty {
                let opened = line
                guard readQuoted(into: &field) else {
                    row.problem = "a quote opened on line \(opened) is never closed"
                    return row
                }
                continue
            }
            index += 1
            switch byte {
            case delimiter:
                row.fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            case 10:
                line += 1
                row.fields.append(String(decoding: field, as: UTF8.self))
                return row
            case 13:
                if index < bytes.count, bytes[index] == 10 { continue } // CRLF: the LF ends the row
                line += 1
                row.fields.append(String(decoding: field, as: UTF8.self))
                return row
            default:
                field.append(byte)
            }
        }
    }

    /// Reads a quoted field from its opening quote; `""` inside is one quote. Text after
    /// the closing quote, up to the next delimiter, is kept as Python's csv module does.
    private mutating func readQuoted(into field: inout [UInt8]) -> Bool {
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") {
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                    field.append(byte)
                    index += 1
                    continue
                }
                return true
            }
            if byte == 10 { line += 1 }
            field.append(byte)
        }
        return false
    }
}
