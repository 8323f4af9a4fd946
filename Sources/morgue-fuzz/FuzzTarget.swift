import Archive
import Engine
import Language

/// What one fuzz target does with an input: the part of morgue it feeds, the way a user's
/// file or statement would reach it. Any input must give a result or a diagnostic; a crash,
/// a hang or (with the address sanitizer) a bad memory access is a finding.
enum FuzzTarget: String, CaseIterable {
    case query, jsonl, json, csv, text, gzip, date, quotes

    /// The targets' inputs, kept here rather than read from the repository, so that a fuzz
    /// run does not depend on the folder it starts in.
    static let archive: Archive = ArchiveLoader.load(bytes: Array(FuzzArchive.jsonLines.utf8), named: "fuzz.jsonl")

    /// A gzip member's ten-byte header (deflate, no name, no time): the `gzip` target's
    /// input follows it, to be inflated.
    static let gzipHeader: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]

    func run(_ input: UnsafeBufferPointer<UInt8>) {
        let bytes = Array(input)
        switch self {
        case .query: Self.runStatements(String(decoding: bytes, as: UTF8.self))
        case .jsonl: Self.load(bytes, "fuzz.jsonl")
        case .json: Self.load(bytes, "fuzz.json")
        case .csv: Self.load(bytes, "fuzz.csv")
        case .text: Self.load(bytes, "fuzz.txt")
        case .gzip: Self.load(Self.gzipHeader + bytes, "fuzz.jsonl.gz")
        case .date: _ = DateParser.parse(String(decoding: bytes, as: UTF8.self))
        case .quotes:
            // The input is an article's text: its quotes, and every field of them as a table.
            let archive = ArchiveLoader.load(bytes: Array("Fuzz\n\n".utf8) + bytes, named: "fuzz.txt")
            var interpreter = Interpreter(archive: archive)
            let text = "quotes | select id, article, text, speaker, mention, cue, kind, words, start, end"
            if let statement = try? Parser.parse(text).first, case .table(let table)? = try? interpreter.run(statement, source: SourceText(text)) {
                _ = TableRenderer.render(table, mode: .jsonl)
            }
        }
    }

    /// Loads the bytes as a file of that name, then reads every article's text and quotes.
    private static func load(_ bytes: [UInt8], _ name: String) {
        let archive = ArchiveLoader.load(bytes: bytes, named: name)
        for row in 0..<archive.count { _ = archive.texts[row].count }
        _ = archive.warnings.map(\.description)
    }

    /// Parses and runs the statements over the fuzz archive, rendering each table every way.
    private static func runStatements(_ text: String) {
        var interpreter = Interpreter(archive: archive)
        guard let statements = try? Parser.parse(text) else { return }
        for statement in statements {
            guard case .table(let table)? = try? interpreter.run(statement, source: SourceText(text)) else { continue }
            for mode in OutputMode.allCases {
                _ = TableRenderer.render(table, mode: mode, options: RenderOptions(width: 60, maxRows: 20))
            }
        }
    }
}

/// Twelve articles with the fields, dates and quotes the language asks about.
enum FuzzArchive {
    static let jsonLines = """
        {"id": "a1", "title": "Storm closes harbour", "author": "Ruth Adeyemi", "date": "2024-11-18T08:15:00Z", "source": "Coast Gazette", "section": "weather", "text": "The storm closed the harbour on Monday. “We have never seen waves like it,” said harbourmaster Jo Reid.\\n\\nShe added that the wall would be inspected."}
        {"id": "a2", "title": "Rovers win again", "author": "Sam Okafor", "date": "2024-11-19", "source": "Coast Gazette", "section": "sport", "text": "Rovers beat United 3-1. Coach Ana Lima called it “a proper team performance”.\\n\\n“We kept going,” Lima said."}
        {"id": "a3", "title": "Council backs flood plan", "date": "18/11/2024", "source": "Daily Ledger", "section": "politics", "text": "The council voted 7-2 for the plan. According to Mayor Tom Hale, “the money is there”. Critics called it a “sticking plaster”."}
        {"id": "a4", "title": "Clinic hours extended", "author": "Priya Nair", "date": "November 20, 2024", "source": "Daily Ledger", "section": "health", "text": "The clinic will open on Saturdays. \\"Demand has doubled,\\" said Dr. Mei Chen, who runs it."}
        {"id": "a5", "title": "Chip maker expands", "date": "2024-11-21", "source": "Tech Wire", "section": "tech", "text": "The company will hire 300 people, its chief executive told reporters: “This is only the start.”"}
        {"id": "a6", "title": "Quiet day", "date": "", "source": "Tech Wire", "section": "tech", "text": "Nothing happened. Nobody said anything at all."}
        {"id": "a7", "title": "Fishermen count losses", "author": "Ruth Adeyemi", "date": "2024-11-22", "source": "Coast Gazette", "section": "weather", "text": "Boats were lost in the storm.\\n\\n“It will take years,” he said. “Years.”\\n\\n“We need help,” said Karim Haddad, a fisherman."}
        {"id": "a8", "title": "Hospital waits fall", "date": "2024-12-01", "source": "Daily Ledger", "section": "health", "text": "Waits fell by a fifth, the report said. Officials said the figures were “encouraging”."}
        {"id": "a9", "title": "Derby postponed", "date": "2024-12-02", "source": "Coast Gazette", "section": "sport", "text": "The derby is off. « Le terrain est impraticable », a déclaré l’arbitre."}
        {"id": "a10", "title": "Budget vote delayed", "date": "2025-01-05", "source": "Daily Ledger", "section": "politics", "text": "The vote was delayed. ‘We need more time,’ said Sen. Ann Brooks (D-N.Y.)."}
        {"id": "a11", "title": "New phone launched", "date": "2025-01-06", "source": "Tech Wire", "section": "tech", "text": "The phone costs £699. Reviewers called it “fast”, “bright” and “expensive”."}
        {"id": "a12", "title": "Ferry returns", "date": "2025-01-07", "source": "Coast Gazette", "section": "weather", "text": "The ferry is back. Passengers cheered."}
        """
}
