import Foundation

/// Snapshots: a loaded archive saved in one file, so that the next session opens it in a
/// fraction of the time the load took (docs/performance.md).
///
/// A snapshot is kept beside the archive (`articles.jsonl.gz.morgue-snapshot`, or
/// `folder.morgue-snapshot` beside a folder), or in the cache folder
/// (`$XDG_CACHE_HOME/morgue`, else `~/.cache/morgue`) when that place cannot be written or
/// several paths were named. It holds a manifest: the format version, the morgue binary
/// that wrote it, the field mapping, and the path, size and modification time of every file
/// read. A snapshot whose manifest differs from the files now on disk is stale and is
/// rebuilt; one whose checksum fails is reported and rebuilt. It is written to a temporary
/// file and renamed into place, so no reader ever sees half of one.
public enum SnapshotStore {
    static let formatVersion: UInt32 = 5
    static let magic = Array("MORGUESN".utf8)
    static let suffix = ".morgue-snapshot"
    /// Header: magic, version, padding, manifest length, payload length, checksum.
    private static let headerSize = 8 + 4 + 4 + 8 + 8 + 8

    /// What happened to the snapshot during a load, for the load summary.
    public enum Outcome: Equatable, Sendable {
        case opened(String)
        /// Being written in the background (`finishWrites` waits for it).
        case saving
        case written(String)
        /// It could not be read or written; the message says why. The load goes on from the sources.
        case problem(String)
    }

    /// The places to look for and keep the snapshot of `paths`, best first.
    static func locations(for paths: [String]) -> [String] {
        let absolute = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        var places: [String] = []
        if absolute.count == 1, let path = absolute.first {
            let beside = (path.hasSuffix("/") ? String(path.dropLast()) : path) + suffix
            if isWritableFolder((beside as NSString).deletingLastPathComponent) { places.append(beside) }
        }
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].map { $0 + "/.cache" } ?? NSTemporaryDirectory())
        let key = String(WordClassTable.fnv(absolute.joined(separator: "\n").utf8), radix: 16)
        places.append(cache + "/morgue/" + key + suffix)
        return places
    }

    /// A folder morgue may write in: writable to this user, and not marked read-only by its
    /// mode (root may write anywhere, but a folder without write bits is meant to stay as it is).
    private static func isWritableFolder(_ folder: String) -> Bool {
        var info = stat()
        return stat(folder, &info) == 0 && info.st_mode & S_IWUSR != 0 && access(folder, W_OK) == 0
    }

    /// The manifest the sources have now: anything that changes it makes a snapshot stale.
    static func manifest(of files: [FoundFile], mapping: FieldMapping) -> [UInt8] {
        var writer = SnapshotWriter()
        writer.write(formatVersion)
        writer.write(binaryIdentity())
        writer.write(mapping.identity)
        writer.write(files.count)
        for file in files {
            var info = stat()
            let found = stat(file.path, &info) == 0
            writer.write(file.path)
            writer.write(found ? Int(info.st_size) : -1)
            writer.write(found ? Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec) : -1)
        }
        // The payload after it then starts at a multiple of eight bytes, as its arrays must
        // to be used where they lie.
        var bytes = writer.bytes
        while (headerSize + bytes.count) % 8 != 0 { bytes.append(0) }
        return bytes
    }

    /// The running binary's size and modification time: a rebuilt morgue may find quotes or
    /// words differently, so its snapshots are not the old binary's.
    private static func binaryIdentity() -> String {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown" }
        return "\(info.st_size)-\(info.st_mtim.tv_sec)-\(info.st_mtim.tv_nsec)"
    }

    /// The archive in the first snapshot that matches `manifest`; nil with no problem when
    /// there is none or it is stale, nil with a problem when one is broken.
    static func open(_ places: [String], manifest: [UInt8]) -> (Archive?, Outcome?) {
        for place in places {
            guard let file = MappedFile(place) else { continue }
            do {
                if let archive = try decode(file.bytes, manifest: manifest, owner: file) { return (archive, .opened(place)) }
            } catch {
                return (nil, .problem("the snapshot \(place) is broken (\(describe(error))); rebuilt from the sources"))
            }
        }
        return (nil, nil)
    }

    /// The archive in `raw`, or nil when its manifest is not `manifest` (stale). With an
    /// `owner` that keeps `raw` mapped, the big columns are used where they lie.
    static func decode(_ raw: UnsafeRawBufferPointer, manifest: [UInt8], owner: AnyObject? = nil) throws(SnapshotError) -> Archive? {
        var header = SnapshotReader(raw)
        let fileMagic = (0..<8).map { _ in (try? header.read(UInt8.self)) ?? 0 }
        guard fileMagic == magic else { throw .corrupt("not a morgue snapshot") }
        guard try header.read(UInt32.self) == formatVersion else { return nil }
        _ = try header.read(UInt32.self)
        let manifestLength = try header.count(), payloadLength = try header.count()
        let checksum = try header.read(UInt64.self)
        guard manifestLength <= raw.count, payloadLength <= raw.count,
              raw.count == headerSize + manifestLength + payloadLength else { throw .truncated }
        let stored = UnsafeRawBufferPointer(rebasing: raw[headerSize..<(headerSize + manifestLength)])
        let payload = UnsafeRawBufferPointer(rebasing: raw[(headerSize + manifestLength)...])
        // A stale snapshot is known from its manifest, without reading the rest.
        guard stored.elementsEqual(manifest) else { return nil }
        guard Checksum.of(stored, payload) == checksum else { throw .corrupt("the checksum does not match") }
        var reader = SnapshotReader(payload, owner: owner)
        return try Archive.decode(from: &reader)
    }

    private static let writes = DispatchGroup()
    nonisolated(unsafe) private static var finished: [Outcome] = []
    private static let lock = NSLock()

    /// Writes the snapshot on another thread, so that the session starts at once; the
    /// process calls `finishWrites` before it exits.
    static func saveInBackground(_ archive: Archive, to places: [String], manifest: [UInt8]) {
        writes.enter()
        Thread.detachNewThread {
            let outcome = save(archive, to: places, manifest: manifest)
            lock.lock()
            finished.append(outcome)
            lock.unlock()
            writes.leave()
        }
    }

    /// Waits for the snapshots being written; what became of each.
    public static func finishWrites() -> [Outcome] {
        writes.wait()
        lock.lock()
        defer { finished.removeAll(); lock.unlock() }
        return finished
    }

    /// Writes the snapshot to the first place that takes it.
    static func save(_ archive: Archive, to places: [String], manifest: [UInt8]) -> Outcome {
        var writer = SnapshotWriter()
        writer.reserve(archive.texts.bytes.count + archive.tokens.count * 8 + archive.wordIndex.rows.count * 4
                       + archive.quotes.count * 256 + (1 << 24))
        archive.encode(into: &writer)
        let header = header(payload: writer.bytes, manifest: manifest)
        var problems: [String] = []
        for place in places {
            do {
                try AtomicFile.write([header, manifest, writer.bytes], to: place)
                return .written(place)
            } catch {
                problems.append("\(place): \(error.localizedDescription)")
            }
        }
        return .problem("no snapshot written (" + problems.joined(separator: "; ") + ")")
    }

    /// The header that goes before the manifest and the payload.
    static func header(payload: [UInt8], manifest: [UInt8]) -> [UInt8] {
        var header = SnapshotWriter()
        for byte in magic { header.write(byte) }
        header.write(formatVersion)
        header.write(UInt32(0))
        header.write(manifest.count)
        header.write(payload.count)
        header.write(manifest.withUnsafeBytes { stored in payload.withUnsafeBytes { Checksum.of(stored, $0) } })
        return header.bytes
    }

    private static func describe(_ error: SnapshotError) -> String {
        switch error {
        case .truncated: return "it ends early"
        case .corrupt(let what): return what
        }
    }
}

