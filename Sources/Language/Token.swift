/// A calendar span for `bin(date, 1w)`: days or months.
public enum Duration: Sendable, Hashable, CustomStringConvertible {
    case days(Int)
    case months(Int)

    public var description: String {
        switch self {
        case .days(let n): return n % 7 == 0 ? "\(n / 7)w" : "\(n)d"
        case .months(let n): return n % 12 == 0 ? "\(n / 12)y" : "\(n)mo"
        }
    }
}

public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Names and keywords alike; the parser tells them apart by place.
        case identifier(String)
        case string(String)
        case number(Double, isInteger: Bool)
        /// `2023-10-03` or `2023-10-03T14:05`: year, month, day, hour, minute, second, has time.
        case date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, hasTime: Bool)
        case duration(Duration)
        case regex(pattern: String, flags: String)
        /// `$name`: a script parameter or `let` value.
        case parameter(String)
        /// Operators and punctuation: `|`, `(`, `<=`, `!~`, ...
        case symbol(String)
        case end
    }

    public var kind: Kind
    public var range: SourceRange

    public var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    public func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }

    /// Keywords compare without case: `WHERE` is `where`.
    public func isKeyword(_ word: String) -> Bool { identifier?.lowercased() == word }
}
