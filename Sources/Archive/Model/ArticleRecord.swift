/// A field value a record gives besides the article fields morgue knows by name.
public enum FieldValue: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case number(Double)
    case bool(Bool)
    /// A list of scalars, shown joined (Reuters' `topics`, say).
    case list([String])

    public var description: String {
        switch self {
        case .string(let s): return s
        case .number(let n): return n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .bool(let b): return b ? "true" : "false"
        case .list(let items): return items.joined(separator: ", ")
        }
    }
}

/// One article as a loader reads it, before it joins the archive's columns.
public struct ArticleRecord: Sendable {
    /// The record's own id, when it has one.
    public var id: String?
    /// The file it came from, as the user named it or as found below a named folder.
    public var path: String
    /// The file's path below the named folder, for an id when the record has none.
    var relativePath: String?
    /// The line the record starts on, in files that hold many records.
    public var line: Int?
    public var source: String?
    public var section: String?
    public var title: String?
    public var authors: [String] = []
    public var date: NewsDate?
    public var updated: NewsDate?
    public var url: String?
    public var caption: String?
    /// Paragraphs joined by blank lines ("\n\n").
    public var text: String = ""
    /// Where the text lies instead, in the bytes of the file it was read from, when the
    /// reader left it there (JSON Lines): the archive's text column is then made of the
    /// file's own bytes.
    var textInFile: Range<Int>?
    /// Every other scalar field of the record, under its own name.
    public var extra: [(name: String, value: FieldValue)] = []
    /// All-number dates whose order the rest of the file decides (`NumericDates`).
    var undecidedDates: [UndecidedDate] = []

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }
}