/// A 64-bit checksum over four interleaved lanes of eight-byte words, fast enough to run
/// over a snapshot of hundreds of megabytes on every open.
enum Checksum {
    /// Of a manifest and a payload together.
    static func of(_ manifest: UnsafeRawBufferPointer, _ payload: UnsafeRawBufferPointer) -> UInt64 {
        // The payload in pieces, one per core: reading it is most of what opening costs.
        let pieces = Parallel.coreCount
        let step = (payload.count + pieces - 1) / pieces
        let base = UInt(bitPattern: payload.baseAddress)
        let count = payload.count
        let sums = Parallel.map(pieces) { piece in
            let start = min(count, piece * step), end = min(count, start + step)
            return of(UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: base).map { $0 + start }, count: end - start))
        }
        var hash = of(manifest)
        for sum in sums { hash = (hash << 17 | hash >> 47) ^ sum }
        return hash
    }

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B1_85EB_CA87
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        let words = bytes.count / 32 * 4
        var i = 0
        while i < words {
            let at = i * 8
            lanes.0 = (lanes.0 ^ bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) &* prime
            lanes.1 = (lanes.1 ^ bytes.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self)) &* prime
            lanes.2 = (lanes.2 ^ bytes.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self)) &* prime
            lanes.3 = (lanes.3 ^ bytes.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self)) &* prime
            lanes.0 ^= lanes.0 >> 31; lanes.1 ^= lanes.1 >> 31; lanes.2 ^= lanes.2 >> 31; lanes.3 ^= lanes.3 >> 31
            i += 4
        }
        var hash = UInt64(bytes.count) &* prime
        for lane in [lanes.0, lanes.1, lanes.2, lanes.3] { hash = (hash ^ lane) &* prime; hash ^= hash >> 29 }
        for k in (words * 8)..<bytes.count { hash = (hash ^ UInt64(bytes[k])) &* prime }
        return hash ^ (hash >> 32)
    }
}

/// Writes a file whole or not at all: to a temporary file beside it, then renamed over it.
enum AtomicFile {
    struct Failure: Error, LocalizedError {
        let message: String
        var errorDescription: String? { message }
    }

    /// Temporary files of `path` whose writer is no longer running (killed mid-write): a
    /// snapshot's is hundreds of megabytes, never read, and nothing else would remove it.
    static func removeLeftovers(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = "." + (path as NSString).lastPathComponent + "."
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            guard let pid = Int32(name.dropFirst(prefix.count).dropLast(4)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    /// The parts, one after another, as the file at `path`.
    static func write(_ parts: [[UInt8]], to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        removeLeftovers(of: path)
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".\(getpid()).tmp"
        let descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw Failure(message: String(cString: strerror(errno))) }
        var failure: String?
        for part in parts where failure == nil {
            part.withUnsafeBytes { bytes in
                var written = 0
                while written < bytes.count {
                    let count = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = String(cString: strerror(errno))
                        return
                    }
                    written += count
                }
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure(message: failure)
        }
    }
}

/// A file mapped into memory, its pages read in at once (one system call, not a page fault
/// per page); unmapped when released.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer

    init?(_ path: String) {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)     // an empty file: read as broken
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let start = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: start), bytes.count) }
    }
}
