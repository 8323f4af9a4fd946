import Archive
import Dispatch
import Engine
import Language

/// One run of morgue: the archive and its `let` names, the settings, where results go,
/// and whether anything failed. Statements come to it from the prompt, `-c`, script
/// files and standard input alike.
final class Session {
    var interpreter: Interpreter
    var settings = Settings()
    var loadOptions: LoadOptions
    /// `.output FILE`: every result until `.output` alone.
    var output: OutputFile?
    /// `.once FILE`: the next result only.
    var once: OutputFile?
    /// The last table shown, for `.last`.
    var lastTable: Table?
    /// Stop at the first failing statement (`--bail`).
    var bail = false
    private(set) var failed = false
    /// Set by `.quit`.
    var quitRequested = false
    /// Scripts being read, to refuse `.read` of one inside itself.
    var readStack: [String] = []

    init(archive: Archive, loadOptions: LoadOptions) {
        interpreter = Interpreter(archive: archive)
        self.loadOptions = loadOptions
    }

    var archive: Archive { interpreter.archive }

    /// Runs every piece of a script; returns false when it stopped early (`--bail`, `.quit`).
    @discardableResult
    func runScript(_ text: String, origin: StatementOrigin, firstLine: Int = 1) -> Bool {
        for piece in ScriptSplitter.pieces(of: text) {
            let succeeded = run(piece, origin: origin, lineOffset: firstLine - 1)
            if quitRequested || (!succeeded && bail) { return false }
        }
        return true
    }

    /// Runs one dot-command or statement; false when it failed.
    func run(_ piece: ScriptPiece, origin: StatementOrigin, lineOffset: Int = 0) -> Bool {
        let started = DispatchTime.now().uptimeNanoseconds
        defer {
            if settings.timer {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                Terminal.writeError("time: \(String(format3: seconds)) s\n")
            }
        }
        switch piece.kind {
        case .dotCommand:
            do {
                try DotCommands.run(piece.text, session: self)
                return true
            } catch {
                switch origin {
                case .file(let path): fail("\(path):\(piece.line + lineOffset): \(error.message)\n", raw: true)
                case .inline: fail(error.message)
                }
                return false
            }
        case .statement:
            return runStatement(piece.text, firstLine: piece.line + lineOffset, origin: origin)
        }
    }

    func runStatement(_ text: String, firstLine: Int, origin: StatementOrigin) -> Bool {
        let source = SourceText(text)
        do throws(Diagnostic) {
            for statement in try Parser.parse(text) {
                switch try interpreter.run(statement, source: source) {
                case .table(let table): show(table)
                case .chart(let table, let style):
                    lastTable = table
                    write(ChartRenderer.render(table, style: style, width: settings.renderOptions.width))
                case .bound: break
                }
            }
            return true
        } catch {
            if error.kind == .interrupted {
                fail("interrupted")
                return false
            }
            fail(DiagnosticRenderer.render(error, statement: text, firstLine: firstLine, origin: origin,
                                           color: Terminal.colorErrors), raw: true)
            return false
        }
    }

    /// Runs `statement` (a word-statistics stage) over these article rows of the archive.
    func showDrillDown(_ statement: String, rows: [Int32]) {
        let saved = interpreter
        interpreter.bindTable("_drill", .articles(archive, rows: rows))
        _ = runStatement("_drill | " + statement, firstLine: 1, origin: .inline)
        interpreter = saved
    }

    func show(_ table: Table) {
        lastTable = table
        var options = settings.renderOptions
        options.color = options.color && once == nil && output == nil
        let text = TableRenderer.render(table, mode: settings.mode, options: options)
        write(text)
    }

    /// Results to the `.once` file, the `.output` file, or standard output.
    func write(_ text: String) {
        do {
            if let file = once {
                once = nil
                do { try file.write(text); try file.commit() } catch { file.abandon(); throw error }
            } else if let output {
                try output.write(text)
            } else {
                Terminal.writeOutput(text)
            }
        } catch let error as OutputError {
            fail(error.message)
        } catch {
            fail("\(error)")
        }
    }

    func fail(_ message: String, raw: Bool = false) {
        failed = true
        Terminal.writeError(raw ? message : "morgue: \(message)\n")
    }

    /// Closes `.output` and `.once` files, putting finished ones in place.
    func finish() {
        once?.abandon()
        once = nil
        if let output {
            do { try output.commit() } catch { fail((error as? OutputError)?.message ?? "\(error)") }
            self.output = nil
        }
    }
}

extension String {
    /// Three decimals, without Foundation's locale-dependent formatting.
    init(format3 value: Double) {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        self = "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
