import CLineEditor
import Foundation

/// What reading a line at the prompt gives.
enum LineRead {
    case line(String)
    /// Ctrl-C: drop what was typed.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case end
}

/// Reads lines at the prompt. Two kinds: libedit's, when standard input and output are
/// both terminals, and plain reading otherwise.
protocol LineEditor {
    func read(prompt: String) -> LineRead
    func remember(_ entry: String)
}

/// libedit: emacs keys, arrows, Ctrl-R, history, Tab completion.
final class LibEditLineEditor: LineEditor {
    init?(completion: Completion) {
        guard setlocale(LC_CTYPE, "") != nil || setlocale(LC_CTYPE, "C.UTF-8") != nil else { return nil }
        // In the C locale libedit drops every non-ASCII byte.
        if String(cString: setlocale(LC_CTYPE, nil)) == "C" { setlocale(LC_CTYPE, "C.UTF-8") }
        CompletionBridge.current = completion
        guard morgue_editor_open("morgue", completeLine) == 0 else { return nil }
    }

    deinit { morgue_editor_close() }

    func read(prompt: String) -> LineRead {
        morgue_editor_set_prompt(prompt)
        var interrupted: Int32 = 0
        guard let line = morgue_editor_read(&interrupted) else {
            return interrupted != 0 ? .interrupted : .end
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    func remember(_ entry: String) { morgue_editor_remember(entry) }
}

/// Standard input read line by line, the prompt written to standard output.
final class PlainLineEditor: LineEditor {
    func read(prompt: String) -> LineRead {
        Terminal.writeOutput(prompt)
        guard let line = readLine() else { return morgue_interrupt_pending() != 0 ? .interrupted : .end }
        return .line(line)
    }

    func remember(_ entry: String) {}
}

/// libedit calls Tab completion through a C function pointer, which can carry no context:
/// the completion in use is kept here, set once before the editor starts.
enum CompletionBridge {
    nonisolated(unsafe) static var current: Completion?
}

private func completeLine(_ line: UnsafePointer<CChar>?, _ cursor: Int32) -> morgue_completion {
    guard let line, let completion = CompletionBridge.current else { return morgue_completion(insert: nil, choices: nil) }
    let text = String(cString: line)
    let utf8 = Array(text.utf8)
    let before = String(decoding: utf8.prefix(Int(max(0, cursor))), as: UTF8.self)
    let result = completion.complete(before)
    return morgue_completion(insert: result.insert.isEmpty ? nil : strdup(result.insert),
                             choices: result.choices.isEmpty ? nil : strdup(result.choices.joined(separator: "  ")))
}
