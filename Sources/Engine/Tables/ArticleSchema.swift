import Archive

/// The columns of the `articles` table, read straight from the archive.
enum ArticleSchema {
    enum Field: String, CaseIterable {
        case id, path, source, section, title, author, date, updated, url, caption, text, words, paragraphs, quotes
    }

    static let fieldTypes: [Field: ValueType] = [
        .id: .string, .path: .string, .source: .string, .section: .string, .title: .string, .author: .string,
        .date: .date, .updated: .date, .url: .string, .caption: .string, .text: .string,
        .words: .number, .paragraphs: .number, .quotes: .number,
    ]

    static func columns(of archive: Archive) -> [Column] {
        let known = Field.allCases.map { Column(name: $0.rawValue, type: fieldTypes[$0]!) }
        let taken = Set(known.map(\.name))
        let extra = archive.extraFields.filter { !taken.contains($0.name) }.map { field in
            Column(name: field.name, type: extraType(field.values))
        }
        return known + extra
    }

    static func value(_ archive: Archive, row: Int, column: Int) -> Value {
        guard column < Field.allCases.count else { return extraValue(archive, row: row, column: column) }
        switch Field.allCases[column] {
        case .id: return .string(archive.ids[row])
        case .path: return optional(archive.paths[row])
        case .source: return optional(archive.sources[row])
        case .section: return optional(archive.sections[row])
        case .title: return optional(archive.titles[row])
        case .author: return archive.authors[row].isEmpty ? .null : .string(archive.authors[row].joined(separator: ", "))
        case .date: return archive.dates[row].map(Value.date) ?? .null
        case .updated: return archive.updated[row].map(Value.date) ?? .null
        case .url: return optional(archive.urls[row])
        case .caption: return optional(archive.captions[row])
        case .text: return .string(archive.texts[row])
        case .words: return .int(archive.wordCount(of: row))
        case .paragraphs: return .int(archive.paragraphCount(of: row))
        case .quotes: return .int(archive.quotes.range(ofArticle: row).count)
        }
    }

    private static func optional(_ text: String?) -> Value { text.map(Value.string) ?? .null }

    private static func extraValue(_ archive: Archive, row: Int, column: Int) -> Value {
        let known = Set(Field.allCases.map(\.rawValue))
        let fields = archive.extraFields.filter { !known.contains($0.name) }
        return fields[column - Field.allCases.count].values[row].map(value) ?? .null
    }

    static func value(_ field: FieldValue) -> Value {
        switch field {
        case .string(let s): return .string(s)
        case .number(let n): return Value.number(n)
        case .bool(let b): return .bool(b)
        case .list(let items): return .list(items.map(Value.string))
        }
    }

    /// The type of an extra field: its values' one kind, else `any`.
    private static func extraType(_ values: [FieldValue?]) -> ValueType {
        var seen: ValueType?
        for value in values {
            guard let value else { continue }
            let type = Self.value(value).type
            if seen == nil { seen = type } else if seen != type { return .any }
        }
        return seen ?? .any
    }
}

/// The columns of the `quotes` table, read from the archive's quotes.
public enum QuoteSchema {
    public static let columns: [Column] = {
        let fields: [(String, ValueType)] = [
            ("id", .string), ("article", .string), ("title", .string), ("date", .date), ("author", .string),
            ("source", .string), ("section", .string), ("text", .string), ("speaker", .string), ("mention", .string),
            ("cue", .string), ("kind", .string), ("words", .number), ("start", .number), ("end", .number),
        ]
        return fields.map { Column(name: $0.0, type: $0.1) }
    }()

    public static var empty: Table { Table(columns: columns, values: []) }

    /// The quotes of these articles (all of them when nil), in article order.
    public static func table(_ archive: Archive, articles rows: [Int32]? = nil) -> Table {
        let articleRows = rows ?? (0..<Int32(archive.count)).map { $0 }
        var values: [[Value]] = []
        var provenance: [Int32] = []
        var ranges: [Range<Int>] = []
        // Taken once: each `archive.quotes` goes through the lock of a snapshot's lazy quotes.
        let quotes = archive.quotes
        for row in articleRows {
            let article = archive.article(Int(row))
            for (number, index) in quotes.range(ofArticle: Int(row)).enumerated() {
                let quote = quotes.quotes[index]
                let words = quotes.tokenRanges[index]
                func text(_ value: String?) -> Value { value.map(Value.string) ?? .null }
                values.append([
                    .string("\(article.id)#\(number + 1)"), .string(article.id), text(article.title),
                    article.date.map(Value.date) ?? .null, text(article.author), text(article.source), text(article.section),
                    .string(quote.text), text(quote.speaker), text(quote.mention), text(quote.cue), .string(quote.kind.rawValue),
                    .int(words.count), .int(quote.scalarStart), .int(quote.scalarEnd),
                ])
                provenance.append(row)
                ranges.append(words)
            }
        }
        var table = Table(columns: columns, values: values, articles: (archive, provenance))
        table.tokenRanges = ranges
        return table
    }
}
