import Archive
import Language

/// What `chart` can draw: a label column and a number column (the last number column).
enum ChartCheck {
    static func check(_ table: Table, stage: Stage) throws(Diagnostic) {
        guard table.columns.count >= 2, table.columns.last(where: { $0.type == .number || $0.type == .any }) != nil else {
            throw Diagnostic(.type, "'chart' draws a label and a number: a table such as count by month(date)", at: stage.range)
        }
    }
}

/// `chart`: horizontal bars, or for periods a line of blocks, fitted to the width.
public enum ChartRenderer {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let eighths: [String] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public static func render(_ table: Table, style: String?, width: Int) -> String {
        let valueColumn = table.columns.lastIndex { $0.type == .number || $0.type == .any } ?? table.columns.count - 1
        var labels = (0..<table.count).map { table.value(row: $0, column: 0) }
        var values = (0..<table.count).map { table.value(row: $0, column: valueColumn).number ?? 0 }
        guard !values.isEmpty else { return "(no rows)\n" }
        let periods = labels.allSatisfy(isPeriod)
        if periods {
            // Periods in time order, whatever order the rows came in.
            let order = labels.indices.sorted { Value.compare(labels[$0], labels[$1]) < 0 }
            labels = order.map { labels[$0] }
            values = order.map { values[$0] }
        }
        if style == "line" || (style == nil && periods && values.count > 1) {
            return line(labels, values, width: width, valueName: table.columns[valueColumn].name)
        }
        return bars(labels, values, width: width)
    }

    static func isPeriod(_ value: Value) -> Bool {
        switch value {
        case .date: return true
        case .string(let s):
            // 2024, 2024-03, 2024-W10, 2024-03-01
            return s.count >= 4 && s.prefix(4).allSatisfy(\.isNumber) && (s.count == 4 || s.dropFirst(4).first == "-")
        default: return false
        }
    }

    private static func bars(_ labels: [Value], _ values: [Double], width: Int) -> String {
        let texts = labels.map { TextTable.cell($0, grouped: false) }
        let labelWidth = min(texts.map { DisplayWidth.of($0) }.max() ?? 0, max(width / 3, 8))
        let grouping = values.contains { abs($0) >= 10_000 } // as in tables: years stay 2024
        let numbers = values.map { TextTable.formatDecimal($0, grouped: grouping) }
        let numberWidth = numbers.map(\.count).max() ?? 0
        let barWidth = max(10, width - labelWidth - numberWidth - 4)
        let top = values.map { abs($0) }.max() ?? 0
        return zip(zip(texts, numbers), values).map { pair, value in
            let (label, number) = pair
            let cut = DisplayWidth.truncate(label, to: labelWidth)
            let padded = cut + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(cut)))
            let length = top > 0 ? abs(value) / top * Double(barWidth) : 0
            let whole = Int(length), part = Int((length - Double(whole)) * 8)
            let bar = String(repeating: "█", count: whole) + eighths[min(part, 7)]
            return padded + "  " + String(repeating: " ", count: numberWidth - number.count) + number + "  " + bar
        }.joined(separator: "\n") + "\n"
    }

    /// One block per period (periods merged in even groups when there are more than fit),
    /// the lowest value ▁ and the highest █, with the first and last labels and the range.
    private static func line(_ labels: [Value], _ values: [Double], width: Int, valueName: String) -> String {
        let slots = max(10, width - 2)
        let groupSize = (values.count + slots - 1) / slots
        var merged: [Double] = []
        var start = 0
        while start < values.count {
            let group = values[start..<min(values.count, start + groupSize)]
            merged.append(group.reduce(0, +) / Double(group.count))
            start += groupSize
        }
        let low = merged.min() ?? 0, high = merged.max() ?? 0
        let line = merged.map { value -> Character in
            guard high > low else { return blocks[3] }
            return blocks[min(7, Int((value - low) / (high - low) * 7.999))]
        }
        let first = TextTable.cell(labels.first!, grouped: false), last = TextTable.cell(labels.last!, grouped: false)
        let gap = max(1, merged.count - DisplayWidth.of(first) - DisplayWidth.of(last))
        let grouping = values.contains { abs($0) >= 10_000 }
        let scale = "\(valueName): \(TextTable.formatDecimal(values.min()!, grouped: grouping)) to \(TextTable.formatDecimal(values.max()!, grouped: grouping))"
            + (groupSize > 1 ? ", \(groupSize) periods a block" : "")
        return String(line) + "\n" + first + String(repeating: " ", count: gap) + last + "\n" + scale + "\n"
    }
}
