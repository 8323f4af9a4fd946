import Foundation
import Language

/// Regular expressions through Foundation (ICU syntax), with the error pointing at the literal.
enum RegexCache {
    enum Outcome: Equatable {
        case found, notFound, interrupted
        /// Stopped after this many seconds: a pattern that backtracks without end.
        case tooSlow(seconds: Int)
    }

    /// How long a search may run: two seconds, and one more for each 10 million characters
    /// it reads, so a slow pattern stops while a fair one on a long text finishes.
    static func timeLimit(characters: Int) -> Double { 2 + Double(characters) / 10_000_000 }

    /// Whether `regex` matches somewhere in `text`. A `watched` match reports its progress,
    /// so it stops on Ctrl-C, or once `deadline` (uptime nanoseconds) has passed: a
    /// catastrophic pattern gives an answer instead of hanging. `limit` is the seconds the
    /// deadline stands for, to report. Progress comes at every position of the text and
    /// makes a match about seven times slower, so only patterns that
    /// `mayBacktrackWithoutEnd` are watched; the others stop between texts on Ctrl-C.
    static func search(_ regex: NSRegularExpression, in text: String, watched: Bool, isCancelled: @escaping () -> Bool,
                       deadline: UInt64? = nil, limit: Double? = nil) -> Outcome {
        let range = NSRange(text.startIndex..., in: text)
        guard watched else { return regex.firstMatch(in: text, range: range) == nil ? .notFound : .found }
        let limit = limit ?? timeLimit(characters: range.length)
        let deadline = deadline ?? DispatchTime.now().uptimeNanoseconds + UInt64(limit * 1e9)
        var outcome = Outcome.notFound
        regex.enumerateMatches(in: text, options: [.reportProgress], range: range) { match, _, stop in
            if match != nil {
                outcome = .found
            } else if isCancelled() {
                outcome = .interrupted
            } else if DispatchTime.now().uptimeNanoseconds > deadline {
                outcome = .tooSlow(seconds: Int(limit.rounded()))
            } else {
                return
            }
            stop.pointee = true
        }
        return outcome
    }

    /// The pattern has a repeated group that itself holds a repeat or an alternation
    /// (`(a+)+`, `(\w+\s?)*`, `(a|aa)+`): the shape that can backtrack without end. Read
    /// from the pattern's text: escapes and character classes are single atoms, and a `?`
    /// right after `(` opens a group kind, it repeats nothing.
    static func mayBacktrackWithoutEnd(_ pattern: String) -> Bool {
        let characters = Array(pattern.unicodeScalars)
        // For each open group: whether it holds a repeat or an alternation so far.
        var groups: [Bool] = []
        func repeats(at index: Int) -> Bool {
            index < characters.count && (characters[index] == "*" || characters[index] == "+" || characters[index] == "{")
        }
        var i = 0
        while i < characters.count {
            switch characters[i] {
            case "\\":
                i += 1
            case "[":
                // To the class's own closing bracket, past escapes and nested classes.
                var depth = 0
                while i < characters.count {
                    if characters[i] == "\\" { i += 1 } else if characters[i] == "[" { depth += 1 } else if characters[i] == "]" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    i += 1
                }
            case "(":
                groups.append(false)
                if i + 1 < characters.count, characters[i + 1] == "?" { i += 1 }
            case ")":
                guard let holds = groups.popLast() else { break }
                if holds && repeats(at: i + 1) { return true }
                if !groups.isEmpty, holds || repeats(at: i + 1) { groups[groups.count - 1] = true }
            case "|", "*", "+", "?", "{":
                if !groups.isEmpty { groups[groups.count - 1] = true }
            default:
                break
            }
            i += 1
        }
        return false
    }

    static func compile(_ pattern: String, flags: String, at range: SourceRange) throws(Diagnostic) -> NSRegularExpression {
        var options: NSRegularExpression.Options = []
        if flags.contains("i") { options.insert(.caseInsensitive) }
        if flags.contains("m") { options.insert(.anchorsMatchLines) }
        if flags.contains("s") { options.insert(.dotMatchesLineSeparators) }
        if flags.contains("x") { options.insert(.allowCommentsAndWhitespace) }
        do {
            return try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            throw Diagnostic(.syntax, "not a valid regular expression: /\(pattern)/", at: range)
        }
    }
}
