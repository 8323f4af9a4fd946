/// Plain text: the title on the first line, paragraphs after it (the BBC corpus, PolNeAR).
enum PlainTextFormat {
    static func read(lines: [Substring], file: SourceFile) -> FormatOutput {
        var output = FormatOutput()
        guard let titleIndex = lines.firstIndex(where: { !Paragraphs.isBlank($0) }) else {
            output.skip(LoadWarning(file: file.path, message: "the file is empty; skipped"))
            return output
        }
        var record = ArticleRecord(path: file.path)
        record.title = RecordMapper.singleLine(String(lines[titleIndex]))
        record.section = file.folderSection
        record.text = Paragraphs.normalized(lines[(titleIndex + 1)...].joined(separator: "\n"))
        output.records.append(record)
        return output
    }
}

/// Text or Markdown that opens with a front-matter header: `---`, `key: value` lines, `---`.
enum FrontMatterFormat {
    static func opens(_ lines: [Substring]) -> Bool {
        lines.first.map { Paragraphs.trimmed($0) == "---" } ?? false
    }

    static func read(lines: [Substring], file: SourceFile, mapping: FieldMapping) -> FormatOutput {
        var output = FormatOutput()
        guard let close = lines.dropFirst().firstIndex(where: { Paragraphs.trimmed($0) == "---" || Paragraphs.trimmed($0) == "..." }) else {
            output.warnings.append(LoadWarning(file: file.path, line: 1, message: "front matter opened with '---' is never closed; read as plain text"))
            output.append(PlainTextFormat.read(lines: lines, file: file))
            return output
        }
        var fields: [(key: String, value: FieldValue?)] = []
        var lineNumber = 1
        for line in lines[1..<close] {
            lineNumber += 1
            if Paragraphs.isBlank(line) || line.hasPrefix("#") { continue }
            if let item = listItem(line), !fields.isEmpty {
                var items: [String] = []
                if case .list(let existing)? = fields[fields.count - 1].value { items = existing }
                fields[fields.count - 1].value = .list(items + [item])
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                output.warnings.append(LoadWarning(file: file.path, line: lineNumber,
                                                   message: "front-matter line without 'key: value'; ignored"))
                continue
            }
            let key = String(Paragraphs.trimmed(line[..<colon]))
            fields.append((key, value(Paragraphs.trimmed(line[line.index(after: colon)...]))))
        }
        var body = Array(lines[(close + 1)...])
        var mapper = RecordMapper(mapping: mapping)
        var record = mapper.article(from: fields, path: file.path, line: nil, warnings: &output.warnings)
        if record.title == nil, let heading = body.firstIndex(where: { !Paragraphs.isBlank($0) }),
           body[heading].hasPrefix("# ") {
            record.title = RecordMapper.singleLine(String(body[heading].dropFirst(2)))
            body.remove(at: heading)
        }
        if record.text.isEmpty { record.text = Paragraphs.normalized(body.joined(separator: "\n")) }
        if record.section == nil { record.section = file.folderSection }
        output.records.append(record)
        return output
    }

    /// A YAML list item under the previous key: `  - value`.
    private static func listItem(_ line: Substring) -> String? {
        let trimmed = Paragraphs.trimmed(line)
        guard trimmed.hasPrefix("- ") else { return nil }
        return unquoted(Paragraphs.trimmed(trimmed.dropFirst(2)))
    }

    private static func value(_ text: Substring) -> FieldValue? {
        if text.isEmpty { return nil }
        if text.hasPrefix("["), text.hasSuffix("]") {
            let items = text.dropFirst().dropLast().split(separator: ",").map { unquoted(Paragraphs.trimmed($0)) }
            return .list(items.filter { !$0.isEmpty })
        }
        return .string(unquoted(text))
    }

    private static func unquoted(_ text: Substring) -> String {
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            return String(text.dropFirst().dropLast())
        }
        return String(text)
    }
}
