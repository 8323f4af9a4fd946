import Archive

/// The load summary and the `--info` / `.info` overview of an archive.
public enum ArchiveReport {
    /// One line for standard error: `loaded 2,225 articles · 867,143 words · 0.4 s · 1 warning`.
    public static func summary(_ archive: Archive) -> String {
        var parts = [
            "loaded \(NumberFormat.plural(archive.count, "article"))",
            NumberFormat.plural(archive.tokens.count, "word"),
            NumberFormat.seconds(archive.statistics.seconds),
        ]
        let warnings = archive.warnings.count
        if warnings > 0 { parts.append("\(NumberFormat.plural(warnings, "warning")) (.warnings)") }
        if archive.statistics.skippedRecords > 0 {
            parts.append("\(NumberFormat.plural(archive.statistics.skippedRecords, "record")) skipped")
        }
        switch archive.statistics.snapshot {
        case .opened: parts.append("from snapshot")
        case .saving, .written: parts.append("saving a snapshot")
        case .problem, nil: break
        }
        return parts.joined(separator: " · ")
    }

    /// Why a snapshot could not be read or written, when that happened.
    public static func snapshotProblem(_ archive: Archive) -> String? {
        if case .problem(let message) = archive.statistics.snapshot { return message }
        return nil
    }

    /// Counts per source, section and year, for checking a load by eye.
    public static func info(_ archive: Archive) -> String {
        var lines: [String] = []
        let stats = archive.statistics
        lines.append("articles  \(NumberFormat.grouped(archive.count))")
        lines.append("words     \(NumberFormat.grouped(archive.tokens.count)) (\(NumberFormat.grouped(archive.vocabulary.count)) distinct)")
        lines.append("files     \(NumberFormat.grouped(stats.files)) read, \(NumberFormat.grouped(stats.skippedFiles)) passed over, \(NumberFormat.bytes(stats.bytes)) of text")
        lines.append("warnings  \(NumberFormat.grouped(archive.warnings.count)), \(NumberFormat.grouped(stats.skippedRecords)) records skipped")
        let dated = archive.dates.compactMap { $0 }
        if let first = dated.min(), let last = dated.max() {
            lines.append("dates     \(first.day) to \(last.day), \(NumberFormat.grouped(archive.count - dated.count)) without a date")
        }
        if !archive.extraFields.isEmpty {
            lines.append("fields    " + archive.extraFields.map(\.name).joined(separator: ", "))
        }
        lines += table("source", counts((0..<archive.count).map { archive.sources[$0] }))
        lines += table("section", counts((0..<archive.count).map { archive.sections[$0] }))
        lines += table("year", counts(archive.dates.map { $0.map { String($0.year) } }), byCount: false)
        return lines.joined(separator: "\n")
    }

    private static func counts(_ values: [String?]) -> [(String?, Int)] {
        var tally: [String?: Int] = [:]
        for value in values { tally[value, default: 0] += 1 }
        return tally.map { ($0.key, $0.value) }
    }

    /// A heading and one row per value: by count (ties by name), or by name for years.
    private static func table(_ heading: String, _ rows: [(String?, Int)], byCount: Bool = true,
                              limit: Int = 25) -> [String] {
        let sorted = rows.sorted { a, b in
            if byCount && a.1 != b.1 { return a.1 > b.1 }
            return (a.0 ?? "\u{10FFFF}") < (b.0 ?? "\u{10FFFF}")
        }
        let shown = sorted.prefix(limit)
        let width = shown.map { NumberFormat.grouped($0.1).count }.max() ?? 1
        let distinct = rows.filter { $0.0 != nil }.count
        var lines = ["", "\(heading) (\(NumberFormat.grouped(distinct)) distinct)"]
        for (value, count) in shown {
            let number = NumberFormat.grouped(count)
            lines.append("  " + String(repeating: " ", count: width - number.count) + number + "  " + (value ?? "(none)"))
        }
        if sorted.count > limit { lines.append("  ... \(NumberFormat.grouped(sorted.count - limit)) more") }
        return lines
    }
}
