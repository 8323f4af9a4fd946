import Archive

/// What `morgue` does once its arguments are read: load, summarize, then the prompt.
public enum Startup {
    /// Exit status 2 for usage and input errors, else the session's status.
    public static func run(paths: [String], mappings: [String], info: Bool, warnings: Bool, quiet: Bool) -> Int32 {
        let mapping: FieldMapping
        do { mapping = try FieldMapping(rules: mappings) } catch {
            printError("--map: \(error.message)")
            return 2
        }
        let archive: Archive
        do { archive = try ArchiveLoader.load(paths: paths, options: LoadOptions(mapping: mapping)) } catch {
            printError(error.message)
            return 2
        }
        if !quiet { FileHandleOutput.standardError.write(ArchiveReport.summary(archive) + "\n") }
        if info || warnings {
            if info { print(ArchiveReport.info(archive)) }
            if warnings { for warning in archive.warnings { print(warning) } }
            return 0
        }
        return PromptSession(archive: archive, name: promptName(paths)).run()
    }

    /// The last folder or file name of the first archive, without extensions: `bbc`.
    static func promptName(_ paths: [String]) -> String {
        guard let first = paths.first else { return "" }
        let last = first.split(separator: "/").last.map(String.init) ?? first
        return String(last.split(separator: ".").first ?? Substring(last))
    }
}
