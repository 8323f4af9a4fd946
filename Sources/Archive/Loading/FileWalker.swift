#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file found below the paths the user named.
struct FoundFile: Sendable {
    var path: String
    /// The path below the named folder (`sport/001.txt`), or the file's name when it was
    /// named outright: what an article without an id of its own is known by.
    var relativePath: String
    var folderSection: String?
    var verdict: Format.NameVerdict
}

/// Finds the article files below the named paths: folders read recursively in name order,
/// hidden entries, documentation files and other kinds of file passed over, symbolic-link
/// loops entered once.
struct FileWalker {
    private(set) var files: [FoundFile] = []
    private(set) var warnings: [LoadWarning] = []
    /// Files passed over: other kinds of file, and READMEs or licences inside folders.
    private(set) var passedOver: [String] = []
    private var visitedFolders: Set<FolderIdentity> = []

    private struct FolderIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Every path must exist; the error names the first that does not.
    init(roots: [String]) throws(LoadError) {
        for root in roots {
            var info = stat()
            guard stat(root, &info) == 0 else {
                throw LoadError(message: "cannot open '\(root)': \(Self.systemMessage())")
            }
            if Self.isFolder(info) {
                walk(folder: root, root: root)
            } else {
                // A file named outright is read whatever its name says.
                let verdict = Format.fromName(root)
                let name = String(root.split(separator: "/").last ?? Substring(root))
                files.append(FoundFile(path: root, relativePath: name, folderSection: nil,
                                       verdict: verdict == .other ? .sniff : verdict))
            }
        }
    }

    private mutating func walk(folder top: String, root: String) {
        var pending = [top]
        while let folder = pending.popLast() {
            var info = stat()
            guard stat(folder, &info) == 0 else { continue }
            let identity = FolderIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            guard visitedFolders.insert(identity).inserted else {
                warnings.append(LoadWarning(file: folder, message: "a folder seen before (a symbolic-link loop); not read again"))
                continue
            }
            guard let names = Self.entries(of: folder) else {
                warnings.append(LoadWarning(file: folder, message: "cannot read the folder: \(Self.systemMessage())"))
                continue
            }
            var subfolders: [String] = []
            for name in names where !name.hasPrefix(".") {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                guard stat(path, &info) == 0 else {
                    warnings.append(LoadWarning(file: path, message: "cannot open: \(Self.systemMessage())"))
                    continue
                }
                if Self.isFolder(info) {
                    subfolders.append(path)
                    continue
                }
                if name.hasSuffix(SnapshotStore.suffix) { continue }   // morgue's own, beside a folder it loaded
                let verdict = Format.fromName(name)
                if verdict == .other || Self.isDocumentation(name) {
                    passedOver.append(path)
                    continue
                }
                let section = folder == root ? nil : String(folder.split(separator: "/").last ?? "")
                let relative = String(path.dropFirst(root.hasSuffix("/") ? root.count : root.count + 1))
                files.append(FoundFile(path: path, relativePath: relative, folderSection: section, verdict: verdict))
            }
            pending.append(contentsOf: subfolders.reversed()) // so the first is walked first
        }
    }

    /// READMEs, licences and the like that corpora ship beside their articles.
    static func isDocumentation(_ name: String) -> Bool {
        let base = name.uppercased()
        return ["README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG", "ORIGINAL-README"]
            .contains { base == $0 || base.hasPrefix($0 + ".") || base.hasPrefix($0 + "-") }
    }

    private static func entries(of folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func isFolder(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFDIR }

    static func systemMessage() -> String { String(cString: strerror(errno)) }
}

/// A load that cannot go on: a named path that does not exist.
public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Reads a whole file with POSIX calls, which are several times faster than Foundation's.
enum FileReader {
    static func read(_ path: String) -> Result<[UInt8], LoadError> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(LoadError(message: "cannot read: \(FileWalker.systemMessage())")) }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        // Read into memory not yet written: zeroing it first would touch every page twice.
        // One byte more than the size, so that a file that has grown since is noticed.
        let room = max(expected, 0) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
            count = readAll(descriptor, into: UnsafeMutableRawBufferPointer(buffer), failed: &failed)
        }
        if bytes.count == room {
            // The file grew after its size was read: the rest in pieces.
            var piece = [UInt8](repeating: 0, count: 1 << 16)
            while !failed {
                let got = piece.withUnsafeMutableBytes { readAll(descriptor, into: $0, failed: &failed) }
                if got == 0 { break }
                bytes.append(contentsOf: piece[..<got])
            }
        }
        if failed { return .failure(LoadError(message: "cannot read: \(FileWalker.systemMessage())")) }
        return .success(bytes)
    }

    /// Reads until `buffer` is full or the file ends; the bytes read.
    private static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, failed: inout Bool) -> Int {
        var filled = 0
        while filled < buffer.count {
            let got = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if got < 0 {
                if errno == EINTR { continue }
                failed = true
                return filled
            }
            if got == 0 { break }
            filled += got
        }
        return filled
    }
}
