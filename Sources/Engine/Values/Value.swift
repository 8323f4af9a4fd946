import Archive
import Language

/// A value in a table cell or an expression.
public enum Value: Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case date(NewsDate)
    case duration(Duration)
    case list([Value])

    public var type: ValueType {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int, .double: return .number
        case .string: return .string
        case .date: return .date
        case .duration: return .duration
        case .list: return .list
        }
    }

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    public var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    public var string: String? { if case .string(let s) = self { return s } else { return nil } }

    /// Plain text, as machine output modes write it.
    public var description: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return Value.format(d)
        case .string(let s): return s
        case .date(let d): return d.description
        case .duration(let d): return d.description
        case .list(let items): return items.map(\.description).joined(separator: ", ")
        }
    }

    /// The shortest text that reads back as the same number; whole numbers without ".0".
    static func format(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity") }
        if d.rounded() == d && abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    /// A number as the narrowest kind that holds it; NaN, which no comparison can order,
    /// is null.
    static func number(_ d: Double) -> Value {
        if d.isNaN { return .null }
        return d.rounded() == d && abs(d) < 9e15 ? .int(Int(d)) : .double(d)
    }
}

/// The types the checker knows. Integers and decimals are one type, `number`.
public enum ValueType: String, Sendable, Equatable {
    case null, bool, number, string, date, duration, list
    /// Unknown until the row is read (an extra field of mixed kinds, a parameter).
    case any

    /// Whether a value of this type may stand where `other` is wanted.
    func fits(_ other: ValueType) -> Bool {
        self == other || self == .any || self == .null || other == .any
    }
}

extension Value: Hashable {
    /// Numbers are equal across kinds: `1 = 1.0`.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.date(let a), .date(let b)): return a.wallSeconds == b.wallSeconds && a.hasTime == b.hasTime
        case (.duration(let a), .duration(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        default:
            if let a = lhs.number, let b = rhs.number { return a == b }
            return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .int, .double: hasher.combine(number!)
        case .string(let s): hasher.combine(s)
        case .date(let d): hasher.combine(d.wallSeconds)
        case .duration(let d): hasher.combine(d)
        case .list(let items): hasher.combine(items)
        }
    }
}

extension Value {
    /// The order of `sort`: numbers, strings and dates among their own kind; null last;
    /// values of different kinds by kind (bool, number, string, date, duration, list).
    static func compare(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return 1
        case (_, .null): return -1
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.string(let x), .string(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        case (.date(let x), .date(let y)): return x.wallSeconds == y.wallSeconds ? 0 : (x.wallSeconds < y.wallSeconds ? -1 : 1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) { let c = compare(p, q); if c != 0 { return c } }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        default:
            if let x = a.number, let y = b.number { return x == y ? 0 : (x < y ? -1 : 1) }
            return a.kindRank < b.kindRank ? -1 : (a.kindRank == b.kindRank ? 0 : 1)
        }
    }

    private var kindRank: Int {
        switch self {
        case .bool: return 0
        case .int, .double: return 1
        case .string: return 2
        case .date: return 3
        case .duration: return 4
        case .list: return 5
        case .null: return 6
        }
    }
}

extension Double {
    /// The nearest `Int`, held within ±2^53 so that no conversion can trap.
    var clampedInt: Int {
        guard !isNaN else { return 0 }
        return Int(Swift.max(-9_007_199_254_740_992, Swift.min(9_007_199_254_740_992, rounded())))
    }
}
