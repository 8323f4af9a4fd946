import Archive
import Engine
import Foundation
import Language

/// Tab completion that knows where the cursor is: stage names after `|`, fields and
/// functions in expressions, sources at the start, dot-commands, file paths after `.load`,
/// `.read`, `.once` and `.output`, and the archive's own values inside a string after
/// `section =`, `source =`, `author =` or `speaker =` (the most frequent first).
final class Completion {
    private unowned let session: Session
    /// The lines of the statement typed before the current one.
    var pendingLines = ""
    private var valueCache: [String: [String]] = [:]
    private var cachedArchive: ObjectIdentifier?

    init(session: Session) {
        self.session = session
    }

    struct Result: Equatable {
        var insert: String
        var choices: [String]
    }

    /// What to insert at the cursor, or the choices to show when there are several.
    func complete(_ lineBeforeCursor: String) -> Result {
        let (word, candidates, suffix) = self.candidates(lineBeforeCursor)
        let matching = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) }
        guard !matching.isEmpty else { return Result(insert: "", choices: []) }
        if matching.count == 1 {
            return Result(insert: String(matching[0].dropFirst(word.count)) + suffix, choices: [])
        }
        let common = commonPrefix(matching)
        if common.count > word.count { return Result(insert: String(common.dropFirst(word.count)), choices: []) }
        return Result(insert: "", choices: Array(matching.prefix(60)))
    }

    /// The word being typed, the names that could finish it, and what follows a chosen one.
    func candidates(_ lineBeforeCursor: String) -> (word: String, candidates: [String], suffix: String) {
        let statement = pendingLines.isEmpty ? lineBeforeCursor : pendingLines + "\n" + lineBeforeCursor
        if let (field, typed) = openString(statement) {
            return (typed, values(of: field), "\"")
        }
        let trimmedLine = lineBeforeCursor.drop { $0 == " " }
        if pendingLines.isEmpty, trimmedLine.hasPrefix(".") {
            return dotCommandCandidates(String(trimmedLine))
        }
        let word = String(statement.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }.reversed())
        let before = String(statement.dropLast(word.count))
        let last = lastToken(before)
        switch last?.lowercased() {
        case nil:
            return (word, ["articles", "quotes", "let"] + session.interpreter.tables.keys.sorted(), " ")
        case "|"?:
            return (word, Parser.stageNames, " ")
        case "sort"?, "order"?:
            return (word, ["by"], " ")
        default:
            let functions = Functions.all.map(\.name)
            if word.hasPrefix("$") {
                return (word, session.interpreter.values.keys.sorted().map { "$" + $0 }, "")
            }
            let names = fields(statement) + session.interpreter.values.keys.sorted()
            let choices = names + functions.filter { !names.contains($0) }
            // A function gets its bracket, a field nothing.
            if let only = choices.filter({ $0.lowercased().hasPrefix(word.lowercased()) }).first,
               choices.filter({ $0.lowercased().hasPrefix(word.lowercased()) }).count == 1, functions.contains(only), !names.contains(only) {
                return (word, [only], "(")
            }
            return (word, choices, "")
        }
    }

    private func dotCommandCandidates(_ line: String) -> (String, [String], String) {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        if parts.count == 1 { return (line, DotCommands.all.flatMap(\.names), " ") }
        let command = parts[0].lowercased()
        let argument = String(parts.last ?? "")
        switch command {
        case ".load", ".read", ".once", ".output": return (argument, paths(argument), "")
        case ".mode": return (argument, OutputMode.allCases.map(\.rawValue), "")
        case ".help": return (argument, Help.stages.map(\.name) + Functions.all.map(\.name), "")
        case ".schema": return (argument, ["articles", "quotes"] + session.interpreter.tables.keys.sorted(), "")
        case ".timer": return (argument, ["on", "off"], "")
        default: return (argument, [], "")
        }
    }

    /// Files and folders whose path starts with the typed one; folders end with `/`.
    private func paths(_ typed: String) -> [String] {
        let expanded = typed.hasPrefix("~/") ? NSHomeDirectory() + typed.dropFirst(1) : typed
        let folder = expanded.contains("/") ? String(expanded[...expanded.lastIndex(of: "/")!]) : ""
        let shownFolder = typed.contains("/") ? String(typed[...typed.lastIndex(of: "/")!]) : ""
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + name, isDirectory: &isFolder)
            return shownFolder + name + (isFolder.boolValue ? "/" : "")
        }
    }

    /// The fields of the table the statement starts from.
    private func fields(_ statement: String) -> [String] {
        let first = statement.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "(" || $0 == "\n" }).first.map(String.init) ?? ""
        if first.lowercased() == "quotes" { return QuoteSchema.columns.map(\.name) }
        if let table = session.interpreter.tables[first] { return table.columns.map(\.name) }
        return Table.articles(session.archive).columns.map(\.name)
    }

    /// The last token before the word: a symbol, or a name.
    private func lastToken(_ text: String) -> String? {
        let trimmed = text.reversed().drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        guard let last = trimmed.first else { return nil }
        if last.isLetter || last.isNumber || last == "_" {
            return String(trimmed.prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        }
        return String(last)
    }

    /// Inside an open string after `FIELD =` (or `!=`, `in (`): the field and what is typed.
    private func openString(_ statement: String) -> (String, String)? {
        var open: String.Index?
        var index = statement.startIndex
        while index < statement.endIndex {
            let character = statement[index]
            if character == "\\", open != nil { index = statement.index(after: index) }
            else if character == "\"" { open = open == nil ? index : nil }
            if index < statement.endIndex { index = statement.index(after: index) }
        }
        guard let open else { return nil }
        let typed = String(statement[statement.index(after: open)...])
        let before = String(statement[..<open])
        let pattern = #"(section|source|author|speaker)\s*(=~|!=|=|in\s*\((\s*"[^"]*"\s*,)*)\s*$"#
        guard let regex = try? NSRegularExpression(pattern: pattern, options: .caseInsensitive),
              let match = regex.firstMatch(in: String(before), range: NSRange(before.startIndex..., in: before)),
              let fieldRange = Range(match.range(at: 1), in: before) else { return nil }
        return (before[fieldRange].lowercased(), typed)
    }

    /// The distinct values of a field, the most frequent first.
    func values(of field: String) -> [String] {
        let archive = session.archive
        if cachedArchive != ObjectIdentifier(archive) {
            valueCache = [:]
            cachedArchive = ObjectIdentifier(archive)
        }
        if let cached = valueCache[field] { return cached }
        var counts: [String: Int] = [:]
        switch field {
        case "section": for row in 0..<archive.count { if let v = archive.sections[row] { counts[v, default: 0] += 1 } }
        case "source": for row in 0..<archive.count { if let v = archive.sources[row] { counts[v, default: 0] += 1 } }
        case "author": for authors in archive.authors { for author in authors { counts[author, default: 0] += 1 } }
        default: break // speakers come with quote extraction
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        valueCache[field] = ranked
        return ranked
    }

    private func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
        }
        return prefix
    }
}
