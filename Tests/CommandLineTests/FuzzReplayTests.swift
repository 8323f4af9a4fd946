import Foundation
import Testing

/// Every seed input and every input that ever crashed a fuzz target (Fuzz/regressions)
/// goes through its target once more, in `morgue-fuzz`'s replay mode: none may crash.
/// scripts/fuzz does the fuzzing itself (docs/reliability.md).
@Suite struct FuzzReplayTests {
    static let fuzzer: String? = MorgueRun.binary.map { ($0 as NSString).deletingLastPathComponent + "/morgue-fuzz" }
        .flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
    static let fuzzFolder = MorgueRun.repository.appendingPathComponent("Fuzz").path

    @Test(.enabled(if: fuzzer != nil, "morgue-fuzz is not built beside morgue"),
          arguments: ["query", "jsonl", "json", "csv", "text", "gzip", "date", "quotes"])
    func savedInputsRunThroughTheirTarget(target: String) throws {
        let folders = ["corpus", "regressions"].map { "\(Self.fuzzFolder)/\($0)/\(target)" }
            .filter { FileManager.default.fileExists(atPath: $0) }
        let inputs = try folders.reduce(0) { $0 + (try FileManager.default.contentsOfDirectory(atPath: $1)).filter { !$0.hasPrefix(".") }.count }
        #expect(inputs > 0)
        let run = try MorgueRun.runProgram(Self.fuzzer!, [target] + folders)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "\(target): replayed \(inputs) inputs\n")
    }
}
