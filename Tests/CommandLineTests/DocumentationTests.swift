import Foundation
import Testing

/// docs/language.md covers everything `.help` lists: each stage, function, aggregate,
/// output mode and dot-command has its place there.
@Suite(.enabled(if: MorgueRun.binary != nil, "no morgue binary built; run scripts/test"))
struct DocumentationTests {
    @Test func theLanguageReferenceCoversEveryHelpTopic() throws {
        let help = try MorgueRun.run(["-q", "-c", ".help"]).output
        let document = try String(contentsOfFile: MorgueRun.repository.appendingPathComponent("docs/language.md").path, encoding: .utf8)
        func names(after label: String) -> [String] {
            let line = help.split(separator: "\n").first { $0.hasPrefix(label + " ") }
            return line.map { $0.dropFirst(label.count).split(separator: " ").map(String.init) } ?? []
        }
        let stages = names(after: "stages"), functions = names(after: "functions")
        let aggregates = names(after: "aggregates"), modes = names(after: "modes")
        let commands = help.split(separator: "\n").filter { $0.hasPrefix("  .") }.map { String($0.dropFirst(2).split(separator: " ")[0]) }
        #expect(stages.count == 20 && functions.count >= 25 && aggregates.count == 10 && modes.count == 6 && commands.count >= 14)
        var missing: [String] = []
        missing += stages.filter { !document.contains("### \($0)\n") }
        missing += functions.filter { !document.contains("#### \($0)\n") }
        missing += aggregates.filter { !document.contains("`\($0)(") }
        missing += modes.filter { !document.contains("| `\($0)` |") }
        missing += commands.filter { !document.contains("`\($0)") }
        #expect(missing.isEmpty, "not in docs/language.md: \(missing)")
    }
}
