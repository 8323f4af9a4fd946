import CFuzzDriver
import Foundation

// morgue-fuzz TARGET [ARGUMENTS...]
//
// Built with libFuzzer (scripts/fuzz), it fuzzes TARGET, and ARGUMENTS are libFuzzer's
// (corpus folders, -max_total_time=SECONDS, ...). Built without, it replays each file
// ARGUMENTS name (folders: every file in them) through TARGET once: how the tests run the
// seed corpora and every crash ever found.

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: morgue-fuzz TARGET [ARGUMENTS...]; targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
    exit(2)
}
nonisolated(unsafe) var chosen = target

// libFuzzer reads its own options from argv; it gets the program's name and what follows TARGET.
var fuzzerArguments = [arguments[0]] + arguments.dropFirst(2)
var argc = Int32(fuzzerArguments.count)
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = .allocate(capacity: fuzzerArguments.count + 1)
for (index, argument) in fuzzerArguments.enumerated() { argv![index] = strdup(argument) }
argv![fuzzerArguments.count] = nil

_ = FuzzTarget.archive   // built once, before the first input
let status = morgue_fuzz_run(&argc, &argv) { data, size in
    chosen.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
if status != -1 { exit(status) }

// No libFuzzer: replay.
var files: [String] = []
for path in arguments.dropFirst(2) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        FileHandle.standardError.write(Data("morgue-fuzz: no such file or folder '\(path)'\n".utf8))
        exit(2)
    }
    if isFolder.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        files += names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    } else {
        files.append(path)
    }
}
for file in files {
    guard let data = FileManager.default.contents(atPath: file) else { continue }
    data.withUnsafeBytes { raw in chosen.run(raw.bindMemory(to: UInt8.self)) }
}
print("\(target.rawValue): replayed \(files.count) inputs")
