import Foundation
import Testing

/// Tests/Golden: each NAME.morgue runs on examples/archive, and what it prints must equal
/// NAME.expected, written when the script was and checked by hand. The expected file holds
/// standard output, then `-- stderr --` and standard error, then `-- exit N --` when the
/// status is not 0 (scripts/golden-run prints the same for a new script).
@Suite(.enabled(if: MorgueRun.binary != nil, "no morgue binary built; run scripts/test"))
struct GoldenTests {
    static let folder = MorgueRun.repository.appendingPathComponent("Tests/Golden").path

    static var scripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".morgue") }.map { String($0.dropLast(7)) }.sorted()
    }

    @Test func thereAreAtLeastSixtyScripts() {
        #expect(Self.scripts.count >= 60)
    }

    @Test(arguments: GoldenTests.scripts)
    func scriptPrintsWhatItsExpectedFileSays(name: String) throws {
        let expected = try String(contentsOfFile: "\(Self.folder)/\(name).expected", encoding: .utf8)
        let run = try MorgueRun.run(["../../examples/archive", "-q", "-f", "\(name).morgue"],
                                    in: Self.folder, environment: ["COLUMNS": "100"])
        var actual = run.output
        if !run.errors.isEmpty { actual += "-- stderr --\n" + run.errors }
        if run.status != 0 { actual += "-- exit \(run.status) --\n" }
        #expect(actual == expected)
    }
}
