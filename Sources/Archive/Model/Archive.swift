/// The loaded archive: articles as columns, their words as ids into one vocabulary.
///
/// Built once by `ArchiveLoader`, then only read, from any number of threads. The article
/// columns read as its own properties: `archive.titles`, `archive.dates`.
@dynamicMemberLookup
public final class Archive: Sendable {
    public let columns: ArticleColumns
    public let vocabulary: Vocabulary
    public let tokens: TokenColumn
    /// The quotes of every article, in article order (docs/quotes.md).
    public var quotes: QuoteColumn { quoteStore.quotes }
    private let quoteStore: QuoteStore
    /// What the load skipped or read with a fallback.
    public let warnings: [LoadWarning]
    /// Set once by the loader, before the archive is shared (the load's time and snapshot).
    nonisolated(unsafe) public internal(set) var statistics: LoadStatistics
    /// The articles of each word.
    public let wordIndex: WordIndex

    convenience init(columns: ArticleColumns, vocabulary: Vocabulary, tokens: TokenColumn, wordIndex: WordIndex, quotes: QuoteColumn,
                     warnings: [LoadWarning], statistics: LoadStatistics) {
        self.init(columns: columns, vocabulary: vocabulary, tokens: tokens, wordIndex: wordIndex, quotes: QuoteStore(quotes),
                  warnings: warnings, statistics: statistics)
    }

    init(columns: ArticleColumns, vocabulary: Vocabulary, tokens: TokenColumn, wordIndex: WordIndex, quotes: QuoteStore,
         warnings: [LoadWarning], statistics: LoadStatistics) {
        self.columns = columns
        self.vocabulary = vocabulary
        self.tokens = tokens
        quoteStore = quotes
        self.warnings = warnings
        self.statistics = statistics
        self.wordIndex = wordIndex
    }

    public subscript<Column>(dynamicMember column: KeyPath<ArticleColumns, Column>) -> Column {
        columns[keyPath: column]
    }

    public var count: Int { columns.count }

    /// One article, read back out of the columns.
    public func article(_ row: Int) -> Article {
        Article(archive: self, row: row)
    }

    public func paragraphs(of row: Int) -> [String] {
        columns.texts[row].split(separator: Paragraphs.separator).map(String.init)
    }

    public func wordCount(of row: Int) -> Int { tokens.range(ofArticle: row).count }

    /// The words of one article, lower-cased, in order.
    public func words(of row: Int) -> [String] {
        tokens.range(ofArticle: row).map { vocabulary[tokens.ids[$0]] }
    }
}

/// A view of one row of the archive, with every field of the article model.
public struct Article: Sendable {
    let archive: Archive
    public let row: Int

    public var id: String { archive.ids[row] }
    public var path: String? { archive.paths[row] }
    public var source: String? { archive.sources[row] }
    public var section: String? { archive.sections[row] }
    public var title: String? { archive.titles[row] }
    public var authors: [String] { archive.authors[row] }
    /// Several authors, shown joined.
    public var author: String? { authors.isEmpty ? nil : authors.joined(separator: ", ") }
    public var date: NewsDate? { archive.dates[row] }
    public var updated: NewsDate? { archive.updated[row] }
    public var url: String? { archive.urls[row] }
    public var caption: String? { archive.captions[row] }
    public var text: String { archive.texts[row] }
    public var paragraphs: [String] { archive.paragraphs(of: row) }
    public var wordCount: Int { archive.wordCount(of: row) }
    public var words: [String] { archive.words(of: row) }

    /// A field beyond the known ones, by name.
    public func extra(_ name: String) -> FieldValue? {
        archive.extraFields.first { $0.name == name }?.values[row]
    }
}

/// How big the load was and how long it took.
public struct LoadStatistics: Sendable {
    public var files = 0
    public var bytes = 0
    public var skippedFiles = 0
    public var skippedRecords = 0
    public var seconds = 0.0
    /// Whether the archive came from a snapshot, or one was written, or one was broken.
    public internal(set) var snapshot: SnapshotStore.Outcome?

    public init() {}
}
