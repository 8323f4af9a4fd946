/// Rows split for work on several cores: runs of positions in `rows` that end where the row
/// changes, so that each article's words (or all its quotes) fall in one run, and an
/// article counted per run is counted once.
enum RowRuns {
    /// `rows.indices` in about `count` runs.
    static func split(_ rows: [Int32], into count: Int) -> [Range<Int>] {
        let step = max(1, rows.count / max(1, count))
        var result: [Range<Int>] = []
        var start = 0
        while start < rows.count {
            var end = min(rows.count, start + step)
            while end < rows.count, rows[end] == rows[end - 1] { end += 1 }
            result.append(start..<end)
            start = end
        }
        return result
    }
}
