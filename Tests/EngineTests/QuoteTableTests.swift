import Testing
@testable import Archive
@testable import Engine

/// The `quotes` table reads its values from the archive's quotes when a stage asks for them.
/// Its rows must be what the quotes hold, made here by hand from the archive's own columns.
@Suite struct QuoteTableTests {
    /// Every quote of the sample archive as the table's fifteen columns, in article order.
    private static func handMadeRows() -> [[String]] {
        let archive = Example.archive
        let quotes = archive.quotes
        var rows: [[String]] = []
        for article in 0..<archive.count {
            for (number, index) in quotes.range(ofArticle: article).enumerated() {
                let quote = quotes.quotes[index]
                rows.append([
                    "\(archive.ids[article])#\(number + 1)", archive.ids[article], archive.titles[article] ?? "",
                    archive.dates[article]?.description ?? "", archive.authors[article].joined(separator: ", "),
                    archive.sources[article] ?? "", archive.sections[article] ?? "", quote.text, quote.speaker ?? "",
                    quote.mention ?? "", quote.cue ?? "", quote.kind.rawValue, String(quotes.tokenRanges[index].count),
                    String(quote.scalarStart), String(quote.scalarEnd),
                ])
            }
        }
        return rows
    }

    @Test func theTableHoldsEveryQuoteWithItsArticlesFields() throws {
        let expected = Self.handMadeRows()
        #expect(expected.count > 20)
        #expect(try Example.rows("quotes") == expected)
        #expect(try Example.rows("quotes | count") == [[String(expected.count)]])
        // A subset keeps the rows it chose, with their values.
        #expect(try Example.rows("quotes | where kind = \"direct\"") == expected.filter { $0[11] == "direct" })
        #expect(try Example.rows("quotes | skip 3 | take 4") == Array(expected[3..<7]))
        // The quotes of some articles are those articles' rows, in article order.
        let politics = Set(try Example.rows("articles | where section = \"politics\" | select id").map { $0[0] })
        #expect(try Example.rows("articles | where section = \"politics\" | quotes") == expected.filter { politics.contains($0[1]) })
    }

    @Test func quotesGoBackToTheirArticlesAndTheirWords() throws {
        let expected = Self.handMadeRows()
        let articles = expected.map { $0[1] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        #expect(try Example.rows("quotes | articles | select id").map { $0[0] } == articles)
        // `words` over quotes counts the words inside their marks: as many as the quotes hold.
        let total = expected.map { Int($0[12])! }.reduce(0, +)
        #expect(try Example.rows("quotes | words all | summarize n = sum(count)") == [[String(total)]])
    }

    /// Grouping by a column the archive keeps coded (a quote's kind, source and section, an
    /// article's source, section and path) counts what the rows hold, null a group of its own.
    @Test func countsByCodedColumnsAreTheRowsCounts() throws {
        func counts(_ keys: [String]) -> Set<[String]> {
            Set(keys.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }.map { [$0.key, String($0.value)] })
        }
        let expected = Self.handMadeRows()
        for (field, column) in [("kind", 11), ("source", 5), ("section", 6)] {
            let byHand = counts(expected.map { $0[column] })
            #expect(Set(try Example.rows("quotes | summarize count() by \(field)")) == byHand, "\(field)")
            // `count by` ranks the same groups by their counts.
            let ranked = try Example.rows("quotes | count by \(field)")
            #expect(Set(ranked) == byHand, "\(field)")
            #expect(ranked.map { Int($0[1])! } == ranked.map { Int($0[1])! }.sorted(by: >), "\(field)")
        }
        #expect(Set(try Example.rows("quotes | where kind = \"direct\" | count by kind")) == [["direct", String(expected.filter { $0[11] == "direct" }.count)]])
        let archive = Example.archive
        let articles = 0..<archive.count
        #expect(Set(try Example.rows("articles | count by source")) == counts(articles.map { archive.sources[$0] ?? "" }))
        #expect(Set(try Example.rows("articles | count by section")) == counts(articles.map { archive.sections[$0] ?? "" }))
        #expect(Set(try Example.rows("articles | count by path")) == counts(articles.map { archive.paths[$0] ?? "" }))
        #expect(Set(try Example.rows("articles | skip 2 | count by source")) == counts(articles.dropFirst(2).map { archive.sources[$0] ?? "" }))
        #expect(try Example.rows("articles | take 0 | count by source").isEmpty)
    }

    /// `top` and `sort` order quotes by their keys, then by id; the id is unique, so the order
    /// is the same as by every column.
    @Test func quotesRankByTheirKeysThenById() throws {
        let expected = Self.handMadeRows()
        let ranked = expected.sorted { a, b in
            Int(a[12])! != Int(b[12])! ? Int(a[12])! > Int(b[12])! : a[0] < b[0]
        }
        #expect(try Example.rows("quotes | top 5 by words") == Array(ranked.prefix(5)))
        let byWords = try Example.rows("quotes | sort by words desc | select id, words")
        // A stable sort: equal counts keep article order.
        let stable = expected.indices.sorted { Int(expected[$0][12])! != Int(expected[$1][12])! ? Int(expected[$0][12])! > Int(expected[$1][12])! : $0 < $1 }
        #expect(byWords == stable.map { [expected[$0][0], expected[$0][12]] })
    }
}

/// `SortColumn` orders as `Value.compare` orders, nulls last in either direction, whatever
/// form it keeps the values in.
@Suite struct SortColumnTests {
    private func order(_ keys: [Value], descending: Bool = false) -> [Int] {
        let column = SortColumn(keys, descending: descending)
        defer { column.deallocate() }
        return keys.indices.sorted { a, b in
            let c = column.compare(a, b)
            return c != 0 ? c < 0 : a < b
        }
    }

    @Test func numbersOfBothKindsOrderByValueWithNullsLast() {
        let keys: [Value] = [.int(10), .null, .double(2.5), .int(-1), .int(3), .null, .double(10)]
        #expect(order(keys) == [3, 2, 4, 0, 6, 1, 5])
        #expect(order(keys, descending: true) == [0, 6, 4, 2, 3, 1, 5])
    }

    @Test func stringsOrderAsSwiftOrdersThemWithNullsLast() {
        let keys: [Value] = [.string("beta"), .null, .string("Alpha"), .string("alpha"), .string("beta"), .string("é")]
        #expect(order(keys) == [2, 3, 0, 4, 5, 1])
        #expect(order(keys, descending: true) == [5, 0, 4, 3, 2, 1])
    }

    @Test func mixedKindsOrderByKindAsValueCompareDoes() {
        let keys: [Value] = [.string("a"), .int(2), .null, .bool(true), .int(1)]
        #expect(order(keys) == [3, 4, 1, 0, 2])
        #expect(order(keys, descending: true) == [0, 1, 4, 3, 2])
    }
}
