import Testing
@testable import Language
@Suite struct ParserSmoke { @Test func parses() throws { #expect(try Parser.parse("articles | where x > 1").count == 1) } }
