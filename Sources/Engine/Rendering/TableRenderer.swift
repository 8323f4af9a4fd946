import Archive

/// Writes a table in one of the output modes. One renderer for every mode: the modes are
/// rows of `OutputMode`, not separate code paths through the shell.
public enum TableRenderer {
    public static func render(_ table: Table, mode: OutputMode, options: RenderOptions = RenderOptions()) -> String {
        switch mode {
        case .table: return TextTable.render(table, options: options)
        case .csv: return delimited(table, separator: ",", escape: csvField)
        case .tsv: return delimited(table, separator: "\t", escape: tsvField)
        case .json: return json(table, lines: false)
        case .jsonl: return json(table, lines: true)
        case .markdown: return markdown(table)
        }
    }

    // MARK: - CSV and TSV

    private static func delimited(_ table: Table, separator: String, escape: (String) -> String) -> String {
        var out = table.columns.map { escape($0.name) }.joined(separator: separator) + "\n"
        for row in 0..<table.count {
            out += table.row(row).map { escape($0.description) }.joined(separator: separator) + "\n"
        }
        return out
    }

    static func csvField(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingAll("\"", with: "\"\"") + "\"" : text
    }

    static func tsvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else { return text }
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\r\n": out += "\\r\\n"
            default: out.append(character)
            }
        }
        return out
    }

    // MARK: - JSON

    private static func json(_ table: Table, lines: Bool) -> String {
        let names = table.columns.map { jsonString($0.name) }
        var objects: [String] = []
        objects.reserveCapacity(table.count)
        for row in 0..<table.count {
            let members = zip(names, table.row(row)).map { "\($0):\(jsonValue($1))" }
            objects.append("{" + members.joined(separator: ",") + "}")
        }
        if lines { return objects.map { $0 + "\n" }.joined() }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    static func jsonValue(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return d.isFinite ? Value.format(d) : "null"
        case .string(let s): return jsonString(s)
        case .date, .duration: return jsonString(value.description)
        case .list(let items): return "[" + items.map(jsonValue).joined(separator: ",") + "]"
        }
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    // MARK: - Markdown

    private static func markdown(_ table: Table) -> String {
        func cell(_ text: String) -> String {
            text.replacingAll("\\", with: "\\\\").replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
        }
        var out = "| " + table.columns.map { cell($0.name) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { $0.type == .number ? " ---: |" : " --- |" }.joined() + "\n"
        for row in 0..<table.count {
            out += "| " + table.row(row).map { cell($0.description) }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(target).joined(separator: replacement)
    }

    private func components(_ separator: String) -> [String] {
        split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }
}
