import Foundation

/// Where results go: standard output, or a file written whole to a temporary name and
/// renamed into place when done, so that a failure never leaves half a file.
final class OutputFile {
    let path: String
    private let temporaryPath: String
    private let handle: FileHandle

    init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        temporaryPath = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).morgue-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw OutputError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        self.handle = handle
    }

    func write(_ text: String) throws {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw OutputError(message: "cannot write '\(path)': \(error.localizedDescription)")
        }
    }

    /// Puts the finished file in place.
    func commit() throws {
        try? handle.close()
        guard rename(temporaryPath, path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw OutputError(message: "cannot write '\(path)': \(message)")
        }
    }

    /// Leaves the destination as it was.
    func abandon() {
        try? handle.close()
        unlink(temporaryPath)
    }
}

struct OutputError: Error {
    var message: String
}
