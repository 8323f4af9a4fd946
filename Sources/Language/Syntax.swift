/// The syntax tree: statements, pipelines, stages and expressions, each with its place.

public struct Statement: Sendable {
    public enum Kind: Sendable {
        case pipeline(Pipeline)
        case expression(Expression)
        /// `let NAME = pipeline` or `let NAME = expression`.
        case letTable(name: String, Pipeline)
        case letValue(name: String, Expression)
    }

    public var kind: Kind
    public var range: SourceRange
}

public struct Pipeline: Sendable {
    public indirect enum Source: Sendable {
        case articles
        case quotes
        /// A `let` table.
        case named(String)
        case nested(Pipeline)
    }

    public var source: Source
    public var sourceRange: SourceRange
    public var stages: [Stage]
    public var range: SourceRange
}

/// `EXPR [as NAME]`.
public struct Projection: Sendable {
    public var expression: Expression
    public var alias: String?
}

public struct SortKey: Sendable {
    public var expression: Expression
    public var descending: Bool

    public init(expression: Expression, descending: Bool) {
        self.expression = expression
        self.descending = descending
    }
}

/// `count()`, `avg(words) as w`, ... in `summarize`.
public struct Aggregate: Sendable {
    public var function: String
    public var argument: Expression?
    public var alias: String?
    public var range: SourceRange

    public init(function: String, argument: Expression?, alias: String?, range: SourceRange) {
        self.function = function
        self.argument = argument
        self.alias = alias
        self.range = range
    }
}

public struct Stage: Sendable {
    public enum Kind: Sendable {
        case `where`(Expression)
        case select([Projection])
        case extend([(name: String, value: Expression)])
        case sort([SortKey])
        case take(Expression)
        case skip(Expression)
        case sample(count: Expression, seed: Expression?)
        case distinct([Projection])
        case count(by: [Projection])
        case summarize([Aggregate], by: [Projection])
        case top(count: Expression, by: [SortKey])
        /// Articles to their quotes.
        case quotes
        /// Quotes to their articles.
        case articles
        /// Word frequencies; `all` keeps stop words.
        case words(all: Bool)
        /// N-gram frequencies; `across` lets them cross sentence ends.
        case ngrams(size: Expression, all: Bool, across: Bool)
        /// Concordance lines.
        case kwic(SearchTerm, width: Expression?)
        /// Words near a term, with an association measure.
        case collocates(SearchTerm, window: Expression?, measure: String?, all: Bool)
        /// Words over- and under-used compared with another pipeline's articles.
        case keyness(reference: Pipeline, measure: String?, all: Bool)
        /// A term's frequency per million words, per period.
        case trend(SearchTerm, period: String)
        /// Bars or a line drawn from a two-column result.
        case chart(String?)
    }

    public var kind: Kind
    /// The stage's name as typed, for messages: "in 'where'".
    public var name: String
    public var range: SourceRange
}

/// What `kwic`, `collocates` and `trend` look for: a word or phrase, or a regular
/// expression that whole words must match.
public enum SearchTerm: Sendable, Equatable {
    case words(String)
    case regex(pattern: String, flags: String)
}

public struct Expression: Sendable {
    public indirect enum Kind: Sendable {
        case string(String)
        case number(Double, isInteger: Bool)
        case bool(Bool)
        case null
        case date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, hasTime: Bool)
        case duration(Duration)
        case regex(pattern: String, flags: String)
        case field(String)
        case parameter(String)
        case call(String, [Expression])
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        case list([Expression])
        /// `x [not] in (a, b)`.
        case membership(Expression, [Expression], negated: Bool)
        /// `x [not] between a and b`.
        case between(Expression, Expression, Expression, negated: Bool)
        /// `x is [not] null`.
        case isNull(Expression, negated: Bool)
    }

    public let kind: Kind
    public var range: SourceRange
    /// Levels of the tree, 1 for a leaf: what compiling and evaluating it recurse through,
    /// so that the parser can refuse a tree too deep for the stack.
    public let height: Int

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
        height = 1 + (kind.children.lazy.map(\.height).max() ?? 0)
    }
}

extension Expression.Kind {
    /// The expressions directly inside this one.
    var children: [Expression] {
        switch self {
        case .string, .number, .bool, .null, .date, .duration, .regex, .field, .parameter: return []
        case .call(_, let arguments): return arguments
        case .unary(_, let inner): return [inner]
        case .binary(_, let left, let right): return [left, right]
        case .list(let items): return items
        case .membership(let value, let items, _): return [value] + items
        case .between(let value, let low, let high, _): return [value, low, high]
        case .isNull(let value, _): return [value]
        }
    }
}

public enum UnaryOperator: String, Sendable {
    case negate = "-"
    case not
}

public enum BinaryOperator: String, Sendable {
    case and, or
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case equalIgnoringCase = "=~"
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case matches = "~", notMatches = "!~"
    case contains, startswith, endswith, has
    case notContains = "not contains", notStartswith = "not startswith", notEndswith = "not endswith", notHas = "not has"

    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .equalIgnoringCase: return true
        default: return false
        }
    }
}
