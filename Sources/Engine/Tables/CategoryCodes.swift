import Archive

/// A column whose values repeat from a short list, as one number per row: what `count by`
/// groups on without making and hashing each row's value.
struct CategoryCodes {
    /// Per row of the table, the index of its value in `values`.
    var codes: [Int32]
    /// The distinct values; the first is null.
    var values: [Value]
}

extension Table {
    /// The codes of `column` when the rows are the archive's and the column is one the
    /// archive keeps coded: an article's source, section or path, a quote's kind or its
    /// article's source or section. Nil for any other column, or rows of values.
    func categoryCodes(column: Int) -> CategoryCodes? {
        switch rows {
        case .articles(let archive, let rows):
            guard let category = Self.category(archive, ArticleSchema.field(column)) else { return nil }
            return CategoryCodes(codes: rows.map { category.codes[Int($0)] + 1 }, values: Self.values(category))
        case .quotes(let archive, let quotes, let rows):
            switch QuoteSchema.field(column) {
            case .kind:
                let kinds = QuoteKind.allCases
                let codes = rows.map { row in Int32(kinds.firstIndex(of: quotes.quotes[Int(row)].kind)! + 1) }
                return CategoryCodes(codes: codes, values: [.null] + kinds.map { .string($0.rawValue) })
            case .source, .section:
                guard let category = Self.category(archive, QuoteSchema.field(column) == .source ? .source : .section)
                else { return nil }
                let codes = rows.map { row in category.codes[Int(quotes.quotes[Int(row)].article)] + 1 }
                return CategoryCodes(codes: codes, values: Self.values(category))
            default:
                return nil
            }
        case .values:
            return nil
        }
    }

    private static func category(_ archive: Archive, _ field: ArticleSchema.Field?) -> CategoryColumn? {
        switch field {
        case .source: archive.sources
        case .section: archive.sections
        case .path: archive.paths
        default: nil
        }
    }

    /// A category column's values as codes count them: null first, as its -1 plus one.
    private static func values(_ category: CategoryColumn) -> [Value] {
        [.null] + category.values.map(Value.string)
    }
}
