/// The formats morgue reads, told apart by file name and, where that says nothing, content.
enum Format: String, Sendable {
    /// Scraped page, front matter or plain text: decided by the text itself.
    case text
    case json
    case jsonLines
    case csv
    case tsv

    /// What a file name says of its format.
    enum NameVerdict: Equatable {
        case format(Format)
        /// No extension: the content decides.
        case sniff
        /// An extension of some other kind of file (`.pdf`, `.ann`): not articles.
        case other
    }

    /// The format a file name promises, after any `.gz`.
    static func fromName(_ name: String) -> NameVerdict {
        var lower = name.lowercased()
        if lower.hasSuffix(".gz") { lower.removeLast(3) }
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else { return .sniff }
        switch lower[lower.index(after: dot)...] {
        case "txt", "text", "md", "markdown": return .format(.text)
        case "json": return .format(.json)
        case "jsonl", "ndjson", "jsonlines": return .format(.jsonLines)
        case "csv": return .format(.csv)
        case "tsv", "tab": return .format(.tsv)
        default: return .other
        }
    }

    /// For a file without an extension: JSON when it opens with `{` or `[`, else text.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> Format {
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return .text }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : .text
    }
}

/// The text family: front matter first, then the scraped-page layout, else plain text.
enum TextFormat {
    static func read(_ text: String, file: SourceFile, mapping: FieldMapping) -> FormatOutput {
        let lines = TextDecoding.normalizingLineEnds(text).split(separator: "\n", omittingEmptySubsequences: false)
        if FrontMatterFormat.opens(lines) { return FrontMatterFormat.read(lines: lines, file: file, mapping: mapping) }
        if ScrapedPageFormat.matches(lines) { return ScrapedPageFormat.read(lines: lines, file: file) }
        return PlainTextFormat.read(lines: lines, file: file)
    }
}
