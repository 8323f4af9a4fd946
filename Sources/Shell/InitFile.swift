import Foundation

/// The script an interactive session runs first, for settings such as `.mode` or `.maxrows`.
enum InitFile {
    /// `$XDG_CONFIG_HOME/morgue/init.morgue` (`~/.config` when unset), else `~/.morguerc`,
    /// whichever exists first.
    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return [config + "/morgue/init.morgue", home + "/.morguerc"].first { FileManager.default.fileExists(atPath: $0) }
    }
}
