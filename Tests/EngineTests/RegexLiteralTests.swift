import Foundation
import Testing
@testable import Engine

/// The run of plain characters every match of a pattern holds, and the promise that makes it
/// safe: a text the regular expression matches always holds it.
@Suite struct RegexLiteralTests {
    @Test(arguments: [
        ("border wall", "", "border wall"), ("clim(ate)?", "", "clim"), ("colou?r", "", "colo"), ("ab+c", "", "ab"),
        ("(a|b)cd", "", "cd"), ("\\.com", "", ".com"), ("\\bimmigra\\w+", "", "immigra"), ("[abc]def", "", "def"),
        ("[]x]yz", "", "yz"), ("[^]x]yz", "", "yz"), ("a{2}bc", "", "bc"), ("ab*?cd", "", "cd"), ("café", "", "café"),
        ("Border Wall", "i", "Border Wall"), ("^said$", "m", "said"),
    ])
    func theRequiredRunIsTheLongestCertainOne(pattern: String, flags: String, run: String) {
        #expect(RegexLiteral(pattern: pattern, flags: flags).map { String(decoding: $0.bytes, as: UTF8.self) } == run)
    }

    @Test(arguments: [
        ("a|b", ""), ("abc|d", ""), ("\\u0041bc", ""), ("\\x{41}bc", ""), ("(\\w)\\1", ""), ("(?i)abc", ""),
        ("[[:alpha:]]zz", ""), ("abc", "x"), ("^$", ""), ("café", "i"), ("(abc", ""), ("[abc", ""),
    ])
    func noRunWhereItIsNotCertain(pattern: String, flags: String) {
        #expect(RegexLiteral(pattern: pattern, flags: flags) == nil)
    }

    /// Random patterns over random texts: wherever Foundation's regular expression matches,
    /// the text may match by its run.
    @Test func everyTextTheExpressionMatchesHoldsTheRun() throws {
        let patternPieces = ["a", "b", "s", "k", "ss", "ab", " ", "(a|b)", "(ab)", "?", "+", "*", "{2}", "\\.", ".", "[ab]",
                             "[^a]", "\\w", "\\b", "^", "$", "|", "K", "S", "é"]
        let textPieces = ["a", "A", "b", "B", "s", "S", "k", "K", " ", ".", "ab", "ss", "ß", "\u{17F}", "\u{212A}", "é", "e\u{301}", "\n"]
        var random = SplitMix64(seed: 3)
        func pick(_ from: [String]) -> String { from[Int(random.next() % UInt64(from.count))] }
        var checked = 0, failures: [String] = []
        for _ in 0..<3_000 {
            let pattern = (0..<1 + Int(random.next() % 5)).map { _ in pick(patternPieces) }.joined()
            let flags = random.next() % 2 == 0 ? "" : "i"
            guard let literal = RegexLiteral(pattern: pattern, flags: flags),
                  let regex = try? NSRegularExpression(pattern: pattern, options: flags == "i" ? [.caseInsensitive] : []) else { continue }
            for _ in 0..<10 {
                let text = (0..<Int(random.next() % 10)).map { _ in pick(textPieces) }.joined()
                let matches = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                checked += 1
                if matches && !literal.mayMatch(text) { failures.append("/\(pattern)/\(flags) \(text.debugDescription)") }
            }
        }
        #expect(checked > 10_000)
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}
