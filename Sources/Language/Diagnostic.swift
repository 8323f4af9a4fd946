/// A place in a statement's text: offsets count Unicode scalars from the statement's start.
public struct SourceRange: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public static func to(_ other: SourceRange, from first: SourceRange) -> SourceRange {
        SourceRange(min(first.start, other.start), max(first.end, other.end))
    }
}

/// An error in a statement, with the place it points at. The one error type of the
/// language, for the parser, the type checker and the interpreter alike; the shell renders
/// it (line, column, the line and a caret) in one place.
public struct Diagnostic: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The statement ended where more was needed: the prompt reads another line.
        case incomplete
        case syntax
        case type
        case name
        case runtime
        /// The user pressed Ctrl-C while the statement ran.
        case interrupted
    }

    public var kind: Kind
    public var message: String
    public var range: SourceRange
    /// The stage that failed, for errors while a pipeline runs.
    public var stage: String?

    public init(_ kind: Kind, _ message: String, at range: SourceRange, stage: String? = nil) {
        self.kind = kind
        self.message = message
        self.range = range
        self.stage = stage
    }
}

/// Line and column of an offset in a statement's text, both from 1.
public struct SourceText: Sendable {
    public let text: String
    private let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
    }

    public func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for scalar in scalars.prefix(min(offset, scalars.count)) {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// The text of line `number` (from 1).
    public func line(_ number: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return number - 1 < lines.count ? String(lines[number - 1]) : ""
    }

    public func slice(_ range: SourceRange) -> String {
        let lower = min(range.start, scalars.count), upper = min(range.end, scalars.count)
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }
}
