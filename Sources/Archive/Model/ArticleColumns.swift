/// The article fields as columns.
public struct ArticleColumns: Sendable {
    public internal(set) var ids: [String] = []
    public internal(set) var paths = CategoryColumn()
    public internal(set) var sources = CategoryColumn()
    public internal(set) var sections = CategoryColumn()
    public internal(set) var titles: [String?] = []
    public internal(set) var authors: [[String]] = []
    public internal(set) var dates: [NewsDate?] = []
    public internal(set) var updated: [NewsDate?] = []
    public internal(set) var urls: [String?] = []
    public internal(set) var captions: [String?] = []
    public internal(set) var texts = TextColumn()
    /// Fields beyond the known ones, by name, one value (or nil) per article.
    public internal(set) var extraFields: [(name: String, values: [FieldValue?])] = []
    var extraIndex: [String: Int] = [:]
    private var seenIDs: [String: Int] = [:]

    public var count: Int { ids.count }

    init() {}

    /// The columns of `records`, in order; `files` hold the texts that lie in them.
    init(_ records: [ArticleRecord], files: inout [FileBytes]) {
        for record in records { appendFields(record) }
        texts = TextColumn(records, files: &files)
        for column in extraFields.indices {
            let missing = count - extraFields[column].values.count
            extraFields[column].values.append(contentsOf: repeatElement(nil, count: missing))
        }
    }

    /// Every field of `record` but its text; an extra column it lacks is padded later.
    private mutating func appendFields(_ record: ArticleRecord) {
        let row = count
        ids.append(uniqueID(for: record))
        paths.append(record.path)
        sources.append(record.source)
        sections.append(record.section)
        titles.append(record.title)
        authors.append(record.authors)
        dates.append(record.date)
        updated.append(record.updated)
        urls.append(record.url)
        captions.append(record.caption)
        for (name, value) in record.extra {
            let column: Int
            if let existing = extraIndex[name] {
                column = existing
            } else {
                column = extraFields.count
                extraIndex[name] = column
                extraFields.append((name, []))
            }
            let missing = row - extraFields[column].values.count
            if missing > 0 { extraFields[column].values.append(contentsOf: repeatElement(nil, count: missing)) }
            if extraFields[column].values.count == row { extraFields[column].values.append(value) }
        }
    }

    /// The record's own id, else its path below the named folder (and line); a repeated id
    /// gets `#2`, `#3` appended.
    private mutating func uniqueID(for record: ArticleRecord) -> String {
        var id = record.id ?? record.relativePath ?? record.path
        if record.id == nil, let line = record.line { id += ":\(line)" }
        if let seen = seenIDs[id] {
            seenIDs[id] = seen + 1
            return "\(id)#\(seen + 1)"
        }
        seenIDs[id] = 1
        return id
    }
}
