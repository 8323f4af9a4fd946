import Language

/// The aggregates of `summarize`, each folding the values of a group into one.
public enum AggregateFunction: String, CaseIterable, Sendable {
    case count, sum, avg, min, max, median, stdev, dcount, first, last

    public var summary: String {
        switch self {
        case .count: return "count() counts rows; count(x) the rows where x is not null"
        case .sum: return "sum(x): the total of the numbers"
        case .avg: return "avg(x): the mean of the numbers"
        case .min: return "min(x): the smallest value (numbers, text or dates)"
        case .max: return "max(x): the largest value"
        case .median: return "median(x): the middle number (the mean of the middle two for an even count)"
        case .stdev: return "stdev(x): the sample standard deviation (n - 1), null below two values"
        case .dcount: return "dcount(x): the number of distinct values, null not counted"
        case .first: return "first(x): the value in the group's first row"
        case .last: return "last(x): the value in the group's last row"
        }
    }

    var needsNumbers: Bool { [.sum, .avg, .median, .stdev].contains(self) }

    func resultType(_ argument: ValueType?) -> ValueType {
        switch self {
        case .count, .dcount, .sum, .avg, .median, .stdev: return .number
        case .min, .max, .first, .last: return argument ?? .any
        }
    }
}

/// One aggregate's running state for one group.
struct Accumulator {
    let function: AggregateFunction
    private var rows = 0
    private var values: [Value] = []
    private var distinct = Set<Value>()
    private var total = 0.0
    private var numbers = 0
    private var chosen: Value = .null

    init(_ function: AggregateFunction) {
        self.function = function
    }

    mutating func add(_ value: Value?) {
        rows += 1
        guard let value, !value.isNull else { return }
        switch function {
        case .count: numbers += 1
        case .sum, .avg:
            if let n = value.number { total += n; numbers += 1 }
        case .median, .stdev:
            if value.number != nil { values.append(value) }
        case .dcount: distinct.insert(value)
        case .min: if chosen.isNull || Value.compare(value, chosen) < 0 { chosen = value }
        case .max: if chosen.isNull || Value.compare(value, chosen) > 0 { chosen = value }
        case .first: if numbers == 0 { chosen = value; numbers = 1 }
        case .last: chosen = value
        }
    }

    /// `count()` with no argument counts every row.
    func result(countsRows: Bool) -> Value {
        switch function {
        case .count: return .int(countsRows ? rows : numbers)
        case .sum: return numbers == 0 ? .null : Value.number(total)
        case .avg: return numbers == 0 ? .null : Value.number(total / Double(numbers))
        case .dcount: return .int(distinct.count)
        case .min, .max, .first, .last: return chosen
        case .median:
            let sorted = values.compactMap(\.number).sorted()
            guard !sorted.isEmpty else { return .null }
            let middle = sorted.count / 2
            return Value.number(sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2)
        case .stdev:
            let numbers = values.compactMap(\.number)
            guard numbers.count >= 2 else { return .null }
            let mean = numbers.reduce(0, +) / Double(numbers.count)
            let squares = numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            return Value.number((squares / Double(numbers.count - 1)).squareRoot())
        }
    }
}
