import Foundation
import Testing
@testable import Engine
import Language

/// The catalogue of hostile queries (docs/reliability.md): each has a defined answer or a
/// diagnostic that points at the place, and none hangs or crashes.
@Suite struct HostileQueryTests {
    /// `(a+)+$` tries every way to split a run of a's before it fails on the b: 2^40 of them.
    private let catastrophic = try! NSRegularExpression(pattern: "(a+)+$")
    private let trap = String(repeating: "a", count: 40) + "b"

    @Test func aCatastrophicRegexStopsAtItsTimeLimit() {
        let started = Date()
        let outcome = RegexCache.search(catastrophic, in: trap, watched: true, isCancelled: { false }, limit: 0.2)
        #expect(outcome == .tooSlow(seconds: 0))
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func aCatastrophicRegexStopsWhenCancelled() {
        let outcome = RegexCache.search(catastrophic, in: trap, watched: true, isCancelled: { true })
        #expect(outcome == .interrupted)
    }

    @Test func aFairRegexStillAnswers() {
        let regex = try! NSRegularExpression(pattern: "fl(oo)d")
        for watched in [false, true] {
            #expect(RegexCache.search(regex, in: "after the flood came", watched: watched, isCancelled: { false }) == .found)
            #expect(RegexCache.search(regex, in: "after the rain came", watched: watched, isCancelled: { false }) == .notFound)
        }
    }

    /// Only the shape that can backtrack without end pays for progress reports.
    @Test(arguments: [
        ("(a+)+$", true), (#"(\w+\s?)+$"#, true), ("(a|aa)+b", true), ("((a+)b)*", true), ("(x+x+)+y", true),
        ("(?:a*){2,}", true),
        ("clim(ate)? change", false), ("^(storm|rovers)", false), ("fl(oo)d", false), ("(ab)+", false),
        (#"[(+]+"#, false), (#"\(a+\)+"#, false), ("(?i)storm+", false), (#"[a-z]+\d*"#, false),
    ])
    func patternsThatMayBacktrackWithoutEndAreWatched(pattern: String, watched: Bool) {
        #expect(RegexCache.mayBacktrackWithoutEnd(pattern) == watched)
    }

    @Test func aCatastrophicRegexInAQueryIsADiagnostic() throws {
        // Every text of the sample archive ends in a full stop, so `(\w+\s?)+$` backtracks on each.
        let error = try #require(Example.error(#"articles | where text ~ /(\w+\s?)+$/ | count"#))
        #expect(error.kind == .runtime)
        #expect(error.message == #"/(\w+\s?)+$/ ran 2 s on one text without an answer and was stopped; nested repeats such as (a+)+ backtrack without end: rewrite it"#)
        #expect(error.range.start == 24)
    }

    @Test func divisionByZeroIsNull() throws {
        let table = try Example.run("articles | take 1 | select 1 / 0 as a, 1 % 0 as b, 0 / 0 as c, -1.5 / 0 as d, 7 / 2 as e")
        let row = table.row(0)
        #expect(row.prefix(4).allSatisfy { if case .null = $0 { true } else { false } })
        #expect(row[4].number == 3.5)
    }

    @Test func aHugeTakeOrSampleGivesEveryRow() throws {
        let all = Example.archive.count
        #expect(try Example.run("articles | take 99999999999999999999").count == all)
        #expect(try Example.run("articles | take 9223372036854775807").count == all)
        #expect(try Example.run("articles | sample 1000000 seed 7").count == all)
        #expect(try Example.run("articles | skip 99999999999999999999").count == 0)
        #expect(Example.error("articles | take -5")?.message == "'take' needs a whole number of 0 or more, not -5")
    }

    @Test(arguments: [
        ("articles | where date > 3", "cannot compare date (date) with 3 (number)"),
        ("articles | where title < 3", "cannot compare title (string) with 3 (number)"),
        ("articles | where words = \"many\"", "cannot compare words (number) with \"many\" (string)"),
    ])
    func comparingMismatchedTypesIsADiagnostic(query: String, message: String) {
        let error = Example.error(query)
        #expect(error?.kind == .type)
        #expect(error?.message == message)
    }

    /// "where author = null" would keep no row, silently: it is an error that names what
    /// was meant; a null that comes from a value still compares as SQL's nulls do.
    @Test(arguments: [
        ("articles | where author = null", "a comparison with null is never true (it is null); write 'author is null'"),
        ("articles | where null != author", "a comparison with null is never true (it is null); write 'author is not null'"),
    ])
    func comparingWithTheNullLiteralNamesIsNull(query: String, message: String) throws {
        let error = Example.error(query)
        #expect(error?.kind == .type)
        #expect(error?.message == message)
        #expect(try Example.run("articles | where coalesce(null, null) = author").count == 0)
    }
}
