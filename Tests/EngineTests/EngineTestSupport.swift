import Foundation
@testable import Archive
@testable import Engine
import Language

enum Example {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/archive").path

    static let archive: Archive = try! ArchiveLoader.load(paths: [path])

    /// Runs statements on the sample archive; the last one's table.
    static func run(_ text: String, interpreter: inout Interpreter) throws -> Table? {
        var last: Table?
        for statement in try Parser.parse(text) {
            if case .table(let table) = try interpreter.run(statement, source: SourceText(text)) { last = table }
        }
        return last
    }

    static func run(_ text: String) throws -> Table {
        var interpreter = Interpreter(archive: archive)
        return try run(text, interpreter: &interpreter)!
    }

    /// The table's rows as plain text cells.
    static func rows(_ text: String) throws -> [[String]] {
        let table = try run(text)
        return (0..<table.count).map { table.row($0).map(\.description) }
    }

    static func error(_ text: String) -> Diagnostic? {
        do { _ = try run(text); return nil } catch { return error as? Diagnostic }
    }
}
