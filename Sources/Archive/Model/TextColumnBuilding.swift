/// The bytes of a file that some records' texts still lie in (`ArticleRecord.textInFile`),
/// and the rows of the records read from it.
struct FileBytes: Sendable {
    var bytes: [UInt8]
    var rows: Range<Int>
}

extension TextColumn {
    /// The texts of `records` end to end. When the texts come from one file (a JSON Lines
    /// archive), most of them lie in its bytes and they make up most of it, those bytes
    /// become the column: each text is moved down to its place in turn, a text that is a
    /// string (a short one, a list of paragraphs) written there, and no second buffer is
    /// made. Otherwise the texts are copied into one buffer made the right size at once, on
    /// every core. `files` are emptied either way.
    init(_ records: [ArticleRecord], files: inout [FileBytes]) {
        var starts = [0]
        starts.reserveCapacity(records.count + 1)
        for record in records { starts.append(starts[starts.count - 1] + (record.textInFile?.count ?? record.text.utf8.count)) }
        let total = starts[starts.count - 1]
        let bytes: [UInt8]
        // Only when the texts are most of the file: its other bytes stay in memory too.
        if files.count == 1, files[0].rows == records.indices, total >= files[0].bytes.count / 4 * 3,
           Self.fitInPlace(records, starts: starts, fileSize: files[0].bytes.count) {
            var file: [UInt8] = []
            swap(&file, &files[0].bytes)
            file.withUnsafeMutableBytes { file in
                let base = file.baseAddress!
                for (row, record) in records.enumerated() {
                    if let source = record.textInFile {
                        (base + starts[row]).copyMemory(from: base + source.lowerBound, byteCount: source.count)
                    } else {
                        Self.write(record.text, at: base + starts[row])
                    }
                }
            }
            file.removeLast(file.count - total)
            bytes = file
        } else {
            bytes = Self.copied(records, starts: starts, files: files)
        }
        files = []
        self.init()
        self.bytes = StoredArray(bytes)
        self.starts = starts
    }

    /// Whether the texts can be laid end to end in their file's bytes in order without
    /// writing over a text not yet moved: a text in the file only ever moves towards the
    /// start, but a string's text must end before the next text in the file begins.
    private static func fitInPlace(_ records: [ArticleRecord], starts: [Int], fileSize: Int) -> Bool {
        var nextInFile = fileSize
        for row in records.indices.reversed() {
            if let source = records[row].textInFile {
                nextInFile = source.lowerBound
            } else if starts[row + 1] > nextInFile {
                return false
            }
        }
        return true
    }

    /// The UTF-8 of `text` at `place`, which has room for it.
    private static func write(_ text: String, at place: UnsafeMutableRawPointer) {
        var text = text
        text.withUTF8 { utf8 in
            if let start = utf8.baseAddress { place.copyMemory(from: start, byteCount: utf8.count) }
        }
    }

    private static func copied(_ records: [ArticleRecord], starts: [Int], files: [FileBytes]) -> [UInt8] {
        let total = starts[starts.count - 1]
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, count in
            let base = UInt(bitPattern: buffer.baseAddress)
            func copy(rows: Range<Int>, from file: UnsafeBufferPointer<UInt8>?) {
                let fileBase = UInt(bitPattern: file?.baseAddress)
                let parts = min(rows.count, Parallel.coreCount * 4)
                _ = Parallel.map(parts) { part in
                    guard let out = UnsafeMutablePointer<UInt8>(bitPattern: base) else { return }
                    for row in rows.lowerBound + rows.count * part / parts..<rows.lowerBound + rows.count * (part + 1) / parts {
                        if let place = records[row].textInFile {
                            guard let file = UnsafePointer<UInt8>(bitPattern: fileBase) else { continue }
                            (out + starts[row]).update(from: file + place.lowerBound, count: place.count)
                        } else if fileBase == 0 {
                            Self.write(records[row].text, at: UnsafeMutableRawPointer(out + starts[row]))
                        }
                    }
                }
            }
            // The texts that are strings, then those in each file's bytes.
            copy(rows: records.indices, from: nil)
            for file in files { file.bytes.withUnsafeBufferPointer { copy(rows: file.rows, from: $0) } }
            count = total
        }
    }
}
