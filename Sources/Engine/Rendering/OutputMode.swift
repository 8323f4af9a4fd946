/// How results are written: for people (`table`), or for other programs.
public enum OutputMode: String, CaseIterable, Sendable {
    case table, csv, tsv, json, jsonl, markdown

    public var summary: String {
        switch self {
        case .table: return "aligned columns fitted to the terminal, long text cut with …, numbers grouped"
        case .csv: return "comma-separated values with a header row, quoted as RFC 4180 says"
        case .tsv: return "tab-separated values with a header row; tab, newline and backslash written \\t, \\n, \\\\"
        case .json: return "one JSON array of objects"
        case .jsonl: return "one JSON object per line"
        case .markdown: return "a Markdown (GitHub) table"
        }
    }
}

/// Settings the renderer needs from the shell.
public struct RenderOptions: Sendable {
    /// Columns of the terminal, for `table` mode.
    public var width: Int
    /// At most this many rows in `table` mode, then `... N more rows`; 0 for all.
    public var maxRows: Int
    /// Bold headers, for a terminal.
    public var color: Bool

    public init(width: Int = 100, maxRows: Int = 40, color: Bool = false) {
        self.width = width
        self.maxRows = maxRows
        self.color = color
    }
}
