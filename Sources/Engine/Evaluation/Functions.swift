import Archive
import Foundation
import Language

/// The scalar functions: one table drives checking, evaluation and `.help`.
public struct FunctionSpec: Sendable {
    public let name: String
    public let signature: String
    public let summary: String
    let arity: ClosedRange<Int>
    /// The type wanted at each position; the last repeats. `.any` takes anything.
    let parameters: [ValueType]
    let result: @Sendable ([ValueType]) -> ValueType
    /// Whether a null argument makes the result null without calling `body`.
    let nullIn: Bool
    let body: @Sendable ([Value]) -> Value
}

public enum Functions {
    public static let all: [FunctionSpec] = dates + text + numbers + general

    static func spec(_ name: String, _ signature: String, _ summary: String, _ arity: ClosedRange<Int>,
                     _ parameters: [ValueType], returns: ValueType, nullIn: Bool = true,
                     _ body: @escaping @Sendable ([Value]) -> Value) -> FunctionSpec {
        FunctionSpec(name: name, signature: signature, summary: summary, arity: arity, parameters: parameters,
                     result: { _ in returns }, nullIn: nullIn, body: body)
    }

    static let dates: [FunctionSpec] = [
        spec("year", "year(date)", "the year, as a number: year(2023-10-03) = 2023", 1...1, [.date], returns: .number) { args in
            .int(args[0].dateValue!.year)
        },
        spec("month", "month(date)", "the year and month, as text: month(2023-10-03) = \"2023-10\"", 1...1, [.date], returns: .string) { args in
            let (y, m, _) = args[0].dateValue!.civil
            return .string(yearAnd(y, "-", m))
        },
        spec("week", "week(date)", "the ISO 8601 week: week(2023-10-03) = \"2023-W40\"", 1...1, [.date], returns: .string) { args in
            let (year, week) = isoWeek(args[0].dateValue!)
            return .string(yearAnd(year, "-W", week))
        },
        spec("day", "day(date)", "the day alone, without the time: day(2023-10-03T14:05) = 2023-10-03", 1...1, [.date], returns: .date) { args in
            .date(args[0].dateValue!.day)
        },
        spec("weekday", "weekday(date)", "the day of the week: weekday(2023-10-03) = \"Tue\"", 1...1, [.date], returns: .string) { args in
            .string(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekdayIndex(args[0].dateValue!)])
        },
        spec("hour", "hour(date)", "the hour, or null when the date has no time: hour(2023-10-03T14:05) = 14", 1...1, [.date], returns: .number) { args in
            let date = args[0].dateValue!
            return date.hasTime ? .int(date.secondOfDay / 3600) : .null
        },
        spec("bin", "bin(date, span)", "the start of the span holding the date, spans such as 7d, 1w (from Monday), 1mo, 1y: bin(2023-10-03, 1mo) = 2023-10-01", 2...2, [.date, .duration], returns: .date) { args in
            guard case .duration(let span) = args[1] else { return .null }
            return .date(bin(args[0].dateValue!, span))
        },
        spec("date", "date(text)", "a date read from text, as the loader reads dates: date(\"October 3, 2023\") = 2023-10-03", 1...1, [.string], returns: .date) { args in
            DateParser.parse(args[0].string!).map(Value.date) ?? .null
        },
    ]

    static let text: [FunctionSpec] = [
        spec("lower", "lower(text)", "lower case: lower(\"BBC\") = \"bbc\"", 1...1, [.string], returns: .string) { .string($0[0].string!.lowercased()) },
        spec("upper", "upper(text)", "upper case: upper(\"bbc\") = \"BBC\"", 1...1, [.string], returns: .string) { .string($0[0].string!.uppercased()) },
        spec("len", "len(text)", "the number of characters (or of items in a list): len(\"café\") = 4", 1...1, [.any], returns: .number) { args in
            switch args[0] {
            case .list(let items): return .int(items.count)
            default: return .int(args[0].description.count)
            }
        },
        spec("trim", "trim(text)", "without white space at either end: trim(\"  a b \") = \"a b\"", 1...1, [.string], returns: .string) {
            .string($0[0].string!.trimmingCharacters(in: .whitespacesAndNewlines))
        },
        spec("substr", "substr(text, start[, length])", "part of the text, counting characters from 1: substr(\"morgue\", 2, 3) = \"org\"", 2...3, [.string, .number, .number], returns: .string) { args in
            let characters = Array(args[0].string!)
            let start = max(args[1].number!.clampedInt - 1, 0)
            let length = args.count > 2 ? max(args[2].number!.clampedInt, 0) : characters.count
            guard start < characters.count else { return .string("") }
            return .string(String(characters[start..<min(characters.count, start + min(length, characters.count))]))
        },
        spec("replace", "replace(text, old, new)", "every old replaced by new: replace(\"a-b-c\", \"-\", \"+\") = \"a+b+c\"", 3...3, [.string, .string, .string], returns: .string) { args in
            guard !args[1].string!.isEmpty else { return args[0] }
            return .string(args[0].string!.replacingOccurrences(of: args[1].string!, with: args[2].string!))
        },
        spec("concat", "concat(a, b, ...)", "the values as text, joined; null counts as empty: concat(\"a\", 1) = \"a1\"", 1...64, [.any], returns: .string, nullIn: false) { args in
            .string(args.map(\.description).joined())
        },
        spec("wordcount", "wordcount(text)", "the number of words, by the archive's word rule: wordcount(\"Don't stop\") = 2", 1...1, [.string], returns: .number) {
            .int(Tokenizer.wordCount(of: $0[0].string!))
        },
        spec("string", "string(value)", "the value as text: string(2023-10-03) = \"2023-10-03\"", 1...1, [.any], returns: .string) { .string($0[0].description) },
    ]

    static let numbers: [FunctionSpec] = [
        spec("number", "number(value)", "the value as a number, or null: number(\"42\") = 42", 1...1, [.any], returns: .number) { args in
            if args[0].number != nil { return args[0] }
            return Double(args[0].description.trimmingCharacters(in: .whitespaces)).map(Value.number) ?? .null
        },
        spec("round", "round(number[, digits])", "rounded half away from zero: round(2.345, 2) = 2.35", 1...2, [.number, .number], returns: .number) { args in
            let digits = args.count > 1 ? args[1].number!.clampedInt : 0
            let scale = pow(10, Double(max(min(digits, 15), -15)))
            return Value.number((args[0].number! * scale).rounded(.toNearestOrAwayFromZero) / scale)
        },
        spec("floor", "floor(number)", "the whole number at or below: floor(2.7) = 2", 1...1, [.number], returns: .number) { Value.number($0[0].number!.rounded(.down)) },
        spec("ceil", "ceil(number)", "the whole number at or above: ceil(2.1) = 3", 1...1, [.number], returns: .number) { Value.number($0[0].number!.rounded(.up)) },
        spec("abs", "abs(number)", "the size without the sign: abs(-3) = 3", 1...1, [.number], returns: .number) { Value.number(abs($0[0].number!)) },
        spec("sqrt", "sqrt(number)", "the square root, null below zero: sqrt(16) = 4", 1...1, [.number], returns: .number) { args in
            args[0].number! < 0 ? .null : Value.number(args[0].number!.squareRoot())
        },
    ]

    static let general: [FunctionSpec] = [
        FunctionSpec(name: "coalesce", signature: "coalesce(a, b, ...)", summary: "the first value that is not null: coalesce(null, \"x\") = \"x\"",
                     arity: 1...64, parameters: [.any], result: { types in types.first { $0 != .null && $0 != .any } ?? .any },
                     nullIn: false) { args in args.first { !$0.isNull } ?? .null },
        FunctionSpec(name: "if", signature: "if(condition, then, else)", summary: "then when the condition holds, else otherwise: if(words > 500, \"long\", \"short\")",
                     arity: 3...3, parameters: [.bool, .any, .any], result: { types in types[1] == .null ? types[2] : types[1] },
                     nullIn: false) { args in
            if case .bool(true) = args[0] { return args[1] }
            return args[2]
        },
    ]

    private static let byName: [String: FunctionSpec] = {
        var table: [String: FunctionSpec] = [:]
        for spec in all { table[spec.name] = spec }
        table["iif"] = table["if"]
        table["tostring"] = table["string"]
        table["tonumber"] = table["number"]
        table["length"] = table["len"]
        return table
    }()

    static let aggregateNames: Set<String> = ["count", "sum", "avg", "min", "max", "median", "stdev", "dcount", "first", "last"]

    static func compile(_ name: String, _ arguments: [(Compiled, Expression)], range: SourceRange,
                        source: SourceText) throws(Diagnostic) -> Compiled {
        guard let spec = byName[name] else {
            if aggregateNames.contains(name) {
                throw Diagnostic(.name, "'\(name)' is an aggregate: use it in summarize (summarize \(name)(...) by ...)", at: range)
            }
            throw Diagnostic(.name, "no function '\(name)'" + Suggestion.hint(for: name, among: byName.keys), at: range)
        }
        guard spec.arity.contains(arguments.count) else {
            let wanted = spec.arity.count == 1 ? "\(spec.arity.lowerBound)" : "\(spec.arity.lowerBound) to \(spec.arity.upperBound)"
            throw Diagnostic(.type, "\(spec.name) takes \(wanted) argument\(spec.arity.upperBound == 1 ? "" : "s") (\(spec.signature)), not \(arguments.count)", at: range)
        }
        for (position, (compiled, expression)) in arguments.enumerated() {
            let wanted = spec.parameters[min(position, spec.parameters.count - 1)]
            guard compiled.type.fits(wanted) else {
                throw Diagnostic(.type, "\(spec.name) needs a \(wanted.rawValue) here (\(spec.signature)), but \(source.slice(expression.range)) is a \(compiled.type.rawValue)",
                                 at: expression.range)
            }
        }
        let compiled = arguments.map(\.0)
        let body = spec.body, nullIn = spec.nullIn
        return Compiled(type: spec.result(compiled.map(\.type)), isConstant: compiled.allSatisfy(\.isConstant)) { (row: Int) throws(Diagnostic) in
            var values: [Value] = []
            values.reserveCapacity(compiled.count)
            for argument in compiled {
                let value = try argument.evaluate(row)
                if nullIn && value.isNull { return .null }
                values.append(value)
            }
            return body(values)
        }
    }

    // MARK: - Calendar helpers

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// "2023-10", "2023-W40": a year of four digits, `separator`, and a part of two, written
    /// as bytes. Interpolating padded numbers took most of `count by month(date)`.
    static func yearAnd(_ year: Int, _ separator: StaticString, _ part: Int) -> String {
        guard (0...9999).contains(year), (0...99).contains(part) else { return "\(pad(year, 4))\(separator)\(pad(part, 2))" }
        let length = 6 + separator.utf8CodeUnitCount
        return String(unsafeUninitializedCapacity: length) { bytes in
            var digits = year
            for k in (0..<4).reversed() {
                bytes[k] = UInt8(ascii: "0") + UInt8(digits % 10)
                digits /= 10
            }
            for k in 0..<separator.utf8CodeUnitCount { bytes[4 + k] = separator.utf8Start[k] }
            bytes[length - 2] = UInt8(ascii: "0") + UInt8(part / 10)
            bytes[length - 1] = UInt8(ascii: "0") + UInt8(part % 10)
            return length
        }
    }

    /// Monday is 0. 1970-01-01 was a Thursday (3).
    static func weekdayIndex(_ date: NewsDate) -> Int {
        Int(((date.daysFromEpoch % 7) + 7 + 3) % 7)
    }

    static func isoWeek(_ date: NewsDate) -> (year: Int, week: Int) {
        // The ISO year is the year of the week's Thursday.
        let thursday = date.daysFromEpoch - Int64(weekdayIndex(date)) + 3
        let year = CivilCalendarBridge.year(ofDays: thursday)
        let firstDay = CivilCalendarBridge.days(year: year, month: 1, day: 1)
        return (year, Int((thursday - firstDay) / 7) + 1)
    }

    static func bin(_ date: NewsDate, _ span: Duration) -> NewsDate {
        let days = date.daysFromEpoch
        switch span {
        case .days(let n) where n % 7 == 0:
            // Weeks start on Monday; 1970-01-05 was the first Monday.
            let sinceMonday = days - 4
            let start = sinceMonday - ((sinceMonday % Int64(n)) + Int64(n)) % Int64(n) + 4
            return NewsDate(wallSeconds: start * 86_400, hasTime: false)
        case .days(let n):
            let start = days - ((days % Int64(n)) + Int64(n)) % Int64(n)
            return NewsDate(wallSeconds: start * 86_400, hasTime: false)
        case .months(let n):
            let (y, m, _) = date.civil
            let index = y * 12 + (m - 1)
            let first = index - index % n
            return NewsDate(year: first / 12, month: first % 12 + 1, day: 1) ?? date.day
        }
    }
}

/// Day counts for calendar arithmetic, through `NewsDate`'s own calendar.
enum CivilCalendarBridge {
    static func year(ofDays days: Int64) -> Int { NewsDate(wallSeconds: days * 86_400, hasTime: false).year }
    static func days(year: Int, month: Int, day: Int) -> Int64 {
        NewsDate(year: year, month: month, day: day)?.daysFromEpoch ?? 0
    }
}

extension Value {
    var dateValue: NewsDate? { if case .date(let d) = self { return d } else { return nil } }
}
