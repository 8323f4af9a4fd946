import Engine

/// What `.mode`, `.maxrows`, `.width` and `.timer` change.
struct Settings {
    var mode: OutputMode = .table
    var maxRows = 40
    /// Set by `.width`; otherwise the terminal's.
    var width: Int?
    var timer = false

    var renderOptions: RenderOptions {
        RenderOptions(width: width ?? Terminal.width, maxRows: mode == .table ? maxRows : 0, color: Terminal.colorOutput)
    }
}
