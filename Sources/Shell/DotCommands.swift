import Archive
import Engine
import Foundation
import Language

struct CommandError: Error {
    var message: String
}

/// A shell command, sqlite-style: `.mode csv`. One table drives dispatch, `.help` and
/// (later) completion, so they cannot disagree.
struct DotCommand: Sendable {
    let names: [String]
    let usage: String
    let summary: String
    /// Throws `CommandError` for the user to read.
    let run: @Sendable (Session, [String]) throws -> Void
}

enum DotCommands {
    static let all: [DotCommand] = [
        DotCommand(names: [".help"], usage: ".help [TOPIC]", summary: "this list, or help on a stage, function, operator, mode or command") { session, args in
            guard let text = Help.text(for: args.first) else { throw CommandError(message: Help.unknown(args.first!)) }
            session.write(text + "\n")
        },
        DotCommand(names: [".info"], usage: ".info", summary: "the archive: counts per source, section and year") { session, _ in
            session.write(ArchiveReport.info(session.archive) + "\n")
        },
        DotCommand(names: [".schema"], usage: ".schema [TABLE]", summary: "the columns of articles, quotes or a let table, with their types") { session, args in
            session.write(try schema(args.first, session))
        },
        DotCommand(names: [".tables"], usage: ".tables", summary: "the tables and values bound with let") { session, _ in
            let tables = session.interpreter.tables.keys.sorted().map { "\($0)  (\(session.interpreter.tables[$0]!.count) rows)" }
            let values = session.interpreter.values.keys.sorted().map { "$\($0) = \(session.interpreter.values[$0]!)" }
            session.write((tables + values).isEmpty ? "no let names yet\n" : (tables + values).joined(separator: "\n") + "\n")
        },
        DotCommand(names: [".warnings"], usage: ".warnings", summary: "what the load skipped or read with a fallback, by file and line") { session, _ in
            let warnings = session.archive.warnings
            session.write(warnings.isEmpty ? "no warnings\n" : warnings.map { "\($0)\n" }.joined())
        },
        DotCommand(names: [".mode"], usage: ".mode [table|csv|tsv|json|jsonl|markdown]", summary: "how results are written") { session, args in
            guard let name = args.first else { session.write(session.settings.mode.rawValue + "\n"); return }
            guard let mode = OutputMode(rawValue: name.lowercased()) else {
                throw CommandError(message: "unknown mode '\(name)'; modes are " + OutputMode.allCases.map(\.rawValue).joined(separator: ", "))
            }
            session.settings.mode = mode
        },
        DotCommand(names: [".once"], usage: ".once FILE", summary: "write the next result to FILE instead of the screen") { session, args in
            let path = try one(args, "a file name: .once FILE")
            session.once?.abandon()
            session.once = try open(path)
        },
        DotCommand(names: [".output"], usage: ".output [FILE]", summary: "write results to FILE from now on; alone, back to the screen") { session, args in
            if let output = session.output {
                do { try output.commit() } catch { throw CommandError(message: (error as? OutputError)?.message ?? "\(error)") }
                session.output = nil
            }
            if let path = args.first { session.output = try open(path) }
        },
        DotCommand(names: [".maxrows"], usage: ".maxrows N", summary: "show at most N rows in table mode (0 for all)") { session, args in
            guard let text = args.first, let n = Int(text), n >= 0 else { throw CommandError(message: "usage: .maxrows N, with N a whole number (0 for all)") }
            session.settings.maxRows = n
        },
        DotCommand(names: [".width"], usage: ".width N|auto", summary: "fit tables to N columns, or to the terminal") { session, args in
            let text = try one(args, "usage: .width N|auto")
            if text == "auto" { session.settings.width = nil; return }
            guard let n = Int(text), n >= 20 else { throw CommandError(message: "usage: .width N|auto, with N at least 20") }
            session.settings.width = n
        },
        DotCommand(names: [".timer"], usage: ".timer on|off", summary: "print how long each statement took") { session, args in
            switch args.first?.lowercased() {
            case "on"?: session.settings.timer = true
            case "off"?: session.settings.timer = false
            default: throw CommandError(message: "usage: .timer on|off")
            }
        },
        DotCommand(names: [".set"], usage: ".set [NAME VALUE]", summary: "set the parameter $NAME; alone, list the parameters") { session, args in
            guard args.count >= 2 else {
                guard args.isEmpty else { throw CommandError(message: "usage: .set NAME VALUE") }
                let values = session.interpreter.values.sorted { $0.key < $1.key }
                session.write(values.isEmpty ? "no parameters\n" : values.map { "$\($0.key) = \($0.value)\n" }.joined())
                return
            }
            if args[0].lowercased() == "stopwords" {
                try setStopwords(args[1], session)
                return
            }
            session.interpreter.setParameter(args[0], args.dropFirst().joined(separator: " "))
        },
        DotCommand(names: [".kwic"], usage: ".kwic N", summary: "the concordance of row N of the last words, ngrams, collocates or keyness result") { session, args in
            guard let text = args.first, let n = Int(text), n >= 1 else { throw CommandError(message: "usage: .kwic N, with N a row of the last result (from 1)") }
            guard let table = session.lastTable, let (_, rows) = table.wordSource else {
                throw CommandError(message: "the last result is not words, ngrams, collocates or keyness")
            }
            guard n <= table.count, case .string(let term) = table.value(row: n - 1, column: 0) else {
                throw CommandError(message: "the last result has \(table.count) rows")
            }
            let statement = "kwic \"\(term.replacingOccurrences(of: "\"", with: ""))\""
            session.showDrillDown(statement, rows: rows)
        },
        DotCommand(names: [".read"], usage: ".read FILE", summary: "run the statements of a script file") { session, args in
            let path = try one(args, "a file name: .read FILE")
            guard !session.readStack.contains(path) else { throw CommandError(message: "'\(path)' is already being read") }
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CommandError(message: "cannot read '\(path)': \(String(cString: strerror(errno)))")
            }
            session.readStack.append(path)
            defer { session.readStack.removeLast() }
            session.runScript(text, origin: .file(path))
        },
        DotCommand(names: [".load"], usage: ".load PATH...", summary: "load these files or folders as the archive, in place of the current one") { session, args in
            guard !args.isEmpty else { throw CommandError(message: "usage: .load PATH...") }
            do {
                let progress = ProgressLine.start()
                var options = session.loadOptions
                options.progress = progress?.progress
                let loaded = Result { try ArchiveLoader.load(paths: args, options: options) }
                progress?.finish()
                let archive = try loaded.get()
                session.interpreter.replaceArchive(archive)
                Terminal.writeError(ArchiveReport.summary(archive) + "\n")
                if let problem = ArchiveReport.snapshotProblem(archive) { Terminal.writeError("morgue: \(problem)\n") }
            } catch let error as LoadError {
                throw CommandError(message: error.message)
            }
        },
        DotCommand(names: [".last"], usage: ".last", summary: "the previous result again, every row") { session, _ in
            guard let table = session.lastTable else { throw CommandError(message: "no result yet") }
            var options = session.settings.renderOptions
            options.maxRows = 0
            session.write(TableRenderer.render(table, mode: session.settings.mode, options: options))
        },
        DotCommand(names: [".history"], usage: ".history [N]", summary: "the last N statements typed at the prompt (20), from the history file") { session, args in
            let count = args.first.flatMap { Int($0) } ?? 20
            let entries = History(path: History.defaultPath()).entries()
            let first = max(0, entries.count - count)
            session.write(entries[first...].enumerated().map { offset, entry in
                let number = String(first + offset + 1)
                return String(repeating: " ", count: max(0, 5 - number.count)) + number + "  "
                    + entry.replacingOccurrences(of: "\n", with: "\n       ") + "\n"
            }.joined())
        },
        DotCommand(names: [".quit", ".exit"], usage: ".quit", summary: "leave morgue (Ctrl-D does too)") { session, _ in
            session.quitRequested = true
        },
    ]

    static func run(_ line: String, session: Session) throws(CommandError) {
        let words = arguments(of: line)
        guard let name = words.first?.lowercased() else { return }
        guard let command = all.first(where: { $0.names.contains(name) }) else {
            throw CommandError(message: "unknown command '\(name)'" + Suggestion.hint(for: name, among: all.flatMap(\.names))
                               + "; .help lists the commands")
        }
        do {
            try command.run(session, Array(words.dropFirst()))
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError(message: "\(error)")
        }
    }

    /// Words split at spaces; "double quotes" keep a path with spaces together.
    static func arguments(of line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "\"" { quoted.toggle(); started = true; continue }
            if character.isWhitespace && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    /// `.set stopwords FILE|none|english`.
    private static func setStopwords(_ choice: String, _ session: Session) throws(CommandError) {
        switch choice.lowercased() {
        case "none": session.interpreter.stopwords = .none
        case "english", "default": session.interpreter.stopwords = .english
        default:
            guard let text = try? String(contentsOfFile: choice, encoding: .utf8) else {
                throw CommandError(message: "cannot read stop words from '\(choice)': \(String(cString: strerror(errno)))")
            }
            session.interpreter.stopwords = Stopwords.parse(text, name: choice)
        }
        Help.currentStopwords = session.interpreter.stopwords
    }

    private static func one(_ args: [String], _ usage: String) throws(CommandError) -> String {
        guard args.count == 1 else { throw CommandError(message: "usage: \(usage)") }
        return args[0]
    }

    private static func open(_ path: String) throws(CommandError) -> OutputFile {
        do { return try OutputFile(path: path) } catch {
            throw CommandError(message: (error as? OutputError)?.message ?? "cannot write '\(path)'")
        }
    }

    private static func schema(_ name: String?, _ session: Session) throws(CommandError) -> String {
        var tables: [(String, Table)] = []
        switch name?.lowercased() {
        case nil: tables = [("articles", .articles(session.archive)), ("quotes", QuoteSchema.empty)]
        case "articles"?: tables = [("articles", .articles(session.archive))]
        case "quotes"?: tables = [("quotes", QuoteSchema.empty)]
        default:
            guard let table = session.interpreter.tables[name!] else {
                throw CommandError(message: "no table '\(name!)'" + Suggestion.hint(for: name!, among: ["articles", "quotes"] + session.interpreter.tables.keys))
            }
            tables = [(name!, table)]
        }
        return tables.map { name, table in
            let width = table.columns.map(\.name.count).max() ?? 0
            return "\(name)\n" + table.columns.map { "  " + $0.name.padding(width + 1) + $0.type.rawValue + "\n" }.joined()
        }.joined()
    }
}
