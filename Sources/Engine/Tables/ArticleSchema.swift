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
        guard let field = field(column) else { return extraValue(archive, row: row, column: column) }
        return value(archive, row: row, field: field)
    }

    /// The known field at `column`, or nil for an extra field.
    static func field(_ column: Int) -> Field? {
        column < Field.allCases.count ? Field.allCases[column] : nil
    }

    static func value(_ archive: Archive, row: Int, field: Field) -> Value {
        switch field {
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

/// The columns of the `quotes` table, read from the archive's quotes when a stage asks for
/// them: `quotes | count` reads none.
public enum QuoteSchema {
    enum Field: String, CaseIterable {
        case id, article, title, date, author, source, section, text, speaker, mention, cue, kind, words, start, end
    }

    public static let columns: [Column] = Field.allCases.map { field in
        switch field {
        case .date: Column(name: field.rawValue, type: .date)
        case .words, .start, .end: Column(name: field.rawValue, type: .number)
        default: Column(name: field.rawValue, type: .string)
        }
    }

    public static var empty: Table { Table(columns: columns, values: []) }

    /// The quotes of these articles (all of them when nil), in article order.
    public static func table(_ archive: Archive, articles rows: [Int32]? = nil) -> Table {
        // Taken once: each `archive.quotes` goes through the lock of a snapshot's lazy quotes.
        let quotes = archive.quotes
        let positions: [Int32] = rows.map { rows in rows.flatMap { quotes.range(ofArticle: Int($0)).lazy.map(Int32.init) } }
            ?? (0..<Int32(quotes.count)).map { $0 }
        return .quotes(archive, quotes, rows: positions)
    }

    static func field(_ column: Int) -> Field { Field.allCases[column] }

    /// The value in `column` of the quote at `row` of `quotes`.
    static func value(_ archive: Archive, _ quotes: QuoteColumn, row: Int, column: Int) -> Value {
        let quote = quotes.quotes[row]
        let article = Int(quote.article)
        func text(_ value: String?) -> Value { value.map(Value.string) ?? .null }
        switch field(column) {
        case .id: return .string("\(archive.ids[article])#\(row - quotes.articleStarts[article] + 1)")
        case .article: return .string(archive.ids[article])
        case .title: return ArticleSchema.value(archive, row: article, field: .title)
        case .date: return ArticleSchema.value(archive, row: article, field: .date)
        case .author: return ArticleSchema.value(archive, row: article, field: .author)
        case .source: return ArticleSchema.value(archive, row: article, field: .source)
        case .section: return ArticleSchema.value(archive, row: article, field: .section)
        case .text: return .string(quote.text)
        case .speaker: return text(quote.speaker)
        case .mention: return text(quote.mention)
        case .cue: return text(quote.cue)
        case .kind: return .string(quote.kind.rawValue)
        case .words: return .int(quotes.tokenRanges[row].count)
        case .start: return .int(quote.scalarStart)
        case .end: return .int(quote.scalarEnd)
        }
    }
}
