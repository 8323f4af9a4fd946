/// The `table` mode: columns aligned and fitted to the terminal width, long text cut with
/// an ellipsis, numbers right-aligned with thousands grouping.
enum TextTable {
    /// Whole articles show these columns in a table; `select` shows others.
    static let articleSummary = ["id", "date", "source", "section", "title", "author", "words"]

    static func render(_ table: Table, options: RenderOptions) -> String {
        let shownCount = options.maxRows > 0 ? min(options.maxRows, table.count) : table.count
        var shown = table.selecting(Array(0..<shownCount))
        var hidden: [String] = []
        var summary = table.summaryColumns
        if case .articles = table.rows { summary = articleSummary }
        if let summary {
            hidden = table.columns.map(\.name).filter { !summary.contains($0) }
            shown = shown.projected(summary)
        }
        let values = (0..<shownCount).map { shown.row($0) }
        var headers = shown.columns.map(\.name)
        // Thousands are grouped in a column that reaches 10,000, so that years stay 2024.
        let grouping = shown.columns.indices.map { column in
            values.contains { row in row[column].number.map { abs($0) >= 10_000 } ?? false }
        }
        var cells: [[String]] = values.map { row in row.indices.map { cell(row[$0], grouped: grouping[$0]) } }
        let rightAligned = shown.columns.map { $0.type == .number || $0.role == .before }
        let roles = shown.columns.map(\.role)
        var widths = headers.indices.map { column in
            max(DisplayWidth.of(headers[column]), cells.map { DisplayWidth.of($0[column]) }.max() ?? 0)
        }
        let shrinkable = shown.columns.map { $0.type == .string || $0.type == .list || $0.type == .any }
        fit(&widths, headers: headers, shrinkable: shrinkable, into: options.width)
        // Columns that still do not fit are left out, and named below the rows.
        while widths.count > 1, widths.reduce(0, +) + (widths.count - 1) * 2 > options.width {
            hidden.insert(headers.removeLast(), at: 0)
            widths.removeLast()
            cells = cells.map { Array($0.dropLast()) }
        }

        var lines: [String] = []
        let header = line(headers, widths, rightAligned)
        lines.append(options.color ? "\u{1B}[1m" + header + "\u{1B}[0m" : header)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in cells { lines.append(line(row, widths, rightAligned, roles: roles, color: options.color)) }
        if table.count == 0 { lines.append("(no rows)") }
        if shownCount < table.count {
            lines.append("... \(grouped(table.count - shownCount)) more row\(table.count - shownCount == 1 ? "" : "s") (.maxrows \(options.maxRows))")
        }
        if !hidden.isEmpty {
            lines.append("... \(hidden.count) more column\(hidden.count == 1 ? "" : "s") (select to see): " + hidden.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Narrows the widest text columns, one cell at a time, until the row fits the width;
    /// no column goes below its header or 6 cells, and numbers and dates are never cut.
    private static func fit(_ widths: inout [Int], headers: [String], shrinkable: [Bool], into width: Int) {
        let separators = max(0, widths.count - 1) * 2
        let floors = widths.indices.map { shrinkable[$0] ? min(widths[$0], max(DisplayWidth.of(headers[$0]), 6)) : widths[$0] }
        var excess = widths.reduce(0, +) + separators - width
        while excess > 0 {
            guard let widest = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            excess -= 1
        }
    }

    private static func line(_ values: [String], _ widths: [Int], _ rightAligned: [Bool],
                             roles: [Column.Role]? = nil, color: Bool = false) -> String {
        var parts: [String] = []
        for (index, value) in values.enumerated() {
            let role = roles?[index] ?? .plain
            // A concordance's left side keeps the words next to the match: cut at its start.
            let text = role == .before ? DisplayWidth.truncateStart(value, to: widths[index])
                                       : DisplayWidth.truncate(value, to: widths[index])
            let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(text)))
            let isLast = index == values.count - 1
            let shown = color && role == .match ? "\u{1B}[1;33m" + text + "\u{1B}[0m" : text
            parts.append(rightAligned[index] ? padding + shown : (isLast ? shown : shown + padding))
        }
        return parts.joined(separator: "  ")
    }

    /// A value as people read it: numbers grouped when asked, one line of text, `null`.
    static func cell(_ value: Value, grouped isGrouped: Bool) -> String {
        switch value {
        case .null: return "null"
        case .int(let i): return isGrouped ? grouped(i) : String(i)
        case .double(let d): return formatDecimal(d, grouped: isGrouped)
        case .string(let s): return s.contains(where: \.isNewline) ? s.split(whereSeparator: \.isNewline).joined(separator: " ") : s
        default: return value.description
        }
    }

    static func grouped(_ value: Int) -> String { NumberText.grouped(value) }

    /// At most four decimals, trailing zeros dropped, the whole part grouped when asked.
    static func formatDecimal(_ d: Double, grouped isGrouped: Bool) -> String {
        guard d.isFinite else { return Value.format(d) }
        let scaled = (abs(d) * 10_000).rounded()
        guard scaled < 9e15 else { return Value.format(d) }
        let whole = Int(scaled) / 10_000
        var fraction = String(Int(scaled) % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = d < 0 && scaled > 0 ? "-" : ""
        return sign + (isGrouped ? grouped(whole) : String(whole)) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
