import Foundation

/// A news page saved as plain text, in the layout of the seed article:
///
///     Last update: May 23, 2024 00:53
///     Newsroom logo                          <- site chrome, dropped; names the source
///     President Aliyev Calls for Peace ...   <- title
///     By Gunay Hajiyeva October 3, 2023      <- author and date
///     President Ilham Aliyev attends ... / President.Az   <- photo caption and credit
///     paragraphs ...
enum ScrapedPageFormat {
    /// How many non-blank lines from the top may hold the byline.
    private static let bylineWindow = 6

    static func matches(_ lines: [Substring]) -> Bool {
        let top = lines.filter { !Paragraphs.isBlank($0) }.prefix(bylineWindow)
        if let first = top.first, updateLine(first) != nil { return true }
        return top.contains { byline($0)?.date != nil }
    }

    static func read(lines: [Substring], file: SourceFile) -> FormatOutput {
        var output = FormatOutput()
        var record = ArticleRecord(path: file.path)
        record.section = file.folderSection
        let filled = lines.indices.filter { !Paragraphs.isBlank(lines[$0]) }
        var cursor = 0 // index into `filled`
        if let first = filled.first, let written = updateLine(lines[first]) {
            record.updated = DateParser.parse(written)
            if record.updated == nil {
                output.warnings.append(LoadWarning(file: file.path, line: first + 1,
                                                   message: "unreadable date '\(written)' in 'Last update'; left empty"))
            }
            cursor = 1
        }
        let window = filled[cursor..<min(filled.count, cursor + bylineWindow)]
        let bylineAt = window.first { byline(lines[$0]) != nil && $0 != filled[cursor] }
        if let bylineAt, let (author, date) = byline(lines[bylineAt]) {
            let titleAt = filled[filled.firstIndex(of: bylineAt)! - 1]
            record.title = RecordMapper.singleLine(String(lines[titleAt]))
            record.source = filled[cursor..<filled.firstIndex(of: titleAt)!].lazy.compactMap { siteName(lines[$0]) }.first
            record.authors = author.splitAuthors()
            record.date = date
            cursor = filled.firstIndex(of: bylineAt)! + 1
        } else if cursor < filled.count {
            record.title = RecordMapper.singleLine(String(lines[filled[cursor]]))
            cursor += 1
        }
        var bodyStart = cursor < filled.count ? filled[cursor] : lines.count
        if cursor < filled.count, let (caption, credit) = captionLine(lines[filled[cursor]]) {
            record.caption = caption
            record.extra.append(("credit", .string(credit)))
            bodyStart = filled[cursor] + 1
        }
        record.text = Paragraphs.normalized(lines[bodyStart...].joined(separator: "\n"))
        output.records.append(record)
        return output
    }

    /// The date written after `Last update:` or `Updated:`.
    private static func updateLine(_ line: Substring) -> String? {
        let trimmed = Paragraphs.trimmed(line)
        for label in ["last update:", "last updated:", "updated:"] where trimmed.lowercased().hasPrefix(label) {
            return String(Paragraphs.trimmed(trimmed.dropFirst(label.count)))
        }
        return nil
    }

    /// The site a chrome line such as `Harbour Gazette logo` names: the logo's alt text.
    private static func siteName(_ line: Substring) -> String? {
        let text = Paragraphs.trimmed(line)
        guard text.lowercased().hasSuffix(" logo"), text.count < 80 else { return nil }
        return RecordMapper.singleLine(String(text.dropLast(5)))
    }

    /// `By NAME DATE`: the name, and the date when the line ends with one.
    static func byline(_ line: Substring) -> (author: String, date: NewsDate?)? {
        let trimmed = Paragraphs.trimmed(line)
        guard trimmed.count < 160, trimmed.lowercased().hasPrefix("by ") else { return nil }
        let words = trimmed.dropFirst(3).split(separator: " ")
        guard !words.isEmpty, words.count <= 16 else { return nil }
        // The longest run of final words that reads as a date.
        for cut in 1..<words.count {
            if let date = DateParser.parse(words[cut...].joined(separator: " ")) {
                let author = words[..<cut].joined(separator: " ")
                    .trimmingCharacters(in: ",|-·–—")
                return author.isEmpty ? nil : (author, date)
            }
        }
        return words.count <= 6 && !trimmed.hasSuffix(".") ? (words.joined(separator: " "), nil) : nil
    }

    /// A caption ends with ` / CREDIT`, the credit short and not a sentence.
    private static func captionLine(_ line: Substring) -> (caption: String, credit: String)? {
        let text = String(Paragraphs.trimmed(line))
        guard let slash = text.range(of: " / ", options: .backwards) else { return nil }
        let credit = text[slash.upperBound...]
        guard !credit.isEmpty, credit.count <= 40, credit.split(separator: " ").count <= 5,
              !credit.hasSuffix(".") else { return nil }
        return (text, String(credit))
    }
}

private extension String {
    func trimmingCharacters(in characters: String) -> String {
        let unwanted = Set(characters).union([" "])
        var result = Substring(self)
        while let last = result.last, unwanted.contains(last) { result = result.dropLast() }
        while let first = result.first, unwanted.contains(first) { result = result.dropFirst() }
        return String(result)
    }
}
