/// A file as a format reader sees it.
struct SourceFile: Sendable {
    /// The path to show the user and to keep as the article's `path`.
    var path: String
    /// The folder the file sits in below the named archive folder, the section of a
    /// one-article file that names none itself; nil at the top.
    var folderSection: String?
}

/// What a format reader made of one file.
struct FormatOutput: Sendable {
    var records: [ArticleRecord] = []
    var warnings: [LoadWarning] = []
    /// Records that were malformed and left out.
    var skippedRecords = 0

    mutating func skip(_ warning: LoadWarning) {
        warnings.append(warning)
        skippedRecords += 1
    }

    mutating func append(_ other: FormatOutput) {
        records.append(contentsOf: other.records)
        warnings.append(contentsOf: other.warnings)
        skippedRecords += other.skippedRecords
    }
}

/// Line and column (both from 1, the column in characters) of a byte offset.
func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for i in 0..<min(offset, bytes.count) where bytes[i] == 10 {
        line += 1
        lineStart = i + 1
    }
    let prefix = UnsafeBufferPointer(rebasing: bytes[lineStart..<min(offset, bytes.count)])
    return (line, String(decoding: prefix, as: UTF8.self).count + 1)
}
