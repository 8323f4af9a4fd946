/// The prompt: reads lines until a statement is complete, runs it, and goes on until
/// `.quit` or the end of input. (Line editing and history arrive with libedit.)
struct InteractiveLoop {
    let session: Session
    let name: String

    func run() {
        var buffer = ""
        var firstLine = 1
        var lineNumber = 0
        while !session.quitRequested {
            Terminal.writeOutput(buffer.isEmpty ? "morgue\(name.isEmpty ? "" : " " + name)> " : "   ...> ")
            guard let line = readLine() else { break }
            lineNumber += 1
            if buffer.isEmpty {
                let trimmed = line.trimmingSpaces
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                if trimmed.hasPrefix(".") {
                    _ = session.run(ScriptPiece(kind: .dotCommand, text: trimmed, line: 1), origin: .inline)
                    continue
                }
                firstLine = lineNumber
                buffer = line
            } else {
                buffer += "\n" + line
            }
            if ScriptSplitter.isIncomplete(buffer) { continue }
            _ = session.run(ScriptPiece(kind: .statement, text: buffer, line: 1), origin: .inline)
            buffer = ""
            _ = firstLine
        }
    }
}
