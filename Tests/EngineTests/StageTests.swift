import Testing
@testable import Archive
@testable import Engine
import Language

/// Stage behaviour that golden output cannot show on its own.
@Suite struct StageTests {
    @Test func theSameSeedGivesTheSameSampleAndAnotherSeedAnother() throws {
        let first = try Example.rows("articles | sample 5 seed 11 | select id")
        #expect(first.count == 5)
        #expect(try Example.rows("articles | sample 5 seed 11 | select id") == first)
        #expect(try Example.rows("articles | sample 5 seed 12 | select id") != first)
        // Kept in archive order: the sample's ids appear in the order of the whole table.
        let all = try Example.rows("articles | select id").map { $0[0] }
        let positions = first.map { all.firstIndex(of: $0[0])! }
        #expect(positions == positions.sorted())
    }

    @Test func sortIsStableAndPutsNullsLastBothWays() throws {
        let ascending = try Example.rows("articles | sort by author | select author").map { $0[0] }
        let descending = try Example.rows("articles | sort by author desc | select author").map { $0[0] }
        #expect(ascending.suffix(5) == ["", "", "", "", ""]) // five unsigned articles
        #expect(descending.suffix(5) == ["", "", "", "", ""])
        // Equal keys keep archive order.
        let bySection = try Example.rows("articles | sort by section | select section, id")
        let all = try Example.rows("articles | select id").map { $0[0] }
        for section in Set(bySection.map { $0[0] }) {
            let ids = bySection.filter { $0[0] == section }.map { all.firstIndex(of: $0[1])! }
            #expect(ids == ids.sorted())
        }
    }

    /// `words | where word = "x"` counts only the words named; its rows must be those of the
    /// whole table, filtered by hand here.
    @Test func wordsNamedByTheWhereAfterCountAsInTheWholeTable() throws {
        let whole = try Example.rows("articles | where section = \"politics\" | words all")
        let named = ["the", "harbour", "council", "nowhere-at-all"]
        let expected = whole.filter { named.contains($0[0]) }
        #expect(expected.count == 3)
        #expect(try Example.rows("articles | where section = \"politics\" | words all | where word in (\"the\", \"harbour\", \"council\", \"nowhere-at-all\")") == expected)
        #expect(try Example.rows("articles | where section = \"politics\" | words all | where word = \"harbour\"") == whole.filter { $0[0] == "harbour" })
        #expect(try Example.rows("articles | where section = \"politics\" | words all | where \"council\" = word") == whole.filter { $0[0] == "council" })
        // Up to four words are counted one by one, five to eight in one pass (`WordCounts`).
        let six = ["the", "harbour", "council", "a", "of", "wall"]
        let sixListed = six.map { "\"\($0)\"" }.joined(separator: ", ")
        #expect(try Example.rows("articles | where section = \"politics\" | words all | where word in (\(sixListed))")
                == whole.filter { six.contains($0[0]) })
        // More than a few words are counted with all the others; the rows are the same.
        let many = ["the", "harbour", "council", "a", "of", "and", "to", "in", "wall", "said"]
        let list = many.map { "\"\($0)\"" }.joined(separator: ", ")
        #expect(try Example.rows("articles | where section = \"politics\" | words all | where word in (\(list))")
                == whole.filter { many.contains($0[0]) })
        // Without `all`, a stop word stays out however it is asked for.
        #expect(try Example.rows("articles | words | where word = \"the\"").isEmpty)
    }

    /// `kwic ... | count` counts the lines without making them: the same number as the
    /// lines made (a `take` between keeps them made), and the same error for a bad width.
    @Test(arguments: ["\"the\"", "\"the council\"", "/^harb/", "\"no-such-word\""])
    func countingConcordanceLinesEqualsCountingTheLines(term: String) throws {
        let counted = try Example.rows("articles | kwic \(term) | count")
        let made = try Example.rows("articles | kwic \(term) | take 1000000").count
        #expect(counted == [["\(made)"]])
        #expect(Example.error("articles | kwic \(term) width 99 | count")?.message == "the width must be from 0 to 50, not 99")
    }

    @Test func topBreaksTiesByTheOtherColumns() throws {
        // Five sections have counts 4, 3, 3, 2, 2, 2: the ties go by name.
        #expect(try Example.rows("articles | count by section | top 4") ==
                [["weather", "4"], ["health", "3"], ["politics", "3"], ["business", "2"]])
    }

    @Test func typeErrorsAreFoundBeforeAnyRowIsRead() {
        #expect(Example.error("articles | where words contains \"a\"")?.message ==
                "'contains' needs a string, but words is a number")
        #expect(Example.error("articles | summarize avg(title)")?.message ==
                "avg needs numbers, but title is a string")
        #expect(Example.error("articles | where date > \"soon\"")?.message ==
                "'soon' is not a date this side of a date comparison")
        #expect(Example.error("articles | where words")?.message ==
                "'where' needs a condition (true or false), but words is a number")
        #expect(Example.error("articles | take -1")?.message ==
                "'take' needs a whole number of 0 or more, not -1")
    }

    @Test func hugeAndOddNumbersGiveDefinedAnswers() throws {
        #expect(try Example.rows("articles | take 99999999999999999999 | count") == [["16"]])
        #expect(try Example.rows("articles | sample 1000 seed 1 | count") == [["16"]])
        // Beyond 2^53 a literal is a decimal, and stays one.
        #expect(try Example.rows("9223372036854775807 * 10") == [["9.223372036854776e+19"]])
        #expect(try Example.rows("2024-01-01 + 1e300") == [[""]])
        #expect(try Example.rows("round(1.5, 99999999999)") == [["1.5"]])
    }

    @Test func letNamesSurviveAFailedStatement() throws {
        var interpreter = Interpreter(archive: Example.archive)
        _ = try Example.run("let t = articles | where section = \"sport\"", interpreter: &interpreter)
        #expect(throws: Diagnostic.self) { try Example.run("let t = articles | where nope", interpreter: &interpreter) }
        #expect(try Example.run("t | count", interpreter: &interpreter)?.value(row: 0, column: 0) == .int(2))
    }
}
