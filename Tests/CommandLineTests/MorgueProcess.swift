import Foundation

/// The `morgue` binary run as a user would run it: arguments, standard input, and what
/// comes back on standard output, standard error and the exit status.
struct MorgueRun {
    var status: Int32
    var output: String
    var errors: String

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `MORGUE_BINARY` (set by scripts/test), else the newest build in .build.
    static let binary: String? = {
        if let set = ProcessInfo.processInfo.environment["MORGUE_BINARY"] { return set }
        return ["release", "debug"].map { repository.appendingPathComponent(".build/\($0)/morgue").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var example: String { repository.appendingPathComponent("examples/archive").path }

    static func run(_ arguments: [String], input: String = "", in folder: String? = nil,
                    environment: [String: String] = [:]) throws -> MorgueRun {
        try runProgram(binary!, arguments, input: input, in: folder, environment: environment)
    }

    static func runProgram(_ program: String, _ arguments: [String], input: String = "", in folder: String? = nil,
                           environment: [String: String] = [:]) throws -> MorgueRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes at once, so that neither fills and blocks the child.
        nonisolated(unsafe) var errorData = Data()
        let reader = Thread { errorData = stderr.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1_000) }
        return MorgueRun(status: process.terminationStatus,
                         output: String(decoding: outputData, as: UTF8.self),
                         errors: String(decoding: errorData, as: UTF8.self))
    }
}
