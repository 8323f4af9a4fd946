/// All-number dates such as `7/23/17` or `23.07.2017`. Which number is the month cannot be
/// told from one date alone; it can from the others in the same file: a `7/23/17` there
/// shows that the file writes the month first, and `12/1/16` then reads as December 1.
/// When the file shows neither order, or both, such dates stay empty, with a warning.
/// Two-digit years are read as POSIX `strptime` does: 69-99 as 19xx, 00-68 as 20xx.
public enum NumericDates {
    public struct Parts: Sendable, Hashable {
        var first: Int
        var second: Int
        var year: Int
        var hour = 0, minute = 0, second2 = 0
        var hasTime = false
    }

    public enum Order: Sendable { case monthFirst, dayFirst }

    /// The numbers of `M/D/Y`, `D.M.Y` or `D-M-Y`, with an optional `H:MM[:SS]`.
    public static func parts(_ text: String) -> Parts? {
        let pieces = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let datePiece = pieces.first, pieces.count <= 2 else { return nil }
        let numbers = datePiece.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard numbers.count == 3, numbers.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let first = Int(numbers[0]), let second = Int(numbers[1]), var year = Int(numbers[2]),
              numbers[0].count <= 2, numbers[1].count <= 2, numbers[2].count == 2 || numbers[2].count == 4
        else { return nil }
        if numbers[2].count == 2 { year += year >= 69 ? 1900 : 2000 }
        var parts = Parts(first: first, second: second, year: year)
        if pieces.count == 2 {
            let clock = pieces[1].split(separator: ":").map { Int($0) }
            guard (2...3).contains(clock.count), clock.allSatisfy({ $0 != nil }) else { return nil }
            parts.hour = clock[0]!
            parts.minute = clock[1]!
            parts.second2 = clock.count == 3 ? clock[2]! : 0
            parts.hasTime = true
        }
        return parts
    }

    /// The order the dates of one file show, if they show exactly one.
    public static func order(of all: [Parts]) -> Order? {
        let monthFirstPossible = all.allSatisfy { $0.first <= 12 }
        let dayFirstPossible = all.allSatisfy { $0.second <= 12 }
        switch (monthFirstPossible, dayFirstPossible) {
        case (true, false): return .monthFirst
        case (false, true): return .dayFirst
        default: return nil
        }
    }

    public static func date(_ parts: Parts, order: Order) -> NewsDate? {
        let (month, day) = order == .monthFirst ? (parts.first, parts.second) : (parts.second, parts.first)
        return NewsDate(year: parts.year, month: month, day: day, hour: parts.hour, minute: parts.minute,
                        second: parts.second2, hasTime: parts.hasTime)
    }

    /// Settles the all-number dates a file's records left open.
    static func resolve(_ output: inout FormatOutput) {
        let open = output.records.flatMap(\.undecidedDates)
        guard !open.isEmpty else { return }
        let order = Self.order(of: open.map(\.parts))
        for index in output.records.indices where !output.records[index].undecidedDates.isEmpty {
            for undecided in output.records[index].undecidedDates {
                let date = order.flatMap { Self.date(undecided.parts, order: $0) }
                if date == nil {
                    let why = order == nil ? "day and month cannot be told apart in this file" : "no such day"
                    output.warnings.append(LoadWarning(file: output.records[index].path, line: output.records[index].line,
                                                       message: "unreadable date '\(undecided.written)' in '\(undecided.key)' (\(why)); left empty"))
                }
                switch undecided.field {
                case .date: output.records[index].date = date
                case .updated: output.records[index].updated = date
                }
            }
            output.records[index].undecidedDates = []
        }
    }
}

/// An all-number date a record gives, waiting for the rest of its file.
public struct UndecidedDate: Sendable {
    public enum Field: Sendable { case date, updated }
    var field: Field
    var key: String
    var written: String
    var parts: NumericDates.Parts
}
