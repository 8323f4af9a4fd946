import CLineEditor

/// The prompt: reads lines until the parser finds the statement complete, runs it, and goes
/// on until `.quit` or Ctrl-D. Ctrl-C drops the lines typed, or stops the running statement.
struct InteractiveLoop {
    let session: Session
    let name: String
    let history: History

    func run() {
        let completion = Completion(session: session)
        var editor: LineEditor = PlainLineEditor()
        if Terminal.outputIsTerminal, let libedit = LibEditLineEditor(completion: completion) { editor = libedit }
        for entry in history.entries() { editor.remember(entry) }
        morgue_interrupt_install()
        session.interpreter.isCancelled = { morgue_interrupt_pending() != 0 }
        let prompt = "morgue\(name.isEmpty ? "" : " " + name)> "
        let continuation = String(repeating: " ", count: max(0, prompt.count - 5)) + "...> "
        var buffer = ""
        var lastStatement: String?
        var historyProblemShown = false
        while !session.quitRequested {
            completion.pendingLines = buffer
            let read = editor.read(prompt: buffer.isEmpty ? prompt : continuation)
            switch read {
            case .end:
                if !buffer.isEmpty { Terminal.writeOutput("\n") }
                return
            case .interrupted:
                buffer = ""
                Terminal.writeOutput("\n")
                continue
            case .line(let line):
                if buffer.isEmpty {
                    let trimmed = line.trimmingSpaces
                    if trimmed.isEmpty { continue }
                    if trimmed.hasPrefix(".") || trimmed.hasPrefix("#") {
                        record(trimmed, editor: editor, problemShown: &historyProblemShown)
                        if trimmed.hasPrefix(".") { execute(ScriptPiece(kind: .dotCommand, text: trimmed, line: 1)) }
                        continue
                    }
                    // `| count` right after a statement continues it: the previous one, refined.
                    if trimmed.hasPrefix("|"), let lastStatement {
                        buffer = lastStatement + "\n" + line
                    } else {
                        buffer = line
                    }
                } else {
                    buffer += "\n" + line
                }
                if ScriptSplitter.isIncomplete(buffer) { continue }
                record(buffer, editor: editor, problemShown: &historyProblemShown)
                execute(ScriptPiece(kind: .statement, text: buffer, line: 1))
                lastStatement = buffer
                buffer = ""
            }
        }
    }

    private func execute(_ piece: ScriptPiece) {
        morgue_interrupt_clear()
        _ = session.run(piece, origin: .inline)
        morgue_interrupt_clear()
    }

    /// Into the editor's history and, at once, the history file.
    private func record(_ entry: String, editor: LineEditor, problemShown: inout Bool) {
        editor.remember(entry)
        if let problem = history.append(entry), !problemShown {
            problemShown = true
            printError(problem)
        }
    }
}
