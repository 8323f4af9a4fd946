import Archive
import Engine
import Foundation

/// The command line, once parsed.
public struct StartupOptions: Sendable {
    public var paths: [String] = []
    public var mappings: [String] = []
    public var command: String?
    public var scriptFile: String?
    public var format: String?
    public var parameters: [String] = []
    public var bail = false
    public var quiet = false
    public var info = false
    public var warnings = false
    /// `--init FILE`: run first, in every mode.
    public var initFile: String?
    /// `--no-init`: no init file, not even the default one.
    public var noInit = false
    /// Open and write snapshots (`--no-snapshot` turns them off).
    public var snapshots = true

    public init() {}
}

/// What `morgue` does once its arguments are read: load, then run `-c`, `-f`, standard
/// input, or the prompt. Exit status 2 for usage and input errors, 1 when a statement
/// failed, else 0.
public enum Startup {
    public static func run(_ options: StartupOptions) -> Int32 {
        let mapping: FieldMapping
        do { mapping = try FieldMapping(rules: options.mappings) } catch {
            printError("--map: \(error.message)")
            return 2
        }
        var mode: OutputMode?
        if let format = options.format {
            guard let chosen = OutputMode(rawValue: format.lowercased()) else {
                printError("--format: unknown mode '\(format)'; modes are " + OutputMode.allCases.map(\.rawValue).joined(separator: ", "))
                return 2
            }
            mode = chosen
        }
        var parameters: [(String, String)] = []
        for assignment in options.parameters {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                printError("--set: '\(assignment)' is not NAME=VALUE")
                return 2
            }
            parameters.append((parts[0], parts[1]))
        }
        var script: String?
        if let path = options.scriptFile {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                printError("cannot read script '\(path)': \(String(cString: strerror(errno)))")
                return 2
            }
            script = text
        }

        var memoryLimit: Int?
        if let written = ProcessInfo.processInfo.environment["MORGUE_MEMORY_LIMIT"], !written.isEmpty {
            guard let bytes = Self.bytes(written) else {
                printError("MORGUE_MEMORY_LIMIT is bytes, or a number with K, M or G (8G), not '\(written)'")
                return 2
            }
            memoryLimit = bytes
        }
        let loadOptions = LoadOptions(mapping: mapping, snapshots: options.snapshots, memoryLimit: memoryLimit)

        let archive: Archive
        let progress = options.paths.isEmpty ? nil : ProgressLine.start()
        do {
            var withProgress = loadOptions
            withProgress.progress = progress?.progress
            archive = try ArchiveLoader.load(paths: options.paths, options: withProgress)
            progress?.finish()
        } catch {
            progress?.finish()
            printError(error.message)
            return 2
        }
        if !options.quiet && !options.paths.isEmpty { Terminal.writeError(ArchiveReport.summary(archive) + "\n") }
        if let problem = ArchiveReport.snapshotProblem(archive) { printError(problem) }
        // A snapshot being written in the background is finished before the process ends.
        defer {
            for case .problem(let message) in SnapshotStore.finishWrites() { printError(message) }
        }
        if options.info || options.warnings {
            if options.info { Terminal.writeOutput(ArchiveReport.info(archive) + "\n") }
            if options.warnings { Terminal.writeOutput(archive.warnings.map { "\($0)\n" }.joined()) }
            return 0
        }

        let session = Session(archive: archive, loadOptions: loadOptions)
        session.bail = options.bail
        if let mode { session.settings.mode = mode }
        for (name, value) in parameters { session.interpreter.setParameter(name, value) }

        let interactive = options.command == nil && options.scriptFile == nil && Terminal.inputIsTerminal
        if !options.noInit, let path = options.initFile ?? (interactive ? InitFile.defaultPath() : nil) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                printError("cannot read init file '\(path)': \(String(cString: strerror(errno)))")
                return 2
            }
            session.runScript(text, origin: .file(path))
        }

        if let command = options.command {
            session.runScript(command, origin: .inline)
        } else if let script, let path = options.scriptFile {
            session.runScript(script, origin: .file(path))
        } else if !Terminal.inputIsTerminal {
            let input = FileHandle.standardInput.readDataToEndOfFile()
            session.runScript(String(decoding: input, as: UTF8.self), origin: .inline)
        } else {
            InteractiveLoop(session: session, name: promptName(options.paths), history: History(path: History.defaultPath())).run()
            // At the prompt, errors are part of the conversation: leaving is a success.
            session.finish()
            return 0
        }
        session.finish()
        return session.failed ? 1 : 0
    }

    /// The last folder or file name of the first archive, without extensions: `bbc`.
    static func promptName(_ paths: [String]) -> String {
        guard let first = paths.first else { return "" }
        let last = first.split(separator: "/").last.map(String.init) ?? first
        return String(last.split(separator: ".").first ?? Substring(last))
    }
}

extension Startup {
    /// "8G", "512M", "300K" or plain bytes; K, M and G are powers of 1024.
    static func bytes(_ written: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(written.trimmingCharacters(in: .whitespaces))
        var unit = 1
        if let last = digits.last?.uppercased().first, let size = units[last] {
            unit = size
            digits = digits.dropLast()
        }
        guard let number = Int(digits), number > 0, number <= Int.max / unit else { return nil }
        return number * unit
    }
}
