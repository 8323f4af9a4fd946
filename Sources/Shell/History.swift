import Foundation

/// The statements typed at the prompt, kept in a file across sessions.
///
/// One entry per line, with `\` and line breaks escaped, so a statement that spans lines
/// stays one entry. Each entry is appended with one `write` on a file opened `O_APPEND`, right
/// after the statement is read: two sessions appending at once interleave whole entries,
/// and a crash loses at most the line being written (an unterminated last line is ignored).
struct History {
    let path: String
    static let limit = 10_000

    /// `MORGUE_HISTORY`, else `$XDG_STATE_HOME/morgue/history`, else `~/.morgue_history`.
    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let set = environment["MORGUE_HISTORY"], !set.isEmpty { return set }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/morgue/history" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.morgue_history"
    }

    /// The entries, oldest first (the last `limit` of them).
    func entries() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast() // the text after the last newline: empty, or a write cut short
        return lines.suffix(Self.limit).filter { !$0.isEmpty }.map { Self.decode(String($0)) }
    }

    /// Adds an entry to the file; a failure to write is reported once, never fatal.
    func append(_ entry: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { return "cannot write the history to '\(path)': \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        let record = Array((Self.encode(entry) + "\n").utf8)
        let written = record.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        return written == record.count ? nil : "cannot write the history to '\(path)': \(String(cString: strerror(errno)))"
    }

    static func encode(_ entry: String) -> String {
        var out = ""
        for character in entry {
            switch character {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.append(character)
            }
        }
        return out
    }

    static func decode(_ line: String) -> String {
        var out = ""
        var escaped = false
        for character in line {
            if escaped {
                switch character {
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
